import { expect } from '@open-wc/testing';
import type { VideoRoomElement } from '../../src/define.js';
import { iconPaths } from '../../src/components/icons.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import { PREFERENCES_KEY } from '../../src/media/preferences.js';
import { cleanup, control, mountRoom, newSimulator, shadow, tiles, videoPlaying, waitFor } from '../support/room-fixture.js';

const mediaDevices = navigator.mediaDevices as MediaDevices & Record<string, unknown>;
const permissions = navigator.permissions as Permissions & Record<string, unknown>;
const realGetUserMedia = MediaDevices.prototype.getUserMedia;

interface GetUserMediaSpy {
  requests: MediaStreamConstraints[];
  /** Every track getUserMedia handed out, to the preview or to the simulator's publisher. */
  tracks: MediaStreamTrack[];
  /** While set, getUserMedia rejects with a DOMException of this name. */
  failWith: string | undefined;
}

/** Counts getUserMedia calls and keeps their tracks; the real camera answers unless `failWith` is set. */
function spyOnGetUserMedia(failWith?: string): GetUserMediaSpy {
  const spy: GetUserMediaSpy = { requests: [], tracks: [], failWith };
  mediaDevices.getUserMedia = async (constraints: MediaStreamConstraints = {}) => {
    spy.requests.push(constraints);
    if (spy.failWith) throw new DOMException('Test says no', spy.failWith);
    const stream = await realGetUserMedia.call(navigator.mediaDevices, constraints);
    spy.tracks.push(...stream.getTracks());
    return stream;
  };
  return spy;
}

const joinScreen = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="join-screen"]');
const previewVideo = (element: Element) => joinScreen(element)?.querySelector<HTMLVideoElement>('video') ?? null;
const previewTrack = (element: Element) => (previewVideo(element)?.srcObject as MediaStream | null)?.getVideoTracks()[0];
const picker = (element: Element, name: string) => joinScreen(element)?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;
const nameInput = (element: Element) => joinScreen(element)!.querySelector<HTMLInputElement>('input[name="display-name"]')!;
const problem = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="preview-error"]');
const placeholder = (element: Element) => joinScreen(element)?.querySelector<HTMLElement>('.preview-placeholder') ?? null;
/** Rendered and not hidden (hidden parts of the join screen stay in its template). */
const shown = (node: Element | null) => Boolean(node?.checkVisibility());

function previewPlaying(element: Element): boolean {
  const video = previewVideo(element);
  return Boolean(video && !video.hidden && video.videoWidth > 0 && !video.paused);
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function initPublisherOptions(sim: ReturnType<typeof newSimulator>): Record<string, unknown> {
  const call = sim.calls.find((entry) => entry.method === 'initPublisher');
  if (!call) throw new Error('initPublisher was not called');
  return call.args[1] as Record<string, unknown>;
}

const sdkResources = () => performance.getEntriesByType('resource').filter((entry) => /opentok|client-sdk-video/.test(entry.name));
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
const storedPreferences = (): unknown => JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? 'null');

