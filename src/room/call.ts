import { VideoRoomError } from '../errors.js';
import { listen, viaCallback } from '../sdk/listen.js';
import type { AudioFilter, OTConnection, OTNamespace, OTSession, OTStream, VideoFilter } from '../sdk/types.js';
import { CallActions } from './call-actions.js';
import { CameraPublisher, runAll, type PublisherSources } from './camera-publisher.js';
import { Captions } from './captions.js';
import { Chat } from './chat.js';
import { connectError } from './errors.js';
import type { RoomEventMap } from './events.js';
import type { CallFeature, FeatureContext } from './feature.js';
import type { HandedTracks } from './handed-tracks.js';
import { Hands } from './hands.js';
import { Moderation, sessionModeration } from './moderation.js';
import { recordingNeedsCall, requestRecording, watchArchives, type RecordingOptions, type RecordingRequest } from './recording.js';
import { Reactions } from './reactions.js';
import type { NetworkQualityUpdate } from './network-quality.js';
import { RemoteFeeds, streamKind } from './remote-feeds.js';
import { FALLBACK_NAME, LOCAL_TILE_KEY, parseConnectionData, reduceRoster, roleFromCapabilities, type LocalTileChange, type RosterAction } from './roster.js';
import { ScreenShare, screenShareHost } from './screen-share.js';
import { encodeSignal, parseSignal, type SignalPayloads, type SignalType } from './signals.js';
import type { Participant, RoomState } from './state.js';
import type { VideoTarget } from './video-quality.js';

export type { PublisherSources };
// The token request and the rejoin loop are only needed once joining: they ship in this chunk.
export { keepRejoining } from './rejoin.js';
export { fetchCredentials } from './credentials.js';

/** What a call may do to the room that owns it; every method is a no-op once the call is superseded. */
export interface CallHost {
  current(): RoomState;
  update(change: (state: RoomState) => RoomState): void;
  emit<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void;
  /** A moderator muted the user's microphone. */
  forcedMute(): void;
  /** The SDK ended the call by itself (network loss, a moderator, anything else). */
  ended(reason: 'network' | 'forced' | 'error'): void;
}

type Media = { audio: boolean; video: boolean };

/**
 * One connected session: owns the OT session, the camera publisher, every subscriber, every SDK
 * listener and the features of one join attempt, and translates SDK events into roster actions.
 * `dispose()` releases all of it and is safe to call twice.
 */
export class Call {
  private session: OTSession | undefined;
  private camera: CameraPublisher;
  private feeds: RemoteFeeds | undefined;
  private screenShare: ScreenShare | undefined;
  private pageHidden = false;
  private readonly sessionUndo: Array<() => void> = [];
  /** Rejecters of the signals still waiting for the SDK's answer. */
  private readonly pending = new Set<(error: VideoRoomError) => void>();
  readonly chat: Chat;
  readonly hands: Hands;
  readonly reactions: Reactions;
  readonly moderation: Moderation;
  private readonly captions: Captions;
  /** This call's token, for the recording request's bearer only; never in state, events or logs. */
  private token: string | undefined;
  /** SDK objects by ID, for moderation (the roster keeps only IDs). */
  private readonly streams = new Map<string, OTStream>();
  private readonly connections = new Map<string, OTConnection>();
  private readonly features: CallFeature[];
  private disposed = false;
  /** Aborted by `dispose()`: what the call started (a recording request) ends with it. */
  private readonly ended = new AbortController();
  /** Chat, hands, reactions, moderation, recording and captions, for the room to hand out. */
  readonly actions: CallActions;

  constructor(
    private readonly sdk: OTNamespace,
    private readonly host: CallHost,
    private readonly displayName: string,
    sources: PublisherSources = {},
    tracks?: HandedTracks,
  ) {
    this.camera = new CameraPublisher(sdk, this.cameraHost(), displayName, sources, tracks);
    const context = this.featureContext();
    this.chat = new Chat(context);
    this.hands = new Hands(context);
    this.reactions = new Reactions(context);
    this.captions = new Captions(context);
    this.moderation = new Moderation(
      context,
      sessionModeration({ session: () => this.session, streams: this.streams, connections: this.connections, ownStreams: () => [this.camera.stream, this.screenShare?.stream].filter((stream): stream is OTStream => Boolean(stream)) }),
    );
    this.features = [this.chat, this.hands, this.reactions, this.captions];
    this.actions = new CallActions(this, {
      signal: this.ended.signal,
      archiveId: () => host.current().archiveId,
      report: (error) => host.emit('error', error),
    });
  }

