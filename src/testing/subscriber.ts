/**
 * The simulator's `Subscriber`: plays clones of the publishing side's tracks (so stopping one
 * subscriber never affects another), follows mute changes with the SDK's events, and reports
 * audio levels periodically.
 */
import type { OTCallback, OTDimensions, OTSubscriberStats, SubscriberEventMap, SubscriberProperties } from '../sdk/types.js';
import { SubscriberCaptions } from './captions.js';
import type { StreamProperty, StreamRecord } from './cloud.js';
import { LATENCY_MS, type SimContext, type SubscriberReport } from './context.js';
import { Emitter } from './emitter.js';
import { ErrorCodes, otError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import { newId } from './ids.js';
import { SubscriberLink, answerStats, type SubscriberLinkHost } from './network-links.js';
import { cloneTrack, isCloneOf } from './tracks.js';
import { createVideoElement, insertDefaultUI } from './video-element.js';
import type { SimSession } from './session.js';
import type { SimStream } from './views.js';

type SubscriberState = 'subscribing' | 'connected' | 'failed' | 'ended' | 'destroyed';

/**
 * A subscriber, as `session.subscribe` returns it. (It watches its stream's record as a
 * `StreamObserver`, structurally: the observer methods are internal, so no `implements` clause
 * would survive in the public typings.)
 */
export class SimSubscriber extends Emitter<SubscriberEventMap> {
  /** A unique id for this subscriber. */
  readonly id: string = newId();
  /** The stream subscribed to; `undefined` once destroyed. */
  stream?: SimStream;
  /** The subscribed stream's ID (kept after destroy, for bookkeeping). */
  readonly streamId: string;
  /** The session this subscriber belongs to; `undefined` once destroyed. */
  session?: SimSession;
  /** The default UI container when `insertDefaultUI` is not `false`. */
  element?: HTMLElement;

  private state: SubscriberState = 'subscribing';
  private preferredResolution: OTDimensions | null = null;
  private preferredFrameRate: number | null = null;
  private audioWanted: boolean;
  private videoWanted: boolean;
  private audioClone: MediaStreamTrack | null = null;
  private videoClone: MediaStreamTrack | null = null;
  private mediaStream: MediaStream | null = null;
  private video: HTMLVideoElement | null = null;
  private cancelStart: (() => void) | null;
  private stopLevelTimer: (() => void) | null = null;
  private pendingDone: OTCallback | null;
  private interrupted = false;
  private link: SubscriberLink | null = null;
  private readonly captions: SubscriberCaptions;

  /** @internal Created by `session.subscribe`. */
  constructor(
    private readonly ctx: SimContext,
    session: SimSession,
    view: SimStream,
    private readonly record: StreamRecord | undefined,
    private readonly target: HTMLElement | string | undefined,
    private readonly props: SubscriberProperties,
    done: OTCallback,
  ) {
    super(ctx.listeners);
    this.session = session;
    this.stream = view;
    this.streamId = view.streamId;
    this.audioWanted = props.subscribeToAudio !== false;
    this.videoWanted = props.subscribeToVideo !== false;
    this.pendingDone = done;
    this.cancelStart = ctx.timers.timeout(() => this.start(), LATENCY_MS);
    // As the SDK: captions default to whether the stream has them; its session's captions reach it from now on.
    this.captions = new SubscriberCaptions(ctx, this, session, props.subscribeToCaptions ?? record?.hasCaptions ?? false);
    ctx.subscribers.add(this);
  }

  /** @internal The autoplay policy blocks (or stops blocking) this subscriber's audio. */
  _setAudioBlocked(blocked: boolean): void {
    if (this.state !== 'connected') return;
    this._emit(createEvent(blocked ? 'audioBlocked' : 'audioUnblocked', this));
  }

  /** @internal What this subscriber asks for now (for `Simulator.subscribers()`). */
  _report(): SubscriberReport {
    const { streamId, videoWanted: subscribeToVideo, audioWanted: subscribeToAudio, preferredResolution, preferredFrameRate } = this;
    return { streamId, subscribeToVideo, subscribeToAudio, subscribeToCaptions: this.captions.wanted, preferredResolution, preferredFrameRate };
  }

  // ---- Public SDK API ----

  /** Starts or stops receiving audio (the received track is enabled/disabled). */
  subscribeToAudio(value: boolean): this {
    this.ctx.record('subscriber', 'subscribeToAudio', [value], this.streamId);
    this.link?.settle();
    this.audioWanted = value !== false;
    this.applyEnabled();
    return this;
  }

  /** Starts or stops receiving video; emits `videoEnabled`/`videoDisabled` with reason `'subscribeToVideo'`. */
  subscribeToVideo(value: boolean): this {
    this.ctx.record('subscriber', 'subscribeToVideo', [value], this.streamId);
    this.link?.videoChosen();
    this.videoWanted = value !== false;
    this.applyEnabled();
    if (this.state === 'connected') {
      this._emit(createEvent(this.videoWanted ? 'videoEnabled' : 'videoDisabled', this, { reason: 'subscribeToVideo' }));
      this.link?.qualityChanged(); // still poor: the SDK's fallback drops the video again
    }
    return this;
  }

  /** Starts or stops receiving captions (`captionReceived`, see `sim.caption()`); resolves once the server has it (see `SubscriberCaptions.set`). */
  subscribeToCaptions(value: boolean): Promise<void> {
    this.ctx.record('subscriber', 'subscribeToCaptions', [value], this.streamId);
    return this.captions.set(value);
  }

  /** Whether it receives captions: `subscribeToCaptions` as last set, else the stream's `hasCaptions` when subscribing. */
  isSubscribedToCaptions(): boolean {
    return this.captions.wanted;
  }

  /** Asks for a resolution (a hint in the real SDK; recorded here). */
  setPreferredResolution(resolution: OTDimensions | null): Promise<void> {
    this.ctx.record('subscriber', 'setPreferredResolution', [resolution], this.streamId);
    this.preferredResolution = resolution ? { width: resolution.width, height: resolution.height } : null;
    return Promise.resolve();
  }

  /** Asks for a frame rate (a hint in the real SDK; recorded here). */
  setPreferredFrameRate(frameRate: number | null): Promise<void> {
    this.ctx.record('subscriber', 'setPreferredFrameRate', [frameRate], this.streamId);
    this.preferredFrameRate = frameRate;
    return Promise.resolve();
  }

  /** Restricts the frame rate (recorded only). */
  restrictFrameRate(value: boolean): this {
    this.ctx.record('subscriber', 'restrictFrameRate', [value], this.streamId);
    return this;
  }

  /** Volume 0..100 of the subscriber's element. */
  getAudioVolume(): number {
    return this.video ? Math.round(this.video.volume * 100) : 100;
  }

  /** Sets the volume (0..100). */
  setAudioVolume(value: number): this {
    this.ctx.record('subscriber', 'setAudioVolume', [value]);
    if (this.video) this.video.volume = Math.min(1, Math.max(0, value / 100));
    return this;
  }

  /**
   * The SDK's stats, following the link's quality (`setNetworkQuality`): cumulative packets and
   * bytes since subscribing. Calls back `(error, stats)` and returns a Promise, as SDK 2.35; before
   * connecting or once ended: `OT_PEER_CONNECTION_NOT_CONNECTED` (1015).
   */
  getStats(callback?: (error: SimOTError | null, stats?: OTSubscriberStats) => void): Promise<OTSubscriberStats> {
    this.ctx.record('subscriber', 'getStats', [callback], this.streamId);
    return answerStats(() => (this.state === 'connected' && this.link ? this.link.stats() : null), callback);
  }

  /** @internal The quality of its stream's link may have changed (`setNetworkQuality`). */
  _networkQualityChanged(): void {
    if (this.state === 'connected') this.link?.qualityChanged();
  }

  /** Autoplay never blocks audio in the simulator. */
  isAudioBlocked(): boolean {
    return false;
  }

  /** Width of the received video, once known. */
  videoWidth(): number | undefined {
    return this.video?.videoWidth || undefined;
  }

  /** Height of the received video, once known. */
  videoHeight(): number | undefined {
    return this.video?.videoHeight || undefined;
  }

  /** A plain summary, so call records can be serialised. */
  toJSON(): object {
    return { type: 'Subscriber', id: this.id, streamId: this.streamId, state: this.state };
  }

  // ---- StreamObserver ----

  /** @internal Its stream's audio/video changed: follow it, with `videoEnabled`/`videoDisabled` (reason `'publishVideo'`). */
  streamPropertyChanged(_record: StreamRecord, property: StreamProperty, _oldValue: unknown, newValue: unknown): void {
    this.applyEnabled();
    if (property === 'hasVideo' && this.state === 'connected') {
      this._emit(createEvent(newValue ? 'videoEnabled' : 'videoDisabled', this, { reason: 'publishVideo' }));
    }
  }

  /** @internal The publishing side replaced a track: receive the new one. */
  streamTracksChanged(record: StreamRecord): void {
    if (this.state !== 'connected' || !this.mediaStream) return;
    const stream = this.mediaStream;
    const swap = (old: MediaStreamTrack | null, source: MediaStreamTrack | null): MediaStreamTrack | null => {
      if (old && source && isCloneOf(old, source)) return old;
      if (old) {
        stream.removeTrack(old);
        old.stop();
      }
      const clone = cloneTrack(this.ctx.tracks, source);
      if (clone) stream.addTrack(clone);
      return clone;
    };
    this.audioClone = swap(this.audioClone, record.media.audioTrack);
    this.videoClone = swap(this.videoClone, record.media.videoTrack);
    this.applyEnabled();
    if (this.video) {
      this.video.srcObject = stream;
      void this.video.play().catch(() => undefined);
    }
  }

  // ---- Internal: used by sessions and the simulator ----

  /** @internal The network dropped: the stream is interrupted. */
  _interrupted(): void {
    if (this.state !== 'connected' || this.interrupted) return;
    this.link?.settle();
    this.interrupted = true;
    this._emit(createEvent('disconnected', this));
  }

  /** @internal The network is back. */
  _resumed(): void {
    if (this.state !== 'connected' || !this.interrupted) return;
    this.link?.settle();
    this.interrupted = false;
    this._emit(createEvent('connected', this));
  }

  /** @internal The stream or session went away: stop media (the SDK does this even when destroy is prevented). */
  _mediaGone(): void {
    if (this.state === 'destroyed' || this.state === 'ended') return;
    const wasSubscribing = this.state === 'subscribing';
    this.state = 'ended';
    this.releaseMedia();
    if (wasSubscribing) this.settle(otError('OT_STREAM_DESTROYED', 'Stream was destroyed before it could be subscribed to', ErrorCodes.UNABLE_TO_SUBSCRIBE));
  }

  /** @internal Destroys the subscriber: emits `destroyed` with `reason`, then removes all handlers. */
  _destroy(reason: string): void {
    if (this.state === 'destroyed') return;
    if (reason === 'Unsubscribe') this.pendingDone = null;
    this._mediaGone();
    this.state = 'destroyed';
    this.captions.dispose();
    this.ctx.subscribers.delete(this);
    this.session?._removeSubscriber(this);
    this.element?.remove();
    this.element = undefined;
    this.stream = undefined;
    this.session = undefined;
    this._emit(createEvent('destroyed', this, { reason }));
    // The SDK removes every handler of a destroyed subscriber.
    this.off();
  }

  /** @internal Stops media and timers without events (simulator reset). */
  _discard(): void {
    this.pendingDone = null;
    this.state = 'destroyed';
    this.captions.dispose();
    this.ctx.subscribers.delete(this);
    this.releaseMedia();
    this.element?.remove();
  }

  // ---- Private ----

  private start(): void {
    this.cancelStart = null;
    if (this.state !== 'subscribing') return;
    const record = this.record;
    const session = this.session;
    if (!record || !session || !this.ctx.cloud.sees(session, record.connection.roomId)) {
      this.fail(otError('OT_STREAM_NOT_FOUND', "Couldn't subscribe to the stream because it was not found", ErrorCodes.UNABLE_TO_SUBSCRIBE));
      return;
    }
    if (!this.ctx.cloud.streams.has(record.streamId)) {
      this.fail(otError('OT_STREAM_DESTROYED', 'Stream was destroyed before it could be subscribed to', ErrorCodes.UNABLE_TO_SUBSCRIBE));
      return;
    }
    record.media.prepare?.();
    this.audioClone = cloneTrack(this.ctx.tracks, record.media.audioTrack);
    this.videoClone = cloneTrack(this.ctx.tracks, record.media.videoTrack);
    this.mediaStream = new MediaStream([this.videoClone, this.audioClone].filter((t): t is MediaStreamTrack => t !== null));
    record.observers.add(this);
    this.applyEnabled();
    // Not muted: the subscriber's element carries the remote audio.
    this.video = createVideoElement(this.mediaStream, false);
    if (this.props.insertDefaultUI !== false) this.element = insertDefaultUI(this.video, this.target, 'OT_subscriber');
    this.state = 'connected';
    this.link = new SubscriberLink(this.ctx, this.linkHost(record));
    this._emit(createEvent('videoElementCreated', this, { element: this.video }));
    if (this.state !== 'connected') return;
    this._emit(createEvent('connected', this));
    if (this.ctx.audioBlocked) this._setAudioBlocked(true);
    // A link that is already poor drops video right after connecting.
    if (this.state === 'connected') this.link.qualityChanged();
    if (this.state !== 'connected') return;
    this.stopLevelTimer = this.ctx.timers.interval(() => {
      this.emitAudioLevel();
      this.link?.tick();
    }, this.ctx.options.audioLevelIntervalMs);
    this.settle(null);
  }

  private fail(error: SimOTError): void {
    this.state = 'failed';
    if (this.session) this.ctx.reportException(this.session, error);
    this.settle(error);
  }

  private settle(error: SimOTError | null): void {
    const done = this.pendingDone;
    this.pendingDone = null;
    // The SDK calls back with (null, subscriber) on success.
    if (done) (done as (error: SimOTError | null, subscriber?: SimSubscriber) => void)(error, error ? undefined : this);
  }

  private applyEnabled(): void {
    const record = this.record;
    if (!record) return;
    if (this.audioClone) this.audioClone.enabled = this.audioWanted && record.hasAudio;
    if (this.videoClone) this.videoClone.enabled = this.videoWanted && record.hasVideo && !this.link?.paused;
  }

  private linkHost(record: StreamRecord): SubscriberLinkHost {
    return {
      record,
      connected: () => this.state === 'connected',
      receiving: () => this.state === 'connected' && !this.interrupted,
      audioWanted: () => this.audioWanted,
      videoWanted: () => this.videoWanted,
      applyEnabled: () => this.applyEnabled(),
      emit: (type, payload) => this._emit(createEvent(type, this, payload)),
    };
  }

  private emitAudioLevel(): void {
    if (this.state !== 'connected' || this.listenerCount('audioLevelUpdated') === 0 || !this.record) return;
    const audible = this.audioWanted && this.record.hasAudio && !this.interrupted;
    this._emit(createEvent('audioLevelUpdated', this, { audioLevel: audible ? this.record.media.audioLevel() : 0 }));
  }

  private releaseMedia(): void {
    this.cancelStart?.();
    this.cancelStart = null;
    this.stopLevelTimer?.();
    this.stopLevelTimer = null;
    this.record?.observers.delete(this);
    this.audioClone?.stop();
    this.videoClone?.stop();
    this.audioClone = null;
    this.videoClone = null;
    this.mediaStream = null;
    if (this.video) {
      // As the SDK's widget does: unbind and take the element out of wherever the app put it.
      this.video.srcObject = null;
      this.video.remove();
      this.video = null;
    }
  }
}
