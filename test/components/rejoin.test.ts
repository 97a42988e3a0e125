// Automatic rejoin after the SDK gave up reconnecting, against the simulator.
import { expect } from '@open-wc/testing';
import { cleanup, joined, lastTokenRequest, mountRoom, newSimulator, recordEvents, requestKey, tileFor, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

async function lostCall(attributes: Record<string, string> = {}) {
  const sim = newSimulator();
  const recorder = recordEvents();
  const key = requestKey();
  const element = mountRoom({ sim, endpoint: `/test-token?key=${key}&session=rejoin`, attributes });
  await joined(element);
  return { sim, recorder, key, element };
}

describe('<video-room> automatic rejoin', () => {
  it('rejoins with a fresh token, keeping chat, pin and mute state, and fires vr-joined with rejoined: true', async () => {
    const { sim, recorder, key, element } = await lostCall();
    const grace = sim.addParticipant({ name: 'Grace', sessionId: 'rejoin' });
    await waitFor(() => tileFor(element, grace.connectionId), 'Grace on stage');
    await element.sendChatMessage('before the drop');
    await element.pin(grace.connectionId);
    await element.setAudioEnabled(false);
    const firstConnection = element.localParticipant!.id;

    sim.dropNetwork();
    await waitFor(() => element.state === 'reconnecting', 'reconnecting');
    sim.disconnectNetwork();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(element.state).to.equal('reconnecting');
    sim.restoreNetwork();
    await waitFor(() => recorder.of('vr-joined').length === 2, 'joined again', 10_000);
    await waitFor(() => element.state === 'connected' && tileFor(element, grace.connectionId), 'Grace back');

    expect(recorder.of('vr-joined').map((detail) => detail.rejoined)).to.deep.equal([false, true]);
    expect(recorder.of('vr-left')).to.deep.equal([]);
    expect(recorder.of('vr-error')).to.deep.equal([]);
    expect((await lastTokenRequest(key))?.count).to.equal(2);
    expect(element.localParticipant!.id).to.not.equal(firstConnection);
    expect(element.chatMessages.map((message) => message.text)).to.deep.equal(['before the drop']);
    expect(element.pinnedParticipantId).to.equal(grace.connectionId);
    expect(element.audioMuted).to.equal(true);
    expect(recorder.of('vr-state-change').map((detail) => detail.state)).to.deep.equal(['joining', 'connected', 'reconnecting', 'connected']);
  });

  it('waits for the browser to be online before trying', async () => {
    const { sim, recorder, key, element } = await lostCall();
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      sim.dropNetwork();
      sim.disconnectNetwork();
      sim.restoreNetwork();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(element.state).to.equal('reconnecting');
      expect((await lastTokenRequest(key))?.count).to.equal(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    window.dispatchEvent(new Event('online'));
    await waitFor(() => recorder.of('vr-joined').length === 2, 'joined once online', 5000);
    expect((await lastTokenRequest(key))?.count).to.equal(2);
  });

  it('counts token failures as failed attempts and keeps trying', async () => {
    const sim = newSimulator();
    const recorder = recordEvents();
    let calls = 0;
    const element = mountRoom({
      sim,
      setup: (room) => {
        room.tokenProvider = async () => {
          calls += 1;
          if (calls === 2 || calls === 3) throw new Error('token service down');
          return { applicationId: 'app', sessionId: 'flaky', token: `token-${calls}` };
        };
      },
    });
    await joined(element);
    sim.dropNetwork();
    sim.disconnectNetwork();
    sim.restoreNetwork();
    await waitFor(() => recorder.of('vr-joined').length === 2, 'joined on the third try', 15_000);
    expect(calls).to.equal(4);
    expect(recorder.of('vr-error')).to.deep.equal([]);
    expect(element.state).to.equal('connected');
  });

  it('gives up after rejoin-timeout with network-disconnected and Retry', async () => {
    const { sim, recorder, element } = await lostCall({ 'rejoin-timeout': '2' });
    sim.dropNetwork();
    sim.disconnectNetwork();
    await waitFor(() => element.state === 'error', 'gave up', 6000);
    expect(element.lastError!.code).to.equal('network-disconnected');
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'network' }]);
    expect(Boolean(element.shadowRoot!.querySelector('button[part~="retry"]'))).to.equal(true);
    expect(sim.liveTimers()).to.equal(0);
  });

  it('rejoin-timeout="0" ends at once, as before', async () => {
    const { sim, element } = await lostCall({ 'rejoin-timeout': '0' });
    sim.dropNetwork();
    sim.disconnectNetwork();
    await waitFor(() => element.state === 'error', 'error at once', 1000);
  });

  it('never rejoins after a moderator removed the user', async () => {
    const { sim, recorder, key, element } = await lostCall();
    sim.forceDisconnect(element.session as never);
    await waitFor(() => element.state === 'left', 'left');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'forced' }]);
    expect((await lastTokenRequest(key))?.count).to.equal(1);
  });

  it('leave() during a rejoin stops it and releases everything', async () => {
    const { sim, key, element } = await lostCall();
    sim.dropNetwork();
    sim.disconnectNetwork();
    await waitFor(() => element.state === 'reconnecting', 'reconnecting');
    await element.leave();
    expect(element.state).to.equal('left');
    sim.restoreNetwork();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await lastTokenRequest(key))?.count).to.equal(1);
    expect(sim.liveListeners()).to.equal(0);
    expect(sim.liveTimers()).to.equal(0);
  });
});