  get sdkSession(): OTSession | undefined {
    return this.session;
  }

  /** The devices and effects in use now (device IDs, never tracks), for a rejoin. */
  get sources(): PublisherSources {
    return this.camera.currentSources;
  }

  /** A publisher exists or is starting (so the user is not a viewer). */
  get hasPublisher(): boolean {
    return this.camera.active;
  }

  /**
   * Connects, starting the camera meanwhile so the user sees themselves while the session
   * connects. A `viewer` (who chose to join without camera and microphone) publishes nothing
   * until they turn a device on.
   */
  async connect(applicationId: string, sessionId: string, token: string, media: Media, viewer = false): Promise<void> {
    const session = this.sdk.initSession(applicationId, sessionId);
    this.session = session;
    this.token = token;
    // Connecting first: everything below (the camera's start is main-thread work in the SDK)
    // overlaps the round trip. The SDK's events come later, from tasks of their own.
    const connected = viaCallback((done) => session.connect(token, done));
    this.feeds = new RemoteFeeds(session, this.feedsHost());
    this.feeds.quality.setPageHidden(this.pageHidden);
    this.watchSession(session);
    this.roster({ type: 'local-tile', name: this.displayName, ...(viewer ? { audio: false, video: false } : media) });
    if (!viewer) void this.camera.start(media);
    try {
      await connected;
    } catch (error) {
      throw connectError(error as { name?: string; code?: number; message?: string });
    }
    if (this.disposed) return;
    this.host.update((state) => ({ ...state, sessionId }));
    this.roster({
      type: 'local-connected',
      id: session.connection?.connectionId ?? '',
      name: this.displayName,
      role: roleFromCapabilities(session.capabilities),
    });
  }

  /** Publishes the camera once it has started; on any media failure the user stays as a viewer. */
  async publish(): Promise<void> {
    if (this.session && !this.disposed) await this.camera.publish(this.session);
  }

  /** Starts the camera and microphone again for a user who joined as a viewer. */
  async startPublishing(media: Media): Promise<void> {
    if (this.hasPublisher || this.disposed) return;
    this.roster({ type: 'local-tile-changed', change: { audioMuted: !media.audio, videoMuted: !media.video } });
    await this.camera.start(media);
    if (!this.camera.active) throw this.camera.lastError ?? new VideoRoomError('publish-failed', 'Could not start the camera.');
    await this.publish();
  }

  /** Shares the screen; resolves false when the user cancelled the browser's picker. */
  async startScreenShare(): Promise<boolean> {
    const session = this.session;
    if (!session?.connection || this.disposed) throw new VideoRoomError('publish-failed', 'Join the call before sharing your screen.');
    this.screenShare ??= new ScreenShare(this.sdk, session, screenShareHost(this.host, (action) => this.roster(action), this.displayName), this.displayName);
    return this.screenShare.start();
  }

  stopScreenShare(): void {
    this.screenShare?.stop();
  }

  setDevice(kind: 'videoinput' | 'audioinput', deviceId: string): Promise<void> {
    return this.camera.setDevice(kind, deviceId);
  }

  setFilter(kind: 'video' | 'audio', filter: VideoFilter | AudioFilter | null): Promise<void> {
    return this.camera.setFilter(kind, filter);
  }

  /** The CSS sizes of the remote streams on screen; the rest get no video. */
  setVideoTargets(targets: ReadonlyMap<string, VideoTarget>): void {
    this.feeds?.setTargets(targets);
  }

  setPageHidden(hidden: boolean): void {
    this.pageHidden = hidden;
    this.feeds?.quality.setPageHidden(hidden);
  }

  /** The user's tile follows their microphone and camera choice (a muted microphone is never speaking). */
  showLocalMedia(media: Media): void {
    this.roster({ type: 'local-media', ...media });
  }

  setAudio(on: boolean): void {
    this.camera.setAudio(on);
  }

  setVideo(on: boolean): void {
    this.camera.setVideo(on);
  }

