import { VideoRoomError } from '../errors.js';
import { loadSdk } from '../sdk/loader.js';
import type { AudioFilter, OTNamespace, OTSession, VideoFilter } from '../sdk/types.js';
// Types only: the call itself (SDK objects, subscriptions, screen sharing, video quality) is a
// separate chunk, fetched on join alongside the token and the SDK.
import type { Call, PublisherSources } from './call.js';
import type { CallActions } from './call-actions.js';
import { mediaProcessorSupport } from './capabilities.js';
import type { TokenEndpointOptions, TokenProvider } from './credentials.js';
import { toVideoRoomError } from './errors.js';
import type { LeaveReason, RoomEventMap } from './events.js';
import { HandedTracks } from './handed-tracks.js';
import { rejoinTimeoutMs } from './rejoin-timeout.js';
import { effectiveMedia, emptyCall, initialState, isInCall, type RoomState } from './state.js';
import type { VideoTarget } from './video-quality.js';
import { loadCall, loadedCall } from './call-loader.js';
import { untilAborted } from './until-aborted.js';

/** The SDK's types, for the element's escape hatches (`sdk`, `session`); only the engine knows OT. */
export type { OTNamespace, OTSession, PublisherSources };

export interface JoinOptions {
  sdk?: OTNamespace;
  tokenProvider?: TokenProvider;
  endpoint: TokenEndpointOptions;
  room: string | undefined;
  displayName: string;
  /** Devices, tracks and effects for the camera publisher (for example from the pre-join screen). */
  sources?: PublisherSources;
  /** Join without camera and microphone (nothing is published until the user turns one on). */
  viewer?: boolean;
  /** The microphone and camera to start with (default: the start media set before). */
  media?: { audio: boolean; video: boolean };
  /** How long to keep rejoining after a network loss, in seconds (0: never); default 60. */
  rejoinTimeout?: number;
  /**
   * Called once the token request has left, for what the join screen hands over: its tracks and
   * choices replace `sources`, `viewer` and `media`.
   */
  prepare?: () => Pick<JoinOptions, 'sources' | 'viewer' | 'media'>;
}

export interface RoomListener {
  /** A new snapshot; called synchronously after every change. */
  stateChanged(state: RoomState): void;
  event<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void;
  /** Something the user should be told that is neither an error nor an event (e.g. `muted-by-moderator`). */
  notice?(code: 'muted-by-moderator'): void;
}

interface Attempt {
  readonly controller: AbortController;
  /** Tracks handed over from the join screen: this attempt stops them unless a publisher took them. */
  readonly tracks: HandedTracks;
  done?: Promise<void>;
  call?: Call;
}

/**
 * The call engine: token → connect → publish/subscribe, one attempt at a time. Framework-free;
 * it reports through a listener and never renders. A newer attempt, `leave()` or `dispose()`
 * supersedes the current one, whose late callbacks are then ignored.
 */
export class Room {
  private state: RoomState;
  private attempt: Attempt | undefined;
  private pageHidden = false;
  /** The SDK of the latest join, kept for device and capability questions between calls. */
  private sdk: OTNamespace | undefined;
  private audioOutput: string | undefined;

  constructor(
    private readonly listener: RoomListener,
    startMedia: { audio: boolean; video: boolean },
  ) {
    this.state = initialState({ ...startMedia, publishing: false });
  }

  get snapshot(): RoomState {
    return this.state;
  }

  /**
   * What can only be done in a call (chat, hands, reactions, moderation, recording, captions), to
   * `action`; throws `not-connected` outside a call, saying what the user must join the call to do.
   */
  inCall(action: string): CallActions {
    const call = this.attempt?.call;
    if (!call || (this.state.status !== 'connected' && this.state.status !== 'reconnecting')) {
      throw new VideoRoomError('not-connected', `Join the call to ${action}.`, { recoverable: true });
    }
    return call.actions;
  }

  /** Whether the user's token has the moderator role (false outside a call). */
  get isModerator(): boolean {
    return this.attempt?.call?.moderation.isModerator ?? false;
  }

