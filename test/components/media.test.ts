import { expect } from '@open-wc/testing';
import {
  cleanup,
  control,
  joined,
  mountRoom,
  newSimulator,
  recordEvents,
  shadow,
  statusText,
  tileFor,
  tiles,
  videoPlaying,
  waitFor,
  startCall,
} from '../support/room-fixture.js';

const localTile = (element: Element) => tiles(element).find((tile) => tile.dataset.local === 'true')!;

describe('<video-room> media during a call', () => {
  afterEach(cleanup);

  it('mutes and unmutes the microphone and camera from the control bar', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await joined(element);
    await waitFor(() => videoPlaying(localTile(element)), 'local video plays');
    const recorder = recordEvents(element);

    const mic = control(element, 'mic');
    expect(mic.getAttribute('aria-pressed'), 'pressed: the microphone is on').to.equal('true');
    expect(mic.getAttribute('aria-label')).to.equal('Microphone');
    mic.click();
    await waitFor(() => element.hasAttribute('audio-muted'), 'audio-muted reflected');
    await element.updateComplete;
    expect(mic.getAttribute('aria-pressed')).to.equal('false');
    expect(mic.getAttribute('aria-label'), 'the name stays; only the state changes').to.equal('Microphone');
    expect(localTile(element).dataset.audioMuted).to.equal('true');
    expect(localTile(element).getAttribute('part')).to.contain('audio-muted');
    expect(localTile(element).shadowRoot!.querySelector('[aria-label="Microphone muted"]')).to.exist;
    expect(sim.calls.filter((call) => call.method === 'publishAudio').map((call) => call.args[0])).to.deep.equal([false]);

    control(element, 'camera').click();
    await waitFor(() => element.hasAttribute('video-muted'), 'video-muted reflected');
    await element.updateComplete;
    const tile = localTile(element);
    expect(tile.dataset.videoMuted).to.equal('true');
    expect(tile.shadowRoot!.querySelector('.initials')!.textContent).to.equal('A');
    expect(videoPlaying(tile), 'video hidden behind the avatar').to.be.false;
    expect(sim.calls.filter((call) => call.method === 'publishVideo').map((call) => call.args[0])).to.deep.equal([false]);

    await element.toggleAudio();
    await element.setVideoEnabled(true);
    await waitFor(() => !element.hasAttribute('audio-muted') && !element.hasAttribute('video-muted'), 'unmuted');
    expect(recorder.of('vr-local-media-change')).to.deep.equal([
      { audio: false, video: true },
      { audio: false, video: false },
      { audio: true, video: false },
      { audio: true, video: true },
    ]);
    recorder.stop();
  });

  it('does not re-render the element for every audio level sample', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'start-audio-muted': true } });
    await joined(element);
    await waitFor(() => sim.calls.some((call) => call.method === 'publish'), 'publishing');
    await new Promise((resolve) => setTimeout(resolve, 300));
    let updates = 0;
    const host = element as unknown as { update(changed: unknown): void };
    const update = host.update;
    host.update = function (this: unknown, changed: unknown) {
      updates++;
      update.call(this, changed);
    };
    // The simulator reports levels every 30 ms; a muted microphone never changes the speaking flag.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(updates, 'renders in one second of audio levels').to.be.below(5);
  });

  it('starts muted with start-audio-muted and start-video-muted', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'start-audio-muted': true, 'start-video-muted': true } });
    await joined(element);
    const options = sim.calls.find((call) => call.method === 'initPublisher')!.args[1] as { publishAudio: boolean; publishVideo: boolean };
    expect(options.publishAudio).to.equal(false);
    expect(options.publishVideo).to.equal(false);
    expect(element.hasAttribute('audio-muted')).to.be.true;
    expect(element.hasAttribute('video-muted')).to.be.true;
  });

  it('shows a remote participant muting their microphone and camera', async () => {
    const sim = newSimulator();
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    await waitFor(() => tileFor(element, grace.connectionId) && videoPlaying(tileFor(element, grace.connectionId)!), 'Grace plays');

    sim.setParticipantAudio(grace.connectionId, false);
    await waitFor(() => tileFor(element, grace.connectionId)!.dataset.audioMuted === 'true', 'remote audio muted');
    const tile = tileFor(element, grace.connectionId)!;
    expect(tile.getAttribute('part')).to.contain('audio-muted');

    sim.setParticipantVideo(grace.connectionId, false);
    await waitFor(() => tile.dataset.videoMuted === 'true', 'remote video muted');
    await element.updateComplete;
    await (tile as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(tile.shadowRoot!.querySelector('.initials')!.textContent).to.equal('GH');
    expect(videoPlaying(tile)).to.be.false;

    sim.setParticipantVideo(grace.connectionId, true);
    sim.setParticipantAudio(grace.connectionId, true);
    await waitFor(() => tile.dataset.videoMuted === 'false' && tile.dataset.audioMuted === 'false', 'remote unmuted');
    await waitFor(() => videoPlaying(tile), 'video back');
  });

  it('shows a steady speaking ring while someone talks', async () => {
    const sim = newSimulator();
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    await waitFor(() => tileFor(element, grace.connectionId), 'Grace’s tile');
    const tile = tileFor(element, grace.connectionId)!;
    expect(tile.dataset.speaking).to.equal('false');

    sim.speak(grace.connectionId);
    await waitFor(() => tile.dataset.speaking === 'true', 'speaking');
    expect(tile.getAttribute('part')).to.contain('speaking');
    // Smoothed: a pause shorter than the hold time does not drop the ring.
    sim.stopSpeaking(grace.connectionId);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(tile.dataset.speaking).to.equal('true');
    await waitFor(() => tile.dataset.speaking === 'false', 'stopped speaking', 3000);
  });

  for (const [kind, code] of [
    ['denied', 'media-access-denied'],
    ['unavailable', 'media-unavailable'],
  ] as const) {
    it(`joins as a viewer when the camera is ${kind} (${code}, recoverable)`, async () => {
      const sim = newSimulator();
      const grace = sim.addParticipant({ name: 'Grace Hopper' });
      sim.denyMedia(kind);
      const errors: unknown[] = [];
      document.addEventListener('vr-error', (event) => errors.push(event.detail), { once: true });
      const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
      await joined(element);
      await waitFor(() => errors.length === 1, 'vr-error');
      expect(errors[0]).to.include({ code, recoverable: true });
      expect(element.state).to.equal('connected');
      await waitFor(() => tileFor(element, grace.connectionId) && videoPlaying(tileFor(element, grace.connectionId)!), 'sees Grace');
      const remoteVideo = tileFor(element, grace.connectionId)!.shadowRoot!.querySelector('video')!;
      expect(remoteVideo.muted, 'hears Grace').to.be.false;
      await element.updateComplete;
      expect(statusText(element)).to.contain('viewer');
      expect(localTile(element).dataset.videoMuted).to.equal('true');
      expect(element.hasAttribute('audio-muted') && element.hasAttribute('video-muted')).to.be.true;
      expect(control(element, 'mic').getAttribute('aria-pressed'), 'a viewer: the microphone is off').to.equal('false');
      expect(sim.calls.some((call) => call.method === 'publish')).to.be.false;

      // Once devices are allowed again, turning the microphone on starts publishing.
      sim.denyMedia(null);
      await element.setAudioEnabled(true);
      await waitFor(() => sim.calls.some((call) => call.method === 'publish'), 'publishes after allowing');
      await waitFor(() => !element.hasAttribute('audio-muted'), 'microphone on');
    });
  }

  it('shows a reconnecting banner while the network is down and removes it when restored', async () => {
    const { sim, recorder, element } = await startCall();
    sim.dropNetwork();
    await waitFor(() => element.state === 'reconnecting', 'reconnecting');
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('reconnecting');
    expect(statusText(element)).to.contain('Reconnecting');
    sim.restoreNetwork();
    await waitFor(() => element.state === 'connected', 'reconnected');
    await element.updateComplete;
    expect(statusText(element)).to.not.contain('Reconnecting');
    expect(recorder.of('vr-state-change').slice(-2)).to.deep.equal([
      { state: 'reconnecting', previousState: 'connected' },
      { state: 'connected', previousState: 'reconnecting' },
    ]);
    recorder.stop();
  });

  it('reports network-disconnected with a Retry when the session drops and rejoining is off', async () => {
    const { sim, recorder, element } = await startCall({ 'rejoin-timeout': '0' });
    sim.disconnectNetwork();
    await waitFor(() => element.state === 'error', 'error state');
    expect(element.lastError?.code).to.equal('network-disconnected');
    expect(recorder.of('vr-error').map((detail) => detail.code)).to.deep.equal(['network-disconnected']);
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'network' }]);
    expect(sim.liveTracks()).to.equal(0);
    await element.updateComplete;
    control(element, 'retry').click();
    await waitFor(() => element.state === 'connected', 'rejoined');
    recorder.stop();
  });

  it('leaves with reason "forced" when a moderator removes the participant', async () => {
    const { sim, recorder, element } = await startCall();
    sim.forceDisconnect(element.localParticipant!.id);
    await waitFor(() => element.state === 'left', 'left');
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'forced' }]);
    expect(sim.liveTracks()).to.equal(0);
    recorder.stop();
  });

  it('hides the control bar with hide-controls but keeps the slots when shown', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    await element.updateComplete;
    const bar = shadow(element).querySelector('[part="controls"]')!;
    expect(bar.querySelector('slot[name="controls-start"]')).to.exist;
    expect(bar.querySelector('slot[name="controls-end"]')).to.exist;
    for (const button of bar.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label'), 'accessible name').to.be.a('string').and.not.empty;
    }
    element.hideControls = true;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="controls"]')).to.be.null;
  });
});