  /**
   * `promise`, or a `not-connected` rejection when the call ends first: a signal held back while
   * reconnecting is never answered by a session that then disconnects, and every method must settle.
   */
  private untilEnded<T>(promise: Promise<T>): Promise<T> {
    let settle: ((error: VideoRoomError) => void) | undefined;
    const ended = new Promise<never>((_, reject) => {
      settle = reject;
      this.pending.add(reject);
    });
    return Promise.race([promise, ended]).finally(() => this.pending.delete(settle!));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.ended.abort();
    const ended = new VideoRoomError('not-connected', 'The call ended before this could be sent.', { recoverable: true });
    for (const reject of this.pending) reject(ended);
    this.pending.clear();
    this.screenShare?.stop();
    this.feeds?.dispose();
    for (const feature of this.features) feature.dispose?.();
    this.camera.release();
    runAll(this.sessionUndo);
    try {
      this.session?.disconnect();
    } catch {
      // A session that never connected may refuse to disconnect; there is nothing left to release.
    }
    this.session = undefined;
  }

  private roster(action: RosterAction): void {
    if (!this.disposed) this.host.update((state) => reduceRoster(state, action));
  }

  private cameraHost() {
    return {
      localTile: (change: LocalTileChange) => this.roster({ type: 'local-tile-changed', change }),
      publishing: (on: boolean) => {
        if (!this.disposed) this.host.update((state) => ({ ...state, localMedia: { ...state.localMedia, publishing: on } }));
      },
      speaking: (speaking: boolean, now: number) => this.roster({ type: 'speaking', key: LOCAL_TILE_KEY, speaking, now }),
      unstable: (unstable: boolean) => {
        if (!this.disposed) this.host.update((state) => (state.connectionUnstable === unstable ? state : { ...state, connectionUnstable: unstable }));
      },
      failed: (error: VideoRoomError) => this.host.emit('error', error),
      forcedMute: () => this.host.forcedMute(),
    };
  }

  /** Starts or stops recording through the host's server, with this call's token as the proof of role. */
  async requestRecording(options: RecordingOptions, request: Omit<RecordingRequest, 'sessionId'>, signal: AbortSignal): Promise<void> {
    const session = this.session;
    if (!session?.connection || !this.token) throw recordingNeedsCall();
    await requestRecording(options, { ...request, sessionId: session.sessionId }, this.token, signal);
  }

  /** Shows or hides captions: every subscriber, now and later, subscribes to them or stops. */
  setCaptions(on: boolean): void {
    this.host.update((state) => (state.captionsOn === on ? state : { ...state, captionsOn: on, captions: on ? state.captions : [] }));
    this.feeds?.setCaptions(on);
  }

  private feedsHost() {
    return {
      caption: (participantId: string, text: string, isFinal: boolean) => this.captions.show(participantId, text, isFinal),
      captionsUnsupported: () => this.host.update((state) => (state.captionsSupported ? { ...state, captionsSupported: false } : state)),
      video: (key: string, video: HTMLVideoElement) => this.roster({ type: 'video-element', key, video }),
      speaking: (key: string, speaking: boolean, now: number) => this.roster({ type: 'speaking', key, speaking, now }),
      activeSpeaker: (participantId: string | undefined) => {
        this.host.update((state) => ({ ...state, activeSpeakerId: participantId }));
        this.host.emit('active-speaker-change', { participantId: participantId ?? null });
      },
      audioBlocked: (blocked: boolean) => this.host.update((state) => ({ ...state, audioBlocked: blocked })),
      networkQuality: (key: string, update: NetworkQualityUpdate) =>
        this.roster({ type: 'network-quality', key, quality: update.quality, videoPaused: update.videoPaused }),
      failed: (error: VideoRoomError) => {
        if (!this.disposed) this.host.emit('error', error);
      },
      nameOf: (key: string) => this.host.current().tiles.find((tile) => tile.key === key)?.name ?? FALLBACK_NAME,
    };
  }

  private featureContext(): FeatureContext {
    return {
      current: () => this.host.current(),
      update: (change) => {
        if (!this.disposed) this.host.update(change);
      },
      emit: (type, detail) => {
        if (!this.disposed) this.host.emit(type, detail);
      },
      roster: (action) => this.roster(action),
      localId: () => this.session?.connection?.connectionId,
      signal: <T extends SignalType>(type: T, data: SignalPayloads[T], to?: OTConnection) => {
        const session = this.session;
        if (!session?.connection || this.disposed) {
          return Promise.reject(new VideoRoomError('not-connected', 'Join the call first.', { recoverable: true }));
        }
        return this.untilEnded(viaCallback((done) => session.signal({ type, data: encodeSignal(data), ...(to ? { to } : {}) }, done)));
      },
    };
  }