  /** The underlying OT Session while in a call. */
  get session(): OTSession | undefined {
    return this.attempt?.call?.sdkSession;
  }

  /**
   * Joins; resolves once connected (the camera may still fail, which is reported as a recoverable
   * error), or when the attempt is cancelled by `leave()`/`dispose()`. Rejects with a
   * VideoRoomError when joining fails. A second call while joining returns the same attempt.
   */
  join(options: JoinOptions): Promise<void> {
    if (this.attempt?.done && isInCall(this.state.status)) return this.attempt.done;
    const attempt: Attempt = { controller: new AbortController(), tracks: new HandedTracks() };
    this.attempt = attempt;
    // The token request leaves first, before the join screen's tracks are taken and before anything
    // reacts to the state change (renders, host listeners); runAttempt reads what `prepare` settles
    // only after its first await.
    const chosen: JoinOptions = { ...options };
    const running = this.runAttempt(attempt, chosen);
    Object.assign(chosen, options.prepare?.());
    attempt.tracks.hold({ ...chosen.sources });
    const media = chosen.media ?? this.state.localMedia;
    this.setState({ ...initialState({ ...media, publishing: false }), status: 'joining' });
    attempt.done = running.catch((error: unknown) => {
      if (attempt.controller.signal.aborted) return; // cancelled: whoever cancelled it set the state
      const failure = toVideoRoomError(error, 'connect-failed', 'Joining the call failed unexpectedly. Try again.', { key: 'join-failed' });
      this.fail(failure);
      throw failure;
    });
    return attempt.done;
  }

  /** Leaves the call (or cancels joining). Resolves when everything is released. */
  async leave(reason: LeaveReason = 'user'): Promise<void> {
    if (!isInCall(this.state.status)) return;
    this.endAttempt();
    this.setState({ ...this.state, status: 'left', ...emptyCall, error: undefined });
    this.emit('left', { reason });
  }

  /** After leaving or failing: back to `idle`, before any join (where the element shows its join screen). */
  reset(): void {
    if (this.state.status === 'left' || this.state.status === 'error') this.setState({ ...this.state, status: 'idle', error: undefined });
  }

  /** Ends the attempt in `state="error"`, the camera released and a retry possible. */
  private fail(error: VideoRoomError): void {
    this.endAttempt();
    this.setState({ ...this.state, status: 'error', ...emptyCall, error });
    this.emit('error', error);
  }

  /** The microphone and camera choice for the next join; ignored while in a call. */
  setStartMedia(media: { audio: boolean; video: boolean }): void {
    const current = this.state.localMedia;
    if (isInCall(this.state.status) || (media.audio === current.audio && media.video === current.video)) return;
    this.setState({ ...this.state, localMedia: { ...current, ...media } });
  }

  /** Shares the screen; resolves false when the user cancelled the browser's picker. */
  async startScreenShare(): Promise<boolean> {
    const call = this.attempt?.call;
    if (!call || this.state.status !== 'connected') {
      throw new VideoRoomError('publish-failed', 'Join the call before sharing your screen.', { recoverable: true });
    }
    return call.startScreenShare();
  }

  async stopScreenShare(): Promise<void> {
    this.attempt?.call?.stopScreenShare();
  }

  /**
   * Fetches the call's code ahead of Join (the join screen shows), so that Join waits for none of
   * it: the call chunk and the screen-share chunk, which the call asks for as soon as it is up.
   */
  prepareToJoin(): void {
    loadCall().catch(() => undefined); // Join fetches it again and reports a failure then
    import('./screen-share.js').catch(() => undefined);
  }

  /** Whether the loaded SDK and this browser can share a screen (false before the SDK is loaded). */
  async canShareScreen(): Promise<boolean> {
    if (!this.sdk) return false;
    const { ScreenShare } = await import('./screen-share.js');
    return ScreenShare.supported(this.sdk);
  }

  /** Whether background effects and noise suppression are available (false before the SDK is loaded). */
  get hasMediaProcessorSupport(): boolean {
    return mediaProcessorSupport(this.sdk);
  }

