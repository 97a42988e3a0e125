/**
 * The simulator's `Publisher`: real camera and microphone from getUserMedia, the SDK's event
 * order (`accessAllowed` → `videoElementCreated` → callback), and the SDK's habit of swapping the
 * camera for a black canvas track while video is off so the camera is released.
 */
import type { AudioFilter, OTCallback, OTDimensions, PublisherEventMap, PublisherProperties, VideoFilter } from '../sdk/types.js';
import { createLevelMeter, type LevelMeter } from './audio.js';
import type { StreamMedia, StreamRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { Emitter } from './emitter.js';
import { ErrorCodes, otError, publisherMediaError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import { newId } from './ids.js';
import { BlackVideo } from './media.js';
import type { SimSession } from './session.js';
import type { SimStream } from './views.js';

const SCREEN_SOURCES = new Set(['screen', 'window', 'application', 'browser']);
const DEFAULT_DIMENSIONS: OTDimensions = { width: 640, height: 480 };

/** What `getVideoSource()` reports. */
export interface VideoSourceInfo {
  deviceId: string | null;
  type: 'camera' | 'screen' | 'custom' | null;
  track: MediaStreamTrack | null;
}

type PublisherState = 'acquiring' | 'ready' | 'failed' | 'destroyed';

export class SimPublisher extends Emitter<PublisherEventMap> implements StreamMedia {
  /** A unique id for this publisher. */
  readonly id: string = newId();
  /** The published stream, set from `streamCreated` on. (Like the SDK, it is kept after unpublishing.) */
  stream?: SimStream;
  /** The session this publisher is published (or publishing) to. */
  session?: SimSession;
  /** The default UI container when `insertDefaultUI` is not `false`. */
  element?: HTMLElement;
  /** Whether camera/microphone access was granted. */
  accessAllowed = false;

  private state: PublisherState = 'acquiring';
  private failure: SimOTError | null = null;
  private readonly props: Required<Pick<PublisherProperties, 'publishAudio' | 'publishVideo' | 'insertDefaultUI' | 'name'>> &
    PublisherProperties;
  private localStream: MediaStream | null = null;
  private cameraTrack: MediaStreamTrack | null = null;
  private micTrack: MediaStreamTrack | null = null;
  private black: BlackVideo | null = null;
  private videoKind: 'camera' | 'screen' | 'custom' | null = null;
  private videoFilter: VideoFilter | null = null;
  private audioFilter: AudioFilter | null = null;
  private videoDeviceId: string | null = null;
  private meter: LevelMeter | null = null;
  private video: HTMLVideoElement | null = null;
  private stopLevelTimer: (() => void) | null = null;
  private readyWaiters: Array<() => void> = [];
  private record: StreamRecord | null = null;
  private pendingPublish: { session: SimSession; done: OTCallback; cancel: () => void } | null = null;
  private videoWork: Promise<void> = Promise.resolve();

  /** @internal Created by `OT.initPublisher`. */
  constructor(
    private readonly ctx: SimContext,
    target: HTMLElement | string | undefined,
    properties: PublisherProperties,
    callback: OTCallback | undefined,
  ) {
    super(ctx.listeners);
    this.props = {
      ...properties,
      publishAudio: properties.publishAudio !== false,
      publishVideo: properties.publishVideo !== false,
      insertDefaultUI: properties.insertDefaultUI !== false,
      name: properties.name ?? '',
    };
    ctx.publishers.add(this);
    const done = typeof callback === 'function' ? callback : () => undefined;
    const invalid = this.validate(target);
    if (invalid) {
      // The SDK reports parameter errors synchronously, before initPublisher returns.
      this.state = 'failed';
      this.failure = invalid;
      done(invalid);
      return;
    }
    void this.acquire(target, done);
  }

  // ---- Public SDK API ----

  /** Starts or stops sending audio: the track is disabled (not stopped); others get `streamPropertyChanged`. */
  publishAudio(value: boolean): this {
    this.ctx.record('publisher', 'publishAudio', [value]);
    this.props.publishAudio = value;
    if (this.micTrack) this.micTrack.enabled = value;
    if (this.record) this.ctx.cloud.updateStream(this.record, 'hasAudio', value && !!this.micTrack);
    return this;
  }

  /**
   * Starts or stops sending video. For a camera the SDK releases the device while video is off
   * (a black canvas track stands in) and reacquires it when video is turned on again.
   */
  publishVideo(value: boolean, callback?: OTCallback): this {
    this.ctx.record('publisher', 'publishVideo', [value, callback]);
    const done = typeof callback === 'function' ? callback : undefined;
    if (this.props.publishVideo === value) {
      if (done) this.ctx.timers.timeout(() => done(undefined));
      return this;
    }
    this.props.publishVideo = value;
    if (this.record) this.ctx.cloud.updateStream(this.record, 'hasVideo', value && this.hasVideoSource());
    if (this.state !== 'ready') {
      if (done) this.ctx.timers.timeout(() => done(undefined));
      return this;
    }
    this.videoWork = this.videoWork
      .then(() => this.applyVideoState())
      .then(
        () => done?.(undefined),
        (error: unknown) => done?.(toOTError(error)),
      );
    return this;
  }

  /** Destroys the publisher: unpublishes (`streamDestroyed`, reason `'reset'`), stops its tracks, emits `destroyed`, removes all handlers. */
  destroy(): this {
    this.ctx.record('publisher', 'destroy', []);
    this.destroyWith(undefined);
    return this;
  }

  /** The current audio track. */
  getAudioSource(): MediaStreamTrack | null {
    return this.micTrack;
  }

  /** The current video source. */
  getVideoSource(): VideoSourceInfo {
    return { deviceId: this.videoDeviceId, type: this.videoKind, track: this.cameraTrack };
  }

  /** Switches the microphone (device ID) or uses the given audio track. */
  async setAudioSource(source: string | MediaStreamTrack): Promise<void> {
    this.ctx.record('publisher', 'setAudioSource', [source]);
    if (this.state !== 'ready' || !this.localStream) throw otError('OT_NOT_SUPPORTED', 'The publisher has no audio source to change.');
    if (!this.micTrack) throw otError('OT_NOT_SUPPORTED', 'Cannot set the audio source of a publisher that has no audio.');
    const next =
      typeof source === 'string'
        ? (await navigator.mediaDevices.getUserMedia({ audio: { deviceId: { exact: source } } })).getAudioTracks()[0]
        : source;
    if (!next) throw otError('OT_INVALID_PARAMETER', 'No audio track for that source.');
    if (this.state !== 'ready') {
      next.stop();
      return;
    }
    this.ctx.tracks.add(next);
    const old = this.micTrack;
    this.localStream.removeTrack(old);
    old.stop();
    next.enabled = this.props.publishAudio;
    this.localStream.addTrack(next);
    this.micTrack = next;
    this.meter?.dispose();
    this.meter = createLevelMeter(this.ctx.audio, next);
    this.rebindVideo();
    if (this.record) this.ctx.cloud.tracksChanged(this.record);
  }

  /** Switches the camera to another video input device. */
  async setVideoSource(deviceId: string): Promise<void> {
    this.ctx.record('publisher', 'setVideoSource', [deviceId]);
    if (typeof deviceId !== 'string') throw otError('OT_INVALID_VIDEO_SOURCE', 'Invalid video source. Video source must be a valid video input deviceId');
    if (this.videoKind !== 'camera') throw otError('OT_SET_VIDEO_SOURCE_FAILURE', 'You cannot reset the video source on a publisher that does not use a camera input.');
    this.videoDeviceId = deviceId;
    await (this.videoWork = this.videoWork.then(() => this.applyVideoState(true)));
  }

  /** Applies a background effect; rejects like the SDK where media processors are unsupported. */
  async applyVideoFilter(filter: VideoFilter): Promise<void> {
    this.ctx.record('publisher', 'applyVideoFilter', [filter]);
    this.requireMediaProcessor();
    this.videoFilter = filter;
  }

  async clearVideoFilter(): Promise<void> {
    this.ctx.record('publisher', 'clearVideoFilter', []);
    this.videoFilter = null;
  }

  getVideoFilter(): VideoFilter | null {
    return this.videoFilter;
  }

  /** Applies advanced noise suppression (recorded). */
  async applyAudioFilter(filter: AudioFilter): Promise<void> {
    this.ctx.record('publisher', 'applyAudioFilter', [filter]);
    this.requireMediaProcessor();
    this.audioFilter = filter;
  }

  async clearAudioFilter(): Promise<void> {
    this.ctx.record('publisher', 'clearAudioFilter', []);
    this.audioFilter = null;
  }

  getAudioFilter(): AudioFilter | null {
    return this.audioFilter;
  }

  private requireMediaProcessor(): void {
    if (!this.ctx.mediaProcessorSupport) throw otError('OT_NOT_SUPPORTED', 'Media processors are not supported in this browser.');
  }

  /** Width of the local video, once known. */
  videoWidth(): number | undefined {
    return this.video?.videoWidth || undefined;
  }

  /** Height of the local video, once known. */
  videoHeight(): number | undefined {
    return this.video?.videoHeight || undefined;
  }

  /** A plain summary, so call records can be serialised. */
  toJSON(): object {
    return { type: 'Publisher', id: this.id, streamId: this.stream?.streamId, state: this.state };
  }

  // ---- StreamMedia (what subscribers of this publisher's stream receive) ----

  /** @internal */
  get audioTrack(): MediaStreamTrack | null {
    return this.micTrack;
  }

  /** @internal */
  get videoTrack(): MediaStreamTrack | null {
    return this.cameraTrack ?? this.black?.track ?? null;
  }

  /** @internal */
  audioLevel(): number {
    return this.props.publishAudio && this.meter ? this.meter.level() : 0;
  }

  // ---- Internal: used by sessions and the simulator ----

  /** @internal Publishes to `session` once media is ready. */
  _publishTo(session: SimSession, done: OTCallback): void {
    if (this.state === 'destroyed') {
      done(otError('OT_INVALID_PARAMETER', 'The publisher has been destroyed.', ErrorCodes.UNABLE_TO_PUBLISH));
      return;
    }
    if (this.session) {
      console.warn('[ot-simulator] This publisher is already publishing to the session. If you want to republish, please unpublish first.');
      if (this.session === session && this.record) done(undefined);
      return;
    }
    this.session = session;
    session._addPublisher(this);
    const start = () => {
      this.pendingPublish = null;
      if (this.session !== session) return;
      const failure = this.failure;
      if (failure) {
        this.session = undefined;
        session._removePublisher(this);
        done(failure);
        return;
      }
      const cancel = this.ctx.timers.timeout(() => this.completePublish(session, done), LATENCY_MS);
      this.pendingPublish = { session, done, cancel };
    };
    const pending = { session, done, cancel: () => undefined };
    this.pendingPublish = pending;
    if (this.state === 'acquiring') {
      this.readyWaiters.push(start);
      pending.cancel = () => {
        this.readyWaiters = this.readyWaiters.filter((waiter) => waiter !== start);
      };
    } else {
      start();
    }
  }

  /**
   * @internal Stops publishing with `reason`: emits cancelable `streamDestroyed`; its default
   * action destroys the publisher (not for `'reset'`, which comes from destroy itself).
   */
  _unpublish(reason: string): void {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    session._removePublisher(this);
    const pending = this.pendingPublish;
    this.pendingPublish = null;
    if (pending) {
      pending.cancel();
      pending.done(
        otError('OT_CANCEL', reason === 'unpublished' ? 'The publisher was unpublished before it could be published' : `The publisher was destroyed due to ${reason}`),
      );
    }
    const record = this.record;
    this.record = null;
    if (!record) {
      if (reason !== 'reset' && this.state !== 'destroyed') this.destroyWith(undefined);
      return;
    }
    this.ctx.cloud.removeStream(record.streamId, 'clientDisconnected');
    const event = createEvent('streamDestroyed', this, { stream: this.stream!, reason }, true);
    this._emit(event);
    if (!event.isDefaultPrevented() && reason !== 'reset') this.destroyWith(undefined);
  }

  /**
   * Like the SDK: `mediaStopped` with the track; once a screen capture has ended the publisher
   * is unpublished (reason `'mediaStopped'`) and, by default, destroyed.
   */
  private mediaEnded(track: MediaStreamTrack): void {
    if (this.state === 'destroyed') return;
    const event = createEvent('mediaStopped', this, { track }, true);
    this._emit(event);
    if (event.isDefaultPrevented() || this.videoKind !== 'screen' || track.kind !== 'video') return;
    if (this.session) this._unpublish('mediaStopped');
    else this.destroyWith(undefined);
  }

  /** @internal The session disconnected (its cloud records are already gone). */
  _sessionGone(session: SimSession, reason: string): void {
    if (this.session !== session) return;
    this._unpublish(reason);
  }

  /** @internal Stops media and timers without events (simulator reset). */
  _discard(): void {
    this.state = 'destroyed';
    this.pendingPublish?.cancel();
    this.pendingPublish = null;
    this.session = undefined;
    this.record = null;
    this.releaseMedia();
    this.ctx.publishers.delete(this);
  }

  // ---- Private ----

  private validate(target: HTMLElement | string | undefined): SimOTError | null {
    const { audioSource, videoSource } = this.props;
    if (this.props.insertDefaultUI === false && target) {
      return otError('OT_INVALID_PARAMETER', 'You cannot specify a target element if insertDefaultUI is false', ErrorCodes.INVALID_PARAMETER);
    }
    if ((audioSource === null || audioSource === false) && (videoSource === null || videoSource === false)) {
      return otError('OT_INVALID_PARAMETER', 'You cannot specify both audioSource and videoSource as null or false', ErrorCodes.INVALID_PARAMETER);
    }
    return null;
  }

  private async acquire(target: HTMLElement | string | undefined, done: OTCallback): Promise<void> {
    let stream: MediaStream;
    try {
      // Like getUserMedia, never synchronous: handlers attached after initPublisher() returns still run.
      await Promise.resolve();
      const denial = this.ctx.mediaDenial;
      if (denial === 'denied') throw domError('NotAllowedError', 'Permission denied');
      if (denial === 'unavailable') throw domError('NotReadableError', 'Could not start video source');
      stream = await this.obtainMedia();
    } catch (error) {
      if (this.state === 'destroyed') return;
      this.fail(publisherMediaError(errorName(error), errorMessage(error)), done);
      return;
    }
    if (this.state === 'destroyed') {
      // Destroyed while the browser was still granting access; the SDK's callback is gone with its handlers.
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    this.localStream = stream;
    this.micTrack = stream.getAudioTracks()[0] ?? null;
    this.cameraTrack = stream.getVideoTracks()[0] ?? null;
    for (const track of stream.getTracks()) {
      this.ctx.tracks.add(track);
      // 'ended' fires only when the browser stops a track (the "Stop sharing" bar, an unplugged device).
      track.addEventListener('ended', () => this.mediaEnded(track), { once: true });
    }
    if (this.micTrack) this.micTrack.enabled = this.props.publishAudio;
    this.accessAllowed = true;
    this._emit(createEvent('accessAllowed', this));
    if (this.state !== 'acquiring') return;
    if (!this.props.publishVideo) await this.applyVideoState();
    if (this.state !== 'acquiring') return;
    this.meter = createLevelMeter(this.ctx.audio, this.micTrack);
    this.stopLevelTimer = this.ctx.timers.interval(() => this.emitAudioLevel(), this.ctx.options.audioLevelIntervalMs);
    this.video = createVideoElement(stream, true);
    this._emit(createEvent('mediaStreamAvailable', this, { mediaStream: stream }));
    if (this.props.insertDefaultUI) this.element = insertDefaultUI(this.video, target, 'OT_publisher');
    this._emit(createEvent('videoElementCreated', this, { element: this.video }));
    if (this.state !== 'acquiring') return;
    this.state = 'ready';
    done(undefined);
    this.flushReadyWaiters();
  }

  private async obtainMedia(): Promise<MediaStream> {
    const { audioSource, videoSource } = this.props;
    const wantsAudio = audioSource !== null && audioSource !== false;
    const wantsVideo = videoSource !== null && videoSource !== false;
    const customAudio = isTrack(audioSource) ? audioSource : null;
    const customVideo = isTrack(videoSource) ? videoSource : null;
    const tracks: MediaStreamTrack[] = [];
    if (customAudio) tracks.push(customAudio);
    if (customVideo) {
      tracks.push(customVideo);
      this.videoKind = 'custom';
    }
    if (wantsVideo && !customVideo && typeof videoSource === 'string' && SCREEN_SOURCES.has(videoSource)) {
      const screen = await navigator.mediaDevices.getDisplayMedia({ video: true });
      tracks.push(...screen.getVideoTracks());
      this.videoKind = 'screen';
    }
    const audio: MediaTrackConstraints | boolean =
      wantsAudio && !customAudio ? (typeof audioSource === 'string' ? { deviceId: { exact: audioSource } } : true) : false;
    const cameraWanted = wantsVideo && !customVideo && this.videoKind !== 'screen';
    const video: MediaTrackConstraints | boolean = cameraWanted ? this.cameraConstraints(typeof videoSource === 'string' ? videoSource : null) : false;
    if (audio || video) {
      try {
        const media = await navigator.mediaDevices.getUserMedia({ audio, video });
        tracks.push(...media.getTracks());
      } catch (error) {
        // Do not leave screen capture running when the microphone/camera fails.
        for (const track of tracks) if (track !== customAudio && track !== customVideo) track.stop();
        throw error;
      }
    }
    if (cameraWanted) {
      this.videoKind = 'camera';
      const track = tracks.find((t) => t.kind === 'video');
      this.videoDeviceId = track?.getSettings().deviceId ?? (typeof videoSource === 'string' ? videoSource : null);
    }
    return new MediaStream(tracks);
  }

  private cameraConstraints(deviceId: string | null): MediaTrackConstraints {
    const constraints: MediaTrackConstraints = {};
    if (deviceId) constraints.deviceId = { exact: deviceId };
    const match = /^(\d+)x(\d+)$/.exec(this.props.resolution ?? '');
    if (match) {
      constraints.width = { ideal: Number(match[1]) };
      constraints.height = { ideal: Number(match[2]) };
    }
    return constraints;
  }

  private fail(error: SimOTError, done: OTCallback): void {
    this.state = 'failed';
    this.failure = error;
    if (error.name === 'OT_USER_MEDIA_ACCESS_DENIED') {
      // SDK order: the callback gets the error, then accessDenied (an exception-style event).
      done(error);
      this._emit(
        createEvent('accessDenied', this, {
          message: 'device permission denied while initializing',
          title: 'accessDenied',
          code: ErrorCodes.UNABLE_TO_PUBLISH,
        }),
      );
    } else {
      this.ctx.reportException(this, error);
      done(error);
    }
    this.flushReadyWaiters();
  }

  private flushReadyWaiters(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const waiter of waiters) waiter();
  }

  private completePublish(session: SimSession, done: OTCallback): void {
    this.pendingPublish = null;
    const connection = session._record;
    if (this.session !== session || this.state !== 'ready' || !connection) return;
    const dimensions = this.currentDimensions();
    const record: StreamRecord = {
      streamId: newId(),
      connection,
      creationTime: Date.now(),
      name: this.props.name,
      hasAudio: this.props.publishAudio && !!this.micTrack,
      hasVideo: this.props.publishVideo && this.hasVideoSource(),
      videoType: this.videoKind ?? undefined,
      videoDimensions: dimensions,
      frameRate: 30,
      media: this,
      observers: new Set(),
    };
    this.record = record;
    this.stream = session._viewStream(record);
    this.ctx.cloud.addStream(record);
    this._emit(createEvent('streamCreated', this, { stream: this.stream }));
    // The SDK passes null (not undefined) on success here.
    (done as unknown as (error: null, publisher: SimPublisher) => void)(null, this);
  }

  /** A method, so TypeScript does not narrow `state` across awaits. */
  private isDestroyed(): boolean {
    return this.state === 'destroyed';
  }

  private hasVideoSource(): boolean {
    return this.videoKind !== null;
  }

  private currentDimensions(): OTDimensions {
    const settings = (this.cameraTrack ?? this.black?.track)?.getSettings();
    return settings?.width && settings.height ? { width: settings.width, height: settings.height } : { ...DEFAULT_DIMENSIONS };
  }

  /**
   * Makes the video track match `publishVideo`: a camera is released (black canvas instead) while
   * off and reacquired when on; screen and custom tracks are only disabled.
   */
  private async applyVideoState(forceNewCamera = false): Promise<void> {
    const stream = this.localStream;
    if (!stream || this.state === 'destroyed' || this.state === 'failed') return;
    const on = this.props.publishVideo;
    if (this.videoKind !== 'camera') {
      if (this.cameraTrack) this.cameraTrack.enabled = on;
      return;
    }
    if (!on) {
      if (!this.cameraTrack) return;
      const { width, height } = this.currentDimensions();
      const old = this.cameraTrack;
      this.black = new BlackVideo(width, height, this.ctx.timers);
      this.ctx.tracks.add(this.black.track);
      stream.removeTrack(old);
      old.stop();
      this.cameraTrack = null;
      if (this.black.track) stream.addTrack(this.black.track);
    } else {
      if (this.cameraTrack && !forceNewCamera) return;
      const media = await navigator.mediaDevices.getUserMedia({ video: this.cameraConstraints(this.videoDeviceId) });
      const next = media.getVideoTracks()[0];
      if (!next) return;
      if (this.isDestroyed() || !this.props.publishVideo) {
        next.stop();
        return;
      }
      this.ctx.tracks.add(next);
      if (this.cameraTrack) {
        stream.removeTrack(this.cameraTrack);
        this.cameraTrack.stop();
      }
      if (this.black) {
        if (this.black.track) stream.removeTrack(this.black.track);
        this.black.stop();
        this.black = null;
      }
      next.enabled = this.props.publishVideo;
      stream.addTrack(next);
      this.cameraTrack = next;
    }
    this.rebindVideo();
    if (this.record) this.ctx.cloud.tracksChanged(this.record);
  }

  private rebindVideo(): void {
    if (!this.video || !this.localStream) return;
    this.video.srcObject = this.localStream;
    void this.video.play().catch(() => undefined);
  }

  private emitAudioLevel(): void {
    if (this.listenerCount('audioLevelUpdated') === 0) return;
    this._emit(createEvent('audioLevelUpdated', this, { audioLevel: this.audioLevel() }));
  }

  private destroyWith(reason: string | undefined): void {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    this.readyWaiters = [];
    if (this.session) this._unpublish('reset');
    this.releaseMedia();
    this.ctx.publishers.delete(this);
    this._emit(createEvent('destroyed', this, { reason }));
    // The SDK removes every handler of a destroyed publisher.
    this.off();
  }

  private releaseMedia(): void {
    this.stopLevelTimer?.();
    this.stopLevelTimer = null;
    this.meter?.dispose();
    this.meter = null;
    // The SDK stops every track of its MediaStream, custom tracks included.
    for (const track of this.localStream?.getTracks() ?? []) track.stop();
    this.black?.stop();
    this.black = null;
    this.cameraTrack = null;
    this.micTrack = null;
    this.localStream = null;
    if (this.video) {
      this.video.srcObject = null;
      this.video.remove();
      this.video = null;
    }
    this.element?.remove();
    this.element = undefined;
  }
}

/** A `<video>` like the SDK's: autoplay, playsinline, muted for the local preview; resumes when moved in the DOM. */
export function createVideoElement(stream: MediaStream, muted: boolean): HTMLVideoElement {
  const video = document.createElement('video');
  video.autoplay = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.muted = muted;
  if (muted) video.setAttribute('muted', '');
  video.srcObject = stream;
  // Moving an element pauses it; the SDK resumes playback in that case.
  video.addEventListener('pause', () => {
    if (video.srcObject) void video.play().catch(() => undefined);
  });
  void video.play().catch(() => undefined);
  return video;
}

/** The SDK's default UI: a container in place of the target (or appended to body). */
export function insertDefaultUI(video: HTMLVideoElement, target: HTMLElement | string | undefined, className: string): HTMLElement {
  const container = document.createElement('div');
  container.className = className;
  container.style.width = '264px';
  container.style.height = '198px';
  video.style.width = '100%';
  video.style.height = '100%';
  video.style.objectFit = 'cover';
  container.appendChild(video);
  const element = typeof target === 'string' ? document.getElementById(target) : target;
  if (element?.parentNode) element.replaceWith(container);
  else document.body.appendChild(container);
  return container;
}

function isTrack(value: unknown): value is MediaStreamTrack {
  return typeof MediaStreamTrack !== 'undefined' && value instanceof MediaStreamTrack;
}

function domError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

function errorMessage(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}

function toOTError(error: unknown): SimOTError {
  const name = errorName(error);
  if (name.startsWith('OT_')) return error as SimOTError;
  return publisherMediaError(name, errorMessage(error));
}