describe('<video-room> pre-join screen', () => {
  afterEach(async () => {
    await cleanup();
    await settle(); // let microtask-deferred releases run before the next test counts tracks
    Reflect.deleteProperty(mediaDevices, 'getUserMedia');
    Reflect.deleteProperty(mediaDevices, 'enumerateDevices');
    Reflect.deleteProperty(permissions, 'query');
    localStorage.removeItem(PREFERENCES_KEY);
  });

  // First in this file: it needs a page where no SDK has been loaded yet.
  it('shows a live, mirrored preview before the SDK has loaded, and prefetches the SDK meanwhile', async () => {
    const page = window as { OT?: unknown };
    expect(page.OT, 'no SDK on the page to begin with').to.be.undefined;
    const element = mountRoom({ endpoint: '/test-token', attributes: { 'display-name': 'Ada' } }); // no `sdk`: the bundled one
    await waitFor(() => previewPlaying(element), 'preview plays', 10_000);
    // (Measured here: the preview plays after ~0.3 s, the SDK chunk arrives after ~1.2 s.)
    expect(page.OT, 'the preview did not wait for the SDK').to.be.undefined;
    expect(sdkResources(), 'no SDK chunk had arrived when the preview played').to.be.empty;

    const video = previewVideo(element)!;
    expect(video.muted).to.be.true;
    expect(video.hasAttribute('playsinline')).to.be.true;
    expect(getComputedStyle(video).transform, 'mirrored').to.equal('matrix(-1, 0, 0, 1, 0, 0)');

    // Meanwhile the SDK chunk arrives in the background.
    await waitFor(() => page.OT !== undefined, 'SDK prefetched', 30_000);
    expect(sdkResources(), 'the SDK was fetched').to.not.be.empty;
    expect(element.state).to.equal('idle');
  });

  it('paints the join screen first, then opens the camera, reads the remembered name and draws its icons after that frame', async () => {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ name: 'Remembered Ada' }));
    const spy = spyOnGetUserMedia();
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await element.updateComplete;
    expect(control(element, 'join').textContent.trim(), 'the screen is rendered').to.equal('Join');
    expect(control(element, 'preview-mic').getAttribute('aria-label'), 'the toggles are there, named').to.equal(englishStrings.microphoneLabel);
    expect(shadow(element).querySelector('svg'), 'no SVG on the first paint: the first one on a page costs a one-time set-up').to.equal(null);
    expect(spy.requests, 'no camera request in the first update').to.be.empty;
    expect(nameInput(element).value, 'storage not read yet').to.equal('');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await waitFor(() => spy.requests.length > 0, 'the camera opens after the first frame');
    await waitFor(() => nameInput(element).value === 'Remembered Ada', 'the remembered name');
    for (const [name, path] of [['preview-mic', iconPaths.mic], ['preview-camera', iconPaths.camera]]) {
      expect(control(element, name).querySelector('svg path')?.getAttribute('d'), `${name}: its icon once painted`).to.equal(path);
    }
    await waitFor(() => previewPlaying(element), 'preview plays');
  });

  it('removed before its first frame: the camera never opens', async () => {
    const spy = spyOnGetUserMedia();
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await element.updateComplete;
    element.remove();
    await settle(300); // past the frame and the fallback timer
    expect(spy.requests).to.be.empty;
  });

  it('fills the camera, microphone and speaker pickers and re-opens the preview for another choice', async () => {
    const spy = spyOnGetUserMedia();
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element), 'preview plays');
    await waitFor(() => (picker(element, 'microphone')?.options.length ?? 0) > 1, 'microphones listed');

    const cameras = picker(element, 'camera')!;
    expect([...cameras.options].map((option) => option.textContent)).to.include('fake_device_0');
    const microphones = picker(element, 'microphone')!;
    expect([...microphones.options].every((option) => option.textContent && !/^Microphone \d$/.test(option.textContent)), 'real labels').to.be.true;
    expect(picker(element, 'speaker')?.options.length, 'speaker picker where setSinkId exists').to.be.greaterThan(0);
    for (const select of [cameras, microphones, picker(element, 'speaker')!]) expect(select.labels?.[0]?.textContent).to.match(/Camera|Microphone|Speaker/);
    expect(spy.requests, 'one request for both devices').to.have.length(1);

    const firstAudio = spy.tracks.find((track) => track.kind === 'audio')!;
    const other = [...microphones.options].find((option) => option.value !== microphones.value)!.value;
    choose(microphones, other);
    await waitFor(() => firstAudio.readyState === 'ended', 'old microphone stopped');
    await waitFor(() => spy.tracks.some((track) => track.kind === 'audio' && track.readyState === 'live'), 'new microphone open');
    expect(spy.requests.at(-1)).to.deep.equal({ audio: { deviceId: { exact: other } }, video: false });
    expect(spy.tracks.filter((track) => track.kind === 'audio' && track.readyState === 'live')[0].getSettings().deviceId).to.equal(other);
    await element.updateComplete;
    expect(picker(element, 'microphone')!.value).to.equal(other);
    expect(previewPlaying(element), 'a microphone switch leaves the picture alone').to.be.true;

    const firstVideo = previewTrack(element)!;
    choose(cameras, cameras.value); // the only fake camera: choosing it again re-opens it
    await waitFor(() => firstVideo.readyState === 'ended', 'old camera stopped');
    await waitFor(() => previewPlaying(element) && previewTrack(element) !== firstVideo, 'preview plays the new camera track');
    expect(spy.requests.at(-1)).to.deep.equal({ audio: false, video: { deviceId: { exact: cameras.value } } });
  });

  it('hands the preview tracks to the publisher on Join, with no second getUserMedia', async () => {
    const spy = spyOnGetUserMedia();
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await waitFor(() => previewPlaying(element), 'preview plays');
    const video = previewTrack(element)!;
    const audio = spy.tracks.find((track) => track.kind === 'audio')!;
    const requestsBefore = spy.requests.length;

    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected');
    await waitFor(() => tiles(element).length === 1 && videoPlaying(tiles(element)[0]), 'local tile plays');
    const options = initPublisherOptions(sim);
    expect(options.videoSource).to.be.instanceOf(MediaStreamTrack);
    expect((options.videoSource as MediaStreamTrack).id).to.equal(video.id);
    expect((options.audioSource as MediaStreamTrack).id).to.equal(audio.id);
    expect(options.publishAudio).to.equal(true);
    expect(options.publishVideo).to.equal(true);
    expect(spy.requests.length, 'no second camera open').to.equal(requestsBefore);
    expect(video.readyState, 'the publisher keeps the track').to.equal('live');

    await element.leave();
    expect(spy.tracks.every((track) => track.readyState === 'ended'), 'leaving stops them').to.be.true;
  });

  it('join() called by the host hands the live preview over too', async () => {
    const spy = spyOnGetUserMedia();
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element), 'preview plays');
    const video = previewTrack(element)!;
    await element.join();
    expect((initPublisherOptions(sim).videoSource as MediaStreamTrack).id).to.equal(video.id);
    await waitFor(() => sim.calls.some((call) => call.method === 'publish'), 'published');
    expect(spy.requests).to.have.length(1);
  });

  it('camera off stops its track and joins with publishVideo false; microphone off joins with publishAudio false', async () => {
    const spy = spyOnGetUserMedia();
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element), 'preview plays');
    const video = previewTrack(element)!;
    const audio = spy.tracks.find((track) => track.kind === 'audio')!;

    const camera = control(element, 'preview-camera');
    expect(camera.getAttribute('aria-pressed'), 'pressed: the camera is on').to.equal('true');
    expect(camera.getAttribute('aria-label')).to.equal('Camera');
    camera.click();
    await element.updateComplete;
    expect(video.readyState, 'camera light off').to.equal('ended');
    expect(camera.getAttribute('aria-pressed')).to.equal('false');
    expect(camera.getAttribute('aria-label')).to.equal('Camera');
    expect(previewVideo(element), 'no picture: no <video>').to.equal(null);
    expect(joinScreen(element)!.textContent).to.contain('Your camera is off');

    const mic = control(element, 'preview-mic');
    mic.click();
    await element.updateComplete;
    expect(mic.getAttribute('aria-pressed')).to.equal('false');
    expect(mic.getAttribute('aria-label')).to.equal('Microphone');
    expect(audio.enabled).to.be.false;

    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected');
    const options = initPublisherOptions(sim);
    expect(options.publishVideo).to.equal(false);
    expect(options.publishAudio).to.equal(false);
    expect((options.audioSource as MediaStreamTrack).id).to.equal(audio.id);
    expect(typeof options.videoSource, 'the chosen camera, by ID').to.equal('string');
    await waitFor(() => element.hasAttribute('video-muted') && element.hasAttribute('audio-muted'), 'muted reflected');
  });

  it('turning the camera back on opens it again and the preview plays', async () => {
    const spy = spyOnGetUserMedia();
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token', attributes: { 'start-video-muted': true } });
    await element.updateComplete;
    expect(spy.requests, 'the first render comes before the preview starts').to.have.length(0);
    expect(placeholder(element)!.querySelector('svg'), 'no crossed-out camera before the camera was even asked for').to.equal(null);
    await waitFor(() => spy.tracks.length === 1, 'microphone open');
    expect(placeholder(element)!.querySelector('svg'), 'the crossed-out camera while it is off').to.not.equal(null);
    expect(spy.requests[0].video, 'start-video-muted: camera not opened').to.equal(false);
    expect(control(element, 'preview-camera').getAttribute('aria-pressed'), 'camera off').to.equal('false');
    expect(shown(placeholder(element)), 'the placeholder shows while the camera is off').to.be.true;
    expect(placeholder(element)!.textContent.trim()).to.equal(englishStrings.previewCameraOff);
    control(element, 'preview-camera').click();
    await waitFor(() => previewPlaying(element), 'preview plays');
    expect(shown(placeholder(element)), 'no placeholder over the picture').to.be.false;
  });

  it('follows start-video-muted and start-audio-muted changed while the screen shows', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element), 'preview plays');
    const video = previewTrack(element)!;
    element.startVideoMuted = true;
    element.startAudioMuted = true;
    await element.updateComplete;
    expect(video.readyState).to.equal('ended');
    expect(control(element, 'preview-camera').getAttribute('aria-pressed')).to.equal('false');
    expect(control(element, 'preview-mic').getAttribute('aria-pressed')).to.equal('false');
    element.startVideoMuted = false;
    await waitFor(() => previewPlaying(element), 'camera back on');
  });

  it('shows the microphone level without re-rendering the element for it', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element) && (picker(element, 'microphone')?.options.length ?? 0) > 0, 'preview and pickers');
    await element.updateComplete;
    const meter = shadow(element).querySelector<HTMLElement>('[part~="level-meter"]')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-label')).to.equal('Microphone level');

    let renders = 0;
    const instance = element as unknown as { updated: (...args: unknown[]) => void };
    const updated = instance.updated;
    instance.updated = function (...args: unknown[]) {
      renders++;
      updated.apply(this, args);
    };
    const levels = new Set<string>();
    const start = performance.now();
    while (performance.now() - start < 1500) {
      levels.add(meter.style.getPropertyValue('--vr-level'));
      await settle(30);
    }
    expect(levels.size, 'the level moves').to.be.greaterThan(3);
    expect([...levels].some((level) => Number(level) > 0)).to.be.true;
    expect(renders, 'level changes do not render the element').to.be.at.most(2);
  });

  it('is not rendered again when resized: only the in-call view reads its size', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    let renders = 0;
    const instance = element as unknown as { updated: (...args: unknown[]) => void };
    const updated = instance.updated;
    instance.updated = function (...args: unknown[]) {
      renders++;
      updated.apply(this, args);
    };
    await waitFor(() => previewPlaying(element) && (picker(element, 'microphone')?.options.length ?? 0) > 0, 'preview and pickers');
    await settle(100);
    const settled = renders;
    for (const width of ['700px', '420px', '900px']) {
      element.style.width = width;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await settle(30);
    }
    expect(renders, 'resizing the join screen renders nothing').to.equal(settled);
    element.style.width = '';
  });

  it('remembers devices, on/off choices and the name per origin, and restores them', async () => {
    const spy = spyOnGetUserMedia();
    const sim = newSimulator();
    let element = mountRoom({ sim, endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element) && (picker(element, 'microphone')?.options.length ?? 0) > 1, 'preview and pickers');
    const microphones = picker(element, 'microphone')!;
    const microphone = [...microphones.options].find((option) => option.value !== microphones.value)!.value;
    choose(microphones, microphone);
    const speakers = picker(element, 'speaker')!;
    const speaker = speakers.options[speakers.options.length - 1].value;
    choose(speakers, speaker);
    control(element, 'preview-camera').click();
    const input = nameInput(element);
    input.value = 'Grace Hopper';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(storedPreferences()).to.include({ microphoneId: microphone, speakerId: speaker, video: false, name: 'Grace Hopper' });

    element.remove();
    await settle();
    expect(spy.tracks.every((track) => track.readyState === 'ended'), 'removed: devices released').to.be.true;
    const requestsBefore = spy.requests.length;

    element = mountRoom({ sim, endpoint: '/test-token' });
    await waitFor(() => (picker(element, 'microphone')?.options.length ?? 0) > 1 && spy.tracks.length > requestsBefore, 'pickers again');
    await element.updateComplete;
    expect(picker(element, 'microphone')!.value).to.equal(microphone);
    expect(picker(element, 'speaker')!.value).to.equal(speaker);
    expect(control(element, 'preview-camera').getAttribute('aria-pressed'), 'camera remembered off').to.equal('false');
    expect(nameInput(element).value).to.equal('Grace Hopper');
    expect(spy.requests.slice(requestsBefore).every((request) => request.video === false), 'camera stays closed').to.be.true;
    expect(spy.requests[requestsBefore].audio).to.deep.equal({ deviceId: { exact: microphone } });

    // The host's display-name wins over the remembered name; joining uses the field.
    element.remove();
    element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await element.updateComplete;
    expect(nameInput(element).value).to.equal('Ada');
  });

  it('no-remember: stores nothing and restores nothing', async () => {
    const sim = newSimulator();
    let element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'no-remember': true } });
    expect(element.noRemember).to.be.true;
    await waitFor(() => previewPlaying(element), 'preview plays');
    control(element, 'preview-camera').click();
    control(element, 'preview-mic').click();
    const input = nameInput(element);
    input.value = 'Grace';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected');
    expect(localStorage.getItem(PREFERENCES_KEY)).to.be.null;

    element.remove();
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ name: 'Stored', video: false, audio: false }));
    element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'no-remember': true } });
    await waitFor(() => previewPlaying(element), 'camera on despite the stored choice');
    expect(nameInput(element).value).to.equal('');
    expect(control(element, 'preview-mic').getAttribute('aria-pressed'), 'microphone on').to.equal('true');
    control(element, 'preview-camera').click();
    expect(storedPreferences()).to.deep.equal({ name: 'Stored', video: false, audio: false });
  });

  it('denied: shows how to re-allow in this browser, and Try again asks again', async () => {
    const spy = spyOnGetUserMedia('NotAllowedError');
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => problem(element)?.dataset.error === 'denied', 'denied message');
    const message = problem(element)!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain(englishStrings.permissionDeniedTitle);
    expect(message.textContent, 'Chromium instructions').to.contain('camera icon at the right of the address bar');
    expect(control(element, 'retry-permission').textContent.trim()).to.equal('Try again');
    expect(control(element, 'join-without-media').textContent.trim()).to.equal('Join without camera and microphone');
    expect(previewVideo(element), 'no picture: no <video>').to.equal(null);
    for (const name of ['preview-mic', 'preview-camera']) {
      const toggle = control(element, name);
      expect(toggle.disabled, `${name} disabled`).to.be.true;
      expect(toggle.getAttribute('aria-pressed'), `${name} reads as off while blocked`).to.equal('false');
      expect(toggle.classList.contains('off'), `${name} red while blocked`).to.be.true;
    }

    spy.failWith = undefined; // the user re-allowed
    control(element, 'retry-permission').click();
    await waitFor(() => previewPlaying(element), 'preview plays after Try again');
    expect(problem(element)).to.be.null;
    expect(spy.requests).to.have.length(2);
  });

  it('denied: notices by itself when the permission changes to granted', async () => {
    const statuses = new Map<string, EventTarget & { state: PermissionState }>();
    permissions.query = async ({ name }: PermissionDescriptor) => {
      const status = Object.assign<EventTarget, { state: PermissionState }>(new EventTarget(), { state: 'denied' });
      statuses.set(name, status);
      return status as unknown as PermissionStatus;
    };
    const spy = spyOnGetUserMedia('NotAllowedError');
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => problem(element)?.dataset.error === 'denied' && statuses.size === 2, 'denied, permissions watched');
    spy.failWith = undefined;
    const camera = statuses.get('camera')!;
    camera.state = 'granted';
    camera.dispatchEvent(new Event('change'));
    await waitFor(() => previewPlaying(element), 'preview plays without a click');
    expect(problem(element)).to.be.null;
  });

  it('denied: "Join without camera and microphone" joins as a viewer', async () => {
    spyOnGetUserMedia('NotAllowedError');
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await waitFor(() => problem(element)?.dataset.error === 'denied', 'denied message');
    control(element, 'join-without-media').click();
    await waitFor(() => element.state === 'connected', 'connected');
    await waitFor(() => tiles(element).some((tile) => tile.dataset.local === 'false' && videoPlaying(tile)), 'sees Grace');
    await settle(200);
    expect(sim.calls.some((call) => call.method === 'publish'), 'publishes nothing').to.be.false;
    expect(sim.calls.some((call) => call.method === 'initPublisher'), 'does not even ask for the devices').to.be.false;
    expect(element.lastError, 'no camera error for a deliberate viewer').to.be.undefined;
    expect(element.hasAttribute('audio-muted') && element.hasAttribute('video-muted')).to.be.true;
    expect(element.localParticipant?.name).to.equal('Ada');
    expect(tiles(element).find((tile) => tile.dataset.local === 'true')?.dataset.videoMuted, 'an avatar tile for the viewer').to.equal('true');
  });

  it('no devices: a clear message instead of a blank tile, and Join still works', async () => {
    spyOnGetUserMedia('NotFoundError');
    mediaDevices.enumerateDevices = async () => [];
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await waitFor(() => problem(element)?.dataset.error === 'no-devices', 'no-devices message');
    expect(problem(element)!.textContent.trim()).to.equal('No camera or microphone was found. You can still join to watch and listen.');
    expect(picker(element, 'camera')).to.be.null;
    expect(shown(joinScreen(element)!.querySelector('.devices')), 'no empty device list').to.be.false;
    expect(control(element, 'preview-camera').disabled).to.be.true;
    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected as a viewer');
    await settle(200);
    expect(sim.calls.some((call) => call.method === 'publish')).to.be.false;
  });

  it('shows the join slot content on the pre-join screen', async () => {
    const element = mountRoom({
      sim: newSimulator(),
      endpoint: '/test-token',
      setup: (room) => room.insertAdjacentHTML('beforeend', '<p slot="join">House rules apply.</p>'),
    });
    await element.updateComplete;
    const slot = joinScreen(element)!.querySelector<HTMLSlotElement>('slot[name="join"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['House rules apply.']);
  });

  it('removing the element while the preview runs leaves no track, AudioContext or timer behind', async () => {
    const spy = spyOnGetUserMedia();
    const contexts: AudioContext[] = [];
    const RealAudioContext = window.AudioContext;
    const realSetInterval = window.setInterval;
    const realClearInterval = window.clearInterval;
    const intervals = new Set<number>();
    window.AudioContext = class extends RealAudioContext {
      constructor(options?: AudioContextOptions) {
        super(options);
        contexts.push(this);
      }
    };
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      const id = realSetInterval(handler, timeout, ...rest);
      intervals.add(id);
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) intervals.delete(id);
      realClearInterval(id);
    }) as typeof clearInterval;
    try {
      const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
      await waitFor(() => previewPlaying(element) && contexts.length === 1, 'preview and meter running');
      expect(intervals.size, 'the meter timer').to.equal(1);
      element.remove();
      await settle();
      expect(spy.tracks.length).to.equal(2);
      expect(spy.tracks.map((track) => track.readyState)).to.deep.equal(['ended', 'ended']);
      expect(contexts[0].state).to.equal('closed');
      expect(intervals.size, 'timers left').to.equal(0);
    } finally {
      window.AudioContext = RealAudioContext;
      window.setInterval = realSetInterval;
      window.clearInterval = realClearInterval;
    }
  });

  it('keeps the preview when the element is moved within the page', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => previewPlaying(element), 'preview plays');
    const track = previewTrack(element)!;
    const parent = document.createElement('div');
    document.body.append(parent);
    parent.append(element);
    await settle();
    expect(track.readyState).to.equal('live');
    expect(previewTrack(element)).to.equal(track);
    parent.remove();
  });

  for (const [name, failure] of [
    ['a token failure', { endpoint: '/test-token?status=500' }],
    ['a connect failure', { endpoint: '/test-token', connect: 1006 as const }],
  ] as const) {
    it(`stops every track when ${name} ends a join from the pre-join screen`, async () => {
      const spy = spyOnGetUserMedia();
      const sim = newSimulator();
      if ('connect' in failure) sim.rejectNextConnect(failure.connect);
      const element = mountRoom({ sim, endpoint: failure.endpoint });
      await waitFor(() => previewPlaying(element), 'preview plays');
      control(element, 'join').click();
      await waitFor(() => element.state === 'error', 'join failed');
      await settle();
      expect(spy.tracks.length).to.be.greaterThan(0);
      expect(spy.tracks.map((track) => `${track.kind}:${track.readyState}`)).to.deep.equal(spy.tracks.map((track) => `${track.kind}:ended`));
    });
  }

  it('stops the handed-over tracks when the user leaves while joining', async () => {
    const spy = spyOnGetUserMedia();
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token?delay=300' });
    await waitFor(() => previewPlaying(element), 'preview plays');
    control(element, 'join').click();
    await element.leave();
    await settle();
    expect(spy.tracks.every((track) => track.readyState === 'ended')).to.be.true;
  });

  describe('layout', () => {
    async function layoutOf(width: number, height: number) {
      const element = mountRoom({
        sim: newSimulator(),
        endpoint: '/test-token',
        setup: (room: VideoRoomElement) => Object.assign(room.style, { width: `${width}px`, height: `${height}px` }),
      });
      await waitFor(() => previewPlaying(element) && (picker(element, 'speaker')?.options.length ?? 0) > 0, 'preview and pickers');
      await element.updateComplete;
      const screen = joinScreen(element)!;
      const preview = screen.querySelector('[part~="preview"]')!.getBoundingClientRect();
      const form = screen.querySelector('.prejoin-form')!.getBoundingClientRect();
      return { screen, preview, form };
    }

    it('puts the preview left of the form in an 800×500 element, everything visible', async () => {
      const { screen, preview, form } = await layoutOf(800, 500);
      expect(preview.right).to.be.at.most(form.left);
      expect(preview.width).to.be.greaterThan(form.width);
      expect(screen.scrollHeight).to.be.at.most(screen.clientHeight + 1);
    });

    it('stacks the preview above the form in a 360×640 element, everything visible', async () => {
      const { screen, preview, form } = await layoutOf(360, 640);
      expect(preview.bottom).to.be.at.most(form.top);
      expect(preview.width).to.be.greaterThan(300);
      expect(screen.scrollWidth).to.be.at.most(screen.clientWidth);
      expect(screen.scrollHeight).to.be.at.most(screen.clientHeight + 1);
    });
  });
});
