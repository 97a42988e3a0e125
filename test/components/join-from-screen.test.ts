// Join pressed on the join screen: the token request leaves first, the screen stays up with the
// user's own picture and a "Joining…" status until connected, and nothing on it can be changed.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import { cleanup, control, lastTokenRequest, mountRoom, newSimulator, requestKey, shadow, tiles, waitFor } from '../support/room-fixture.js';
import { focusedPart } from '../support/focus.js';
import { BUSY_DELAY_MS } from '../../src/components/prejoin/prejoin-controller.js';

const joinScreen = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="join-screen"]');
const previewVideo = (element: Element) => joinScreen(element)?.querySelector<HTMLVideoElement>('[part~="preview-video"]') ?? null;
const previewPlaying = (element: Element) => {
  const video = previewVideo(element);
  return Boolean(video && video.videoWidth > 0 && !video.paused);
};

async function previewUp(delayMs: number, key = requestKey()): Promise<{ element: VideoRoomElement; key: string }> {
  // No remembered name or devices from other tests: each starts from an empty field.
  const element = mountRoom({ sim: newSimulator(), endpoint: `/test-token?delay=${delayMs}&key=${key}`, attributes: { 'no-remember': true } });
  await waitFor(() => previewPlaying(element), 'preview plays');
  return { element, key };
}

describe('<video-room> joining from the join screen', () => {
  afterEach(cleanup);

  it('keeps the screen with the live picture and a Joining… status until connected, then shows the call', async () => {
    const { element } = await previewUp(400);
    const track = (previewVideo(element)!.srcObject as MediaStream).getVideoTracks()[0];
    const pressed = performance.now();
    control(element, 'join').click();
    await element.updateComplete;

    // A join that answers quickly goes straight to the call: "Joining…" waits a moment.
    expect(element.state).to.equal('joining');
    expect(element.getAttribute('state'), 'reflected at once').to.equal('joining');
    const join = control(element, 'join');
    // Only while the delay runs: a loaded machine may take longer than it to get here.
    if (performance.now() - pressed < BUSY_DELAY_MS) {
      expect(join.getAttribute('aria-disabled')).to.equal('false');
      expect(join.querySelector('[role="status"]')).to.equal(null);
    }
    await waitFor(() => join.getAttribute('aria-disabled') === 'true', 'Joining… shows');
    // The delay starts after `pressed` was read, so it can only have run longer (timers round to 1 ms).
    expect(performance.now() - pressed).to.be.at.least(BUSY_DELAY_MS - 1);
    expect(join.querySelector('[role="status"]')?.textContent).to.equal('Joining…');
    expect(joinScreen(element)!.getAttribute('aria-busy')).to.equal('true');
    // The same camera track, now the call's, still plays in the preview; no stage is drawn behind it.
    expect((previewVideo(element)!.srcObject as MediaStream).getVideoTracks()[0]).to.equal(track);
    expect(track.readyState).to.equal('live');
    expect(previewPlaying(element), 'picture still moving').to.be.true;
    expect(shadow(element).querySelector('[part~="stage"]')).to.equal(null);
    const disabled = [...joinScreen(element)!.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button[part~="preview-mic"], button[part~="preview-camera"]')];
    expect(disabled.length).to.be.greaterThan(2);
    expect(disabled.filter((field) => !field.disabled).map((field) => field.outerHTML)).to.deep.equal([]);

    await waitFor(() => element.state === 'connected', 'connected');
    await element.updateComplete;
    expect(joinScreen(element)).to.equal(null);
    expect(tiles(element).map((tile) => tile.dataset.local)).to.deep.equal(['true']);
    expect(track.readyState, 'the call kept the camera').to.equal('live');
  });

  it('sends the token request before the state change reaches any listener, and only once however often Join is pressed', async () => {
    const { element, key } = await previewUp(300);
    const order: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args) => {
      order.push('token request');
      return realFetch(...args);
    };
    element.addEventListener('vr-state-change', (event) => order.push(event.detail.state));
    try {
      control(element, 'join').click();
      await element.updateComplete;
      control(element, 'join').click();
      // Enter in the name field clicks the form's Join button.
      joinScreen(element)!.querySelector<HTMLInputElement>('input[name="display-name"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => element.state === 'connected', 'connected');
    } finally {
      window.fetch = realFetch;
    }
    expect(order).to.deep.equal(['token request', 'joining', 'connected']);
    expect((await lastTokenRequest(key))?.count).to.equal(1);
  });

  it('joins on Enter in the name field, and the page never navigates', async () => {
    const { element, key } = await previewUp(0);
    const url = location.href;
    joinScreen(element)!.querySelector<HTMLInputElement>('input[name="display-name"]')!.focus();
    await sendKeys({ type: 'Ada' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.state === 'connected', 'connected');
    expect(location.href).to.equal(url);
    expect(element.displayName).to.equal('Ada');
    expect((await lastTokenRequest(key))?.count).to.equal(1);
  });

  it('moves focus from Join to the microphone control once the call shows', async () => {
    const { element } = await previewUp(200);
    control(element, 'join').focus();
    control(element, 'join').click();
    await element.updateComplete;
    expect(focusedPart(), 'focus stays on Join while joining').to.equal('control join');
    await waitFor(() => element.state === 'connected' && shadow(element).querySelector('[part~="mic"]'), 'control bar');
    await element.updateComplete;
    expect(focusedPart()).to.equal('control mic');
  });

  it('leaves the call view to a join without the screen: autojoin shows the Joining banner and the user’s tile', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token?delay=400', attributes: { autojoin: true } });
    await element.updateComplete;
    expect(element.state).to.equal('joining');
    expect(joinScreen(element)).to.equal(null);
    expect(shadow(element).querySelector('[part~="status"]')?.textContent).to.contain('Joining');
    await waitFor(() => tiles(element).some((tile) => tile.dataset.local === 'true'), 'own tile while joining');
    expect(element.state).to.equal('joining');
  });
});
