/**
 * The simulator's `Publisher`: its SDK methods and events in the SDK's order (`accessAllowed` →
 * `videoElementCreated` → callback; `streamCreated` → publish callback; `streamDestroyed` →
 * `destroyed`). Its tracks live in `PublisherMedia`.
 */
import type { OTCallback, OTPublisherStatsContainer, PublisherProperties } from '../sdk/types.js';
import type { StreamRecord } from './cloud.js';
import type { PublisherReport, SimContext } from './context.js';
import { ErrorCodes, errorMessage, errorName, otError, publisherMediaError, toOTError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import { newId } from './ids.js';
import { answerStats } from './network-links.js';
import { PublisherMedia, invalidProperties } from './publisher-media.js';
import { Publication } from './publisher-publish.js';
import { PublisherSources } from './publisher-sources.js';
import type { SimSession } from './session.js';
import { createVideoElement, insertDefaultUI } from './video-element.js';
import type { SimStream } from './views.js';

export type { VideoSourceInfo } from './publisher-media.js';

type PublisherState = 'acquiring' | 'ready' | 'failed' | 'destroyed';

/** A publisher, as `OT.initPublisher` returns it. */
export class SimPublisher extends PublisherSources {
  /** A unique id for this publisher. */
  readonly id: string = newId();
  /** The published stream, set from `streamCreated` on. (Like the SDK, it is kept after unpublishing.) */
  stream?: SimStream;
  /** The default UI container when `insertDefaultUI` is not `false`. */
  element?: HTMLElement;
  /** Whether camera/microphone access was granted. */
  accessAllowed = false;

  private state: PublisherState = 'acquiring';
  private failure: SimOTError | null = null;
  private readonly props: Required<Pick<PublisherProperties, 'publishAudio' | 'publishVideo' | 'insertDefaultUI' | 'name'>> &
    PublisherProperties;
  /** @internal Its tracks; also what subscribers of its stream receive. */
  readonly _media: PublisherMedia;
  private video: HTMLVideoElement | null = null;
  private stopLevelTimer: (() => void) | null = null;
  private readyWaiters: Array<() => void> = [];
  private readonly publication: Publication;
  private videoWork: Promise<void> = Promise.resolve();

  /** @internal Created by `OT.initPublisher`. */
  constructor(
    ctx: SimContext,
    target: HTMLElement | string | undefined,
    properties: PublisherProperties,
    callback: OTCallback | undefined,
  ) {
    super(ctx);
    this.props = {
      ...properties,
      publishAudio: properties.publishAudio !== false,
      publishVideo: properties.publishVideo !== false,
      insertDefaultUI: properties.insertDefaultUI !== false,
      name: properties.name ?? '',
    };
    this._media = new PublisherMedia(ctx, {
      props: this.props,
      alive: () => this.state !== 'destroyed' && this.state !== 'failed',
      tracksChanged: () => {
        this.rebindVideo();
        if (this.publication.record) this.ctx.cloud.tracksChanged(this.publication.record);
      },
      trackEnded: (track) => this.mediaEnded(track),
    });
    this.publication = new Publication(ctx, this, {
      stage: () => this.state,
      failure: () => this.failure,
      whenMediaSettled: (start) => {
        this.readyWaiters.push(start);
        return () => {
          this.readyWaiters = this.readyWaiters.filter((waiter) => waiter !== start);
        };
      },
      published: (stream) => this._emit(createEvent('streamCreated', this, { stream })),
      publisherFallback: () => this.props.audioFallback?.publisher === true,
    });
    ctx.publishers.add(this);
    const done = typeof callback === 'function' ? callback : () => undefined;
    const invalid = invalidProperties(this.props, target);
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

  /** The session this publisher is published (or publishing) to. */
  get session(): SimSession | undefined {
    return this.publication.session;
  }

  /** Starts or stops sending audio: the track is disabled (not stopped); others get `streamPropertyChanged`. */
  publishAudio(value: boolean): this {
    this.ctx.record('publisher', 'publishAudio', [value]);
    this.setAudio(value);
    return this;
  }

  /**
   * Starts or stops sending captions (Live Captions): the stream's `hasCaptions` changes (others get
   * `streamPropertyChanged`); before the stream exists it applies when publishing.
   */
  publishCaptions(value: boolean): Promise<void> {
    this.ctx.record('publisher', 'publishCaptions', [value]);
    this.props.publishCaptions = value === true;
    const record = this.publication.record;
    if (record) this.ctx.cloud.updateStream(record, 'hasCaptions', value === true);
    return Promise.resolve();
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
    const record = this.publication.record;
    if (record) this.ctx.cloud.updateStream(record, 'hasVideo', value && this._media.hasVideoSource());
    if (this.state !== 'ready') {
      if (done) this.ctx.timers.timeout(() => done(undefined));
      return this;
    }
    this.videoWork = this.videoWork
      .then(() => this._media.applyVideoState())
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

  /** Switches the microphone (device ID) or uses the given audio track. */
  async setAudioSource(source: string | MediaStreamTrack): Promise<void> {
    this.ctx.record('publisher', 'setAudioSource', [source]);
    if (this.state !== 'ready' || !this._media.stream) throw otError('OT_NOT_SUPPORTED', 'The publisher has no audio source to change.');
    await this._media.replaceMic(source);
  }

  /** Switches the camera to another video input device. */
  async setVideoSource(deviceId: string): Promise<void> {
    this.ctx.record('publisher', 'setVideoSource', [deviceId]);
    if (typeof deviceId !== 'string') throw otError('OT_INVALID_VIDEO_SOURCE', 'Invalid video source. Video source must be a valid video input deviceId');
    if (this._media.kind !== 'camera') throw otError('OT_SET_VIDEO_SOURCE_FAILURE', 'You cannot reset the video source on a publisher that does not use a camera input.');
    this._media.deviceId = deviceId;
    await (this.videoWork = this.videoWork.then(() => this._media.applyVideoState(true)));
  }

  /** The SDK's stats (see `setLocalNetworkQuality`): one routed-session entry, `[]` while not published. */
  getStats(callback?: (error: SimOTError | null, stats?: OTPublisherStatsContainer[]) => void): Promise<OTPublisherStatsContainer[]> {
    this.ctx.record('publisher', 'getStats', [callback]);
    return answerStats(() => this.publication.link.stats(), callback);
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
    return { type: 'Publisher', id: this.id, streamId: this.stream?.streamId, state: this.state, publishCaptions: this.props.publishCaptions === true };
  }

  // ---- Internal: used by sessions and the simulator ----

  /** @internal The stream record while published, else null. */
  get _publishedRecord(): StreamRecord | null {
    return this.publication.record;
  }

  /** @internal What it sends now (for `Simulator.publishers()`). */
  _report(): PublisherReport {
    const { publishAudio, publishVideo, publishCaptions } = this.props;
    return { id: this.id, streamId: this.publication.record?.streamId ?? null, sessionId: this.session?.sessionId ?? null, publishAudio, publishVideo, publishCaptions: publishCaptions === true };
  }

  /**
   * @internal A moderator muted it (or it publishes into a muted session), as the SDK's
   * `forceMuteAudio`: audio off, `muteForced` here, then others see `hasAudio` false.
   */
  _forceMuteAudio(): void {
    if (this.state !== 'destroyed') this.setAudio(false, () => this._emit(createEvent('muteForced', this)));
  }

  /** @internal Publishes to `session` once media is ready. */
  _publishTo(session: SimSession, done: OTCallback): void {
    this.publication.start(session, done);
  }

  /**
   * @internal Stops publishing with `reason`: emits cancelable `streamDestroyed`; its default
   * action destroys the publisher (not for `'reset'`, which comes from destroy itself).
   */
  _unpublish(reason: string): void {
    if (!this.publication.session) return;
    const record = this.publication.stop(reason);
    if (!record) {
      if (reason !== 'reset' && this.state !== 'destroyed') this.destroyWith(undefined);
      return;
    }
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
    if (event.isDefaultPrevented() || this._media.kind !== 'screen' || track.kind !== 'video') return;
    if (this.session) this._unpublish('mediaStopped');
    else this.destroyWith(undefined);
  }

  /** @internal The session disconnected (its cloud records are already gone). */
  _sessionGone(session: SimSession, reason: string): void {
    if (this.session !== session) return;
    this._unpublish(reason);
  }

  /** @internal The local uplink's quality changed (`setLocalNetworkQuality`). */
  _networkQualityChanged(): void {
    if (this.state !== 'destroyed') this.publication.link.qualityChanged();
  }

  /** @internal Stops media and timers without events (simulator reset). */
  _discard(): void {
    this.state = 'destroyed';
    this.publication.discard();
    this.releaseMedia();
    this.ctx.publishers.delete(this);
  }

  // ---- Private ----

  private async acquire(target: HTMLElement | string | undefined, done: OTCallback): Promise<void> {
    let stream: MediaStream;
    try {
      // Like getUserMedia, never synchronous: handlers attached after initPublisher() returns still run.
      await Promise.resolve();
      stream = await this._media.capture();
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
    this._media.adopt(stream);
    this.accessAllowed = true;
    this._emit(createEvent('accessAllowed', this));
    if (this.state !== 'acquiring') return;
    if (!this.props.publishVideo) await this._media.applyVideoState();
    if (this.state !== 'acquiring') return;
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

  /** Turns the microphone track on/off, then (`between`) tells the published stream's receivers. */
  private setAudio(value: boolean, between?: () => void): void {
    this.props.publishAudio = value;
    const mic = this._media.mic;
    if (mic) mic.enabled = value;
    between?.();
    const record = this.publication.record;
    if (record) this.ctx.cloud.updateStream(record, 'hasAudio', value && !!mic);
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

  private rebindVideo(): void {
    const stream = this._media.stream;
    if (!this.video || !stream) return;
    this.video.srcObject = stream;
    void this.video.play().catch(() => undefined);
  }

  private emitAudioLevel(): void {
    if (this.listenerCount('audioLevelUpdated') === 0) return;
    this._emit(createEvent('audioLevelUpdated', this, { audioLevel: this._media.audioLevel() }));
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
    this._media.release();
    if (this.video) {
      this.video.srcObject = null;
      this.video.remove();
      this.video = null;
    }
    this.element?.remove();
    this.element = undefined;
  }
}
