// Network quality on tiles and for the user's own connection, against the simulator.
import { expect } from '@open-wc/testing';
import { createSimulator } from '../../src/testing/index.js';
import { cleanup, joined, mountRoom, shadow, statusText, tileFor, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

function fastSimulator() {
  // Scores every 200 ms instead of the SDK's 2 s, so the test does not wait for the real cadence.
  return createSimulator({ audioLevelIntervalMs: 30, qualityScoreIntervalMs: 200 });
}

describe('<video-room> network quality', () => {
  it('shows each remote link on its tile and "Video paused: weak connection" when the SDK pauses the video', async () => {
    const sim = fastSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    try {
      await joined(element);
      const grace = sim.addParticipant({ name: 'Grace' });
      const tile = () => tileFor(element, grace.connectionId);
      await waitFor(() => tile()?.dataset.networkQuality === 'good', 'good link shown', 8000);
      const indicator = () => tile()!.shadowRoot!.querySelector('[part~="network-quality"]');
      expect(indicator()!.getAttribute('aria-label')).to.equal('Connection: good');

      sim.setNetworkQuality(grace.connectionId, 'poor');
      await waitFor(() => tile()?.dataset.networkQuality === 'poor', 'poor link shown', 8000);
      expect(indicator()!.getAttribute('aria-label')).to.equal('Connection: poor');
      await waitFor(() => tile()!.shadowRoot!.querySelector('[part~="video-paused"]'), 'paused notice', 8000);
      expect(tile()!.shadowRoot!.querySelector('[part~="video-paused"]')!.textContent).to.contain('Video paused: weak connection');

      sim.setNetworkQuality(grace.connectionId, 'good');
      await waitFor(() => tile()?.dataset.networkQuality === 'good' && !tile()!.shadowRoot!.querySelector('[part~="video-paused"]'), 'recovered', 10_000);
      expect(tileFor(element, element.localParticipant!.id)!.dataset.networkQuality).to.equal('');
    } finally {
      sim.dispose();
    }
  });

  it('warns "Your connection is unstable" after 5 s of a poor uplink, and publishes with audio fallback', async () => {
    const sim = fastSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    try {
      await joined(element);
      await waitFor(() => sim.calls.some((call) => call.method === 'publish'), 'published');
      const init = sim.calls.find((call) => call.method === 'initPublisher')!;
      expect((init.args[1] as { audioFallback?: unknown }).audioFallback).to.deep.equal({ publisher: true });
      sim.setLocalNetworkQuality('poor');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(statusText(element)).not.to.contain('unstable');
      await waitFor(() => statusText(element).includes('Your connection is unstable'), 'unstable banner', 9000);
      sim.setLocalNetworkQuality('good');
      await waitFor(() => !statusText(element).includes('unstable'), 'banner gone', 12_000);
      expect(Boolean(shadow(element).querySelector('[data-code="connection-unstable"]'))).to.equal(false);
    } finally {
      sim.dispose();
    }
  });
});