  /**
   * Uses another camera, microphone or speaker. In a call the switch is immediate; before one, the
   * choice applies when joining. Fires `device-change`.
   */
  async setDevice(kind: 'videoinput' | 'audioinput' | 'audiooutput', deviceId: string, label: string): Promise<void> {
    if (kind === 'audiooutput') {
      await this.useAudioOutput(deviceId);
    } else {
      await this.attempt?.call?.setDevice(kind, deviceId);
    }
    this.emit('device-change', { kind, deviceId, label });
  }

  /** The speaker for remote sound, now and for later calls (no event: nothing was switched by the user). */
  async useAudioOutput(deviceId: string): Promise<void> {
    this.audioOutput = deviceId;
    await this.sdk?.setAudioOutputDevice?.(deviceId);
  }

  /** Applies or clears a background effect (`video`) or noise suppression (`audio`). */
  async setFilter(kind: 'video' | 'audio', filter: VideoFilter | AudioFilter | null): Promise<void> {
    await this.attempt?.call?.setFilter(kind, filter);
  }

  /** Lets remote sound play after the browser blocked it (call from a click). */
  async unblockAudio(): Promise<void> {
    await this.sdk?.unblockAudio?.();
  }

  /** Sizes of the remote streams on screen (CSS px); streams not listed get no video. */
  setVideoTargets(targets: ReadonlyMap<string, VideoTarget>): void {
    this.attempt?.call?.setVideoTargets(targets);
  }

  /** Whether the page is hidden; after a few seconds hidden, remote video is paused. */
  setPageHidden(hidden: boolean): void {
    this.pageHidden = hidden;
    this.attempt?.call?.setPageHidden(hidden);
  }

  async setAudioEnabled(on: boolean): Promise<void> {
    await this.setMedia({ audio: on });
  }

  async setVideoEnabled(on: boolean): Promise<void> {
    await this.setMedia({ video: on });
  }

  /**
   * Releases everything, as `leave(reason)` does. Idempotent; the room may join again afterwards.
   * Used when the element leaves the page.
   */
  dispose(reason: LeaveReason = 'removed'): void {
    if (isInCall(this.state.status)) void this.leave(reason);
    else this.endAttempt();
  }

  private async runAttempt(attempt: Attempt, options: JoinOptions, rejoined = false): Promise<void> {
    const signal = attempt.controller.signal;
    // The token request ships with the call chunk: the join screen does not need it. When the
    // join screen fetched that chunk already, the request starts now, before anything renders.
    const requestToken = ({ fetchCredentials }: typeof import('./call.js')) =>
      fetchCredentials(options.endpoint, { room: options.room, displayName: options.displayName, signal }, options.tokenProvider);
    const ready = loadedCall();
    const credentials = ready ? requestToken(ready) : loadCall().then(requestToken);
    // Awaited once the call is set up, while the request is out; a failure meanwhile is not unhandled.
    credentials.catch(() => undefined);
    const [sdk, { Call }] = await Promise.all([loadSdk(options.sdk), loadCall()]);
    if (signal.aborted) return;
    this.sdk = sdk;
    if (this.audioOutput) sdk.setAudioOutputDevice?.(this.audioOutput)?.catch(() => undefined);

    const call = new Call(sdk, this.callHost(attempt, options), options.displayName, options.sources, attempt.tracks);
    attempt.call = call;
    call.setPageHidden(this.pageHidden);
    const { applicationId, sessionId, token } = await untilAborted(credentials, signal);
    if (signal.aborted) return;
    const media = { audio: this.state.localMedia.audio, video: this.state.localMedia.video };
    await untilAborted(call.connect(applicationId, sessionId, token, media, options.viewer), signal);
    if (signal.aborted) return;

    this.setState({ ...this.state, status: 'connected' });
    this.emit('joined', { sessionId, connectionId: this.state.localParticipantId ?? '', rejoined });
    await call.publish();
  }

