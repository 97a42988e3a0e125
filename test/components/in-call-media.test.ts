import { expect } from '@open-wc/testing';
import {
  cleanup,
  control,
  joined,
  mountRoom,
  newSimulator,
  recordEvents,
  shadow,
  tiles,
  videoPlaying,
  waitFor,
  startCall,
} from '../support/room-fixture.js';

const screenTile = (element: Element, local: boolean) =>
  tiles(element).find((tile) => tile.dataset.kind === 'screen' && tile.dataset.local === String(local));

describe('<video-room> screen sharing', () => {
  afterEach(cleanup);

  it('shares the screen from the control and stops it again', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    const recorder = recordEvents();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await joined(element);
    await waitFor(() => shadow(element).querySelector('button[part~="screen"]'), 'screen control shown where supported');
    const button = control(element, 'screen');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Share screen');

    button.click();
    await waitFor(() => screenTile(element, true) && videoPlaying(screenTile(element, true)!), 'local screen tile plays');
    const tile = screenTile(element, true)!;
    expect(tile.shadowRoot!.querySelector('video')!.classList.contains('mirrored'), 'a screen is never mirrored').to.be.false;
    expect(tile.dataset.participantId).to.equal(element.localParticipant!.id);
    const init = sim.calls.filter((call) => call.method === 'initPublisher').at(-1)!.args[1] as Record<string, unknown>;
    expect(init).to.include({ videoSource: 'screen', videoContentHint: 'detail', insertDefaultUI: false });
    await waitFor(() => recorder.of('vr-screen-share-started').length === 1, 'started event');
    expect(recorder.of('vr-screen-share-started')[0].streamId).to.equal(tile.dataset.streamId);
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('.stage')!.getAttribute('data-arrangement')).to.equal('presentation');

    button.click();
    await waitFor(() => !screenTile(element, true), 'screen tile removed');
    expect(recorder.of('vr-screen-share-stopped')).to.deep.equal(recorder.of('vr-screen-share-started'));
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    recorder.stop();
  });

  it('stops when the browser ends the capture (its own "Stop sharing")', async () => {
    const { recorder, element } = await startCall();
    expect(await element.startScreenShare()).to.be.true;
    await waitFor(() => screenTile(element, true)?.shadowRoot?.querySelector('video')?.srcObject, 'screen video');
    const track = (screenTile(element, true)!.shadowRoot!.querySelector('video')!.srcObject as MediaStream).getVideoTracks()[0];
    // What the browser does when its sharing bar's Stop button is pressed.
    track.stop();
    track.dispatchEvent(new Event('ended'));
    await waitFor(() => !screenTile(element, true), 'screen tile removed');
    expect(recorder.of('vr-screen-share-stopped')).to.have.length(1);
    expect(recorder.of('vr-error')).to.deep.equal([]);
    recorder.stop();
  });

  it('treats a cancelled picker as no share, not as an error', async () => {
    const { sim, recorder, element } = await startCall();
    const original = navigator.mediaDevices.getDisplayMedia;
    navigator.mediaDevices.getDisplayMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    try {
      expect(await element.startScreenShare()).to.be.false;
    } finally {
      navigator.mediaDevices.getDisplayMedia = original;
    }
    expect(screenTile(element, true)).to.be.undefined;
    expect(recorder.of('vr-error')).to.deep.equal([]);
    expect(element.lastError).to.be.undefined;
    expect(sim.liveTracks(), 'only the camera and microphone are live').to.equal(2);
    recorder.stop();
  });

  it('shows a remote screen share as a screen tile', async () => {
    const sim = newSimulator();
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    const streamId = sim.startScreenShare(grace.connectionId);
    await waitFor(() => screenTile(element, false) && videoPlaying(screenTile(element, false)!), 'remote screen plays');
    const tile = screenTile(element, false)!;
    expect(tile.dataset.streamId).to.equal(streamId);
    expect(tile.dataset.participantId).to.equal(grace.connectionId);
    expect(getComputedStyle(tile.shadowRoot!.querySelector('video')!).objectFit).to.equal('contain');
  });

  it('stops sharing when the user leaves, releasing the capture', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    await element.startScreenShare();
    await element.leave();
    expect(sim.liveTracks()).to.equal(0);
    expect(sim.liveListeners()).to.equal(0);
  });
});

describe('<video-room> blocked audio', () => {
  afterEach(cleanup);

  it('shows "Click to enable audio" while the browser blocks sound; one click unblocks it', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    sim.blockAudio();
    await waitFor(() => shadow(element).querySelector('button[part~="unblock-audio"]'), 'banner');
    const button = control(element, 'unblock-audio');
    expect(button.textContent).to.contain('Click to enable audio');
    button.click();
    await waitFor(() => !shadow(element).querySelector('button[part~="unblock-audio"]'), 'banner gone');
    expect(sim.calls.filter((call) => call.method === 'unblockAudio')).to.have.length(1);
  });
});