  private watchSession(session: OTSession): void {
    this.sessionUndo.push(
      listen(session, 'connectionCreated', (event) => this.addParticipant(event.connection)),
      listen(session, 'connectionDestroyed', (event) => this.removeParticipant(event.connection.connectionId)),
      listen(session, 'streamCreated', (event) => this.addStream(event.stream)),
      listen(session, 'streamDestroyed', (event) => this.removeStream(event.stream)),
      listen(session, 'streamPropertyChanged', (event) => {
        const stream = event.stream;
        if (this.isOwnConnection(stream.connection)) return;
        const target = { participantId: stream.connection.connectionId, streamId: stream.streamId, kind: streamKind(stream) };
        if (event.changedProperty === 'hasVideo') this.roster({ type: 'stream-media', ...target, video: Boolean(event.newValue) });
        if (event.changedProperty === 'hasAudio') {
          // Unmuted, the speaking ring follows the voice again.
          const speaking = this.feeds?.isSpeaking(stream.streamId) ?? false;
          this.roster({ type: 'stream-media', ...target, audio: Boolean(event.newValue), speaking });
        }
      }),
      ...watchArchives(session, this.featureContext()),
      // Session `muteForced` only says the session is in "mute everyone" (the moderator gets it too);
      // the publisher's own `muteForced` (camera-publisher.ts) is what mutes this user.
      listen(session, 'signal', (event) => {
        const signal = parseSignal(event);
        if (signal) for (const feature of this.features) feature.received?.(signal);
      }),
      listen(session, 'sessionReconnecting', () => this.host.update((state) => ({ ...state, status: 'reconnecting' }))),
      listen(session, 'sessionReconnected', () => this.host.update((state) => ({ ...state, status: 'connected' }))),
      listen(session, 'sessionDisconnected', (event) => {
        // 'clientDisconnected' is our own disconnect() and is handled by whoever called it.
        if (event.reason === 'networkDisconnected') this.host.ended('network');
        else if (event.reason === 'forceDisconnected') this.host.ended('forced');
        else if (event.reason !== 'clientDisconnected') this.host.ended('error');
      }),
    );
  }

  private isOwnConnection(connection: OTConnection): boolean {
    return connection.connectionId === this.session?.connection?.connectionId;
  }

  private participant(id: string): Participant | undefined {
    return this.host.current().participants.find((participant) => participant.id === id);
  }

  private addParticipant(connection: OTConnection, streamName?: string): void {
    if (this.isOwnConnection(connection)) return;
    this.connections.set(connection.connectionId, connection);
    const before = this.participant(connection.connectionId);
    const data = parseConnectionData(connection.data);
    this.roster({ type: 'connection-created', id: connection.connectionId, name: streamName || data.name, role: data.role });
    const added = this.participant(connection.connectionId);
    if (before || !added) return;
    this.host.emit('participant-joined', { participant: added });
    for (const feature of this.features) feature.connectionCreated?.(connection);
  }

  private removeParticipant(id: string): void {
    this.connections.delete(id);
    const removed = this.participant(id);
    this.roster({ type: 'connection-destroyed', id });
    this.feeds?.dropParticipant(id);
    if (removed && !removed.isLocal) this.host.emit('participant-left', { participant: removed });
  }

  private addStream(stream: OTStream): void {
    if (this.isOwnConnection(stream.connection) || !this.feeds || this.feeds.has(stream.streamId)) return;
    const kind = streamKind(stream);
    const participantId = stream.connection.connectionId;
    this.addParticipant(stream.connection, kind === 'camera' ? stream.name : undefined);
    const before = this.participant(participantId);
    this.roster({ type: 'stream-created', participantId, streamId: stream.streamId, kind, name: stream.name, hasAudio: stream.hasAudio, hasVideo: stream.hasVideo });
    const after = this.participant(participantId);
    if (before && after && before.name !== after.name) this.host.emit('participant-updated', { participant: after });
    this.streams.set(stream.streamId, stream);
    this.feeds.subscribe(stream);
    this.host.emit('stream-added', { participantId, streamId: stream.streamId, kind });
  }

  private removeStream(stream: OTStream): void {
    if (this.isOwnConnection(stream.connection) || !this.feeds) return;
    this.streams.delete(stream.streamId);
    const kind = streamKind(stream);
    const had = this.feeds.has(stream.streamId);
    this.feeds.drop(stream.streamId, false);
    const participantId = stream.connection.connectionId;
    this.roster({ type: 'stream-destroyed', participantId, streamId: stream.streamId, kind });
    if (had) this.host.emit('stream-removed', { participantId, streamId: stream.streamId, kind });
  }
}