  /**
   * The session was lost for network reasons: stay `reconnecting` and join again with a fresh
   * token, the same devices, mute state and chat, until `rejoinTimeout` has passed.
   */
  private rejoin(lost: Attempt, options: JoinOptions): void {
    const again: JoinOptions = { ...options, sources: lost.call?.sources ?? {}, viewer: !(lost.call?.hasPublisher ?? false) };
    this.endAttempt();
    const attempt: Attempt = { controller: new AbortController(), tracks: new HandedTracks() };
    this.attempt = attempt;
    this.setState({ ...this.state, status: 'reconnecting', participants: [], tiles: [], reactions: [], activeSpeakerId: undefined, screenSharing: false });
    const signal = attempt.controller.signal;
    const tryOnce = async () => {
      try {
        await this.runAttempt(attempt, again, true);
      } catch (error) {
        attempt.call?.dispose(); // this try's session is gone; the next one starts afresh
        attempt.call = undefined;
        if (this.attempt === attempt) this.setState({ ...this.state, status: 'reconnecting', participants: [], tiles: [] });
        throw error;
      }
    };
    // The call chunk is loaded by now (a call was lost); the rejoin loop ships with it.
    attempt.done = loadCall()
      .then(({ keepRejoining }) => keepRejoining(tryOnce, rejoinTimeoutMs(options.rejoinTimeout), signal))
      .then((rejoined) => {
      if (rejoined || signal.aborted || this.attempt !== attempt) return;
        this.fail(networkLost());
        this.emit('left', { reason: 'network' });
      });
  }

  private callHost(attempt: Attempt, options: JoinOptions) {
    const current = () => this.attempt === attempt && !attempt.controller.signal.aborted;
    return {
      current: () => this.state,
      update: (change: (state: RoomState) => RoomState) => {
        if (current()) this.setState(change(this.state));
      },
      emit: <K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]) => {
        if (current()) this.emit(type, detail);
      },
      forcedMute: () => {
        if (!current()) return;
        void this.setMedia({ audio: false });
        this.listener.notice?.('muted-by-moderator');
      },
      ended: (reason: 'network' | 'forced' | 'error') => {
        if (!current()) return;
        if (reason === 'forced') {
          void this.leave('forced'); // a moderator's decision: never rejoined
          return;
        }
        if (reason === 'network' && rejoinTimeoutMs(options.rejoinTimeout) > 0) {
          this.rejoin(attempt, options);
          return;
        }
        this.fail(
          reason === 'network'
            ? networkLost()
            : new VideoRoomError('connect-failed', 'The video service ended the call unexpectedly. Select Retry to join again.', { reason: { key: 'call-ended' } }),
        );
        this.emit('left', { reason });
      },
    };
  }

  private async setMedia(change: { audio?: boolean; video?: boolean }): Promise<void> {
    const before = effectiveMedia(this.state);
    const next = { audio: change.audio ?? this.state.localMedia.audio, video: change.video ?? this.state.localMedia.video };
    const call = this.attempt?.call;
    if (call && isInCall(this.state.status) && !call.hasPublisher && (change.audio || change.video)) {
      // A viewer turning a device on: try the camera and microphone again.
      await call.startPublishing(next);
    }
    if (change.audio !== undefined) call?.setAudio(change.audio);
    if (change.video !== undefined) call?.setVideo(change.video);
    this.setState({
      ...this.state,
      localMedia: { ...this.state.localMedia, ...next },
    });
    call?.showLocalMedia(next);
    const after = effectiveMedia(this.state);
    if (before.audio !== after.audio || before.video !== after.video) this.emit('local-media-change', after);
  }

  private endAttempt(): void {
    const attempt = this.attempt;
    if (!attempt) return;
    this.attempt = undefined;
    attempt.controller.abort(new DOMException('The join attempt was superseded.', 'AbortError'));
    attempt.call?.dispose();
    attempt.tracks.stop();
  }

  private setState(next: RoomState): void {
    const previous = this.state;
    if (next === previous) return;
    this.state = next;
    this.listener.stateChanged(next);
    if (next.status !== previous.status) this.emit('state-change', { state: next.status, previousState: previous.status });
  }

  private emit<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void {
    this.listener.event(type, detail);
  }
}

function networkLost(): VideoRoomError {
  return new VideoRoomError('network-disconnected', 'The connection to the call was lost. Check your network connection, then select Retry to join again.', {
    reason: { key: 'network-lost' },
  });
}
