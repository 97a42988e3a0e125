import { listen, viaCallback } from '../sdk/listen.js';
import type {
  AudioFilter,
  OTConnection,
  OTNamespace,
  OTPublisher,
  OTSession,
  OTStream,
  OTSubscriber,
  VideoFilter,
} from '../sdk/types.js';
import { connectError, mediaError, VideoRoomError } from './errors.js';
import type { RoomEventMap } from './events.js';
import { ActiveSpeakerTracker } from './active-speaker.js';
import { ScreenShare, type ScreenShareHost } from './screen-share.js';
import { SpeakingDetector } from './speaking.js';
import { VideoQuality, type VideoTarget } from './video-quality.js';
import {
  cameraTileKey,
  LOCAL_TILE_KEY,
  removeTile,
  updateTile,
  upsertTile,
  type Participant,
  type RoomState,
  type StreamKind,
  type TileState,
} from './state.js';

/** What a call may do to the room that owns it; every method is a no-op once the call is superseded. */
export interface CallHost {
  current(): RoomState;
  update(change: (state: RoomState) => RoomState): void;
  emit<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void;
  /** The SDK ended the call by itself (network loss, a moderator, anything else). */
  ended(reason: 'network' | 'forced' | 'error'): void;
}

const LOCAL_SCREEN_KEY = 'local:screen';

interface RemoteFeed {
  subscriber: OTSubscriber;
  speaking: SpeakingDetector;
  wasSpeaking: boolean;
  undo: Array<() => void>;
}

/**
 * Where the camera publisher's media comes from. A track is handed over: the publisher owns it
 * (and stops it when destroyed), so the pre-join preview's camera is never opened twice.
 */
export interface PublisherSources {
  audioSource?: MediaStreamTrack | string;
  videoSource?: MediaStreamTrack | string;
  videoFilter?: VideoFilter;
  audioFilter?: AudioFilter;
}

/** Shown for anyone whose name could not be read from their stream or connection data. */
const FALLBACK_NAME = 'Guest';

/**
 * One connected session: owns the OT session, the publisher, every subscriber and every SDK
 * listener of one join attempt. `dispose()` releases all of it and is safe to call twice.
 */
export class Call {
  private session: OTSession | undefined;
  /** Set once initPublisher succeeded; `pendingPublisher` covers the time before, so dispose() reaches it. */
  private publisher: OTPublisher | undefined;
  private pendingPublisher: OTPublisher | undefined;
  private lastMediaError: VideoRoomError | undefined;
  private publisherUndo: Array<() => void> = [];
  /** Settles when initPublisher has answered, or when the pending publisher is released. */
  private publisherReady: Promise<void> = Promise.resolve();
  private settlePublisherReady: (() => void) | undefined;
  private readonly sessionUndo: Array<() => void> = [];
  private readonly feeds = new Map<string, RemoteFeed>();
  private readonly localSpeaking = new SpeakingDetector();
  private readonly activeSpeaker = new ActiveSpeakerTracker();
  private readonly quality = new VideoQuality();
  private screenShare: ScreenShare | undefined;
  /** Subscribers whose sound the browser's autoplay policy currently blocks. */
  private readonly audioBlocked = new Set<string>();
  private disposed = false;

  constructor(
    private readonly sdk: OTNamespace,
    private readonly host: CallHost,
    private readonly displayName: string,
    private sources: PublisherSources = {},
  ) {}

  get sdkSession(): OTSession | undefined {
    return this.session;
  }

  /** A publisher exists or is starting (so the user is not a viewer). */
  get hasPublisher(): boolean {
    return (this.publisher ?? this.pendingPublisher) !== undefined;
  }

  /**
   * Connects, starting the camera meanwhile so the user sees themselves while the session
   * connects. A `viewer` (who chose to join without camera and microphone) publishes nothing
   * until they turn a device on.
   */
  async connect(
    applicationId: string,
    sessionId: string,
    token: string,
    media: { audio: boolean; video: boolean },
    viewer = false,
  ): Promise<void> {
    const session = this.sdk.initSession(applicationId, sessionId);
    this.session = session;
    this.watchSession(session);
    if (viewer) this.showLocalTile({ audio: false, video: false });
    else void this.startPublisher(media);
    try {
      await viaCallback((done) => session.connect(token, done));
    } catch (error) {
      throw connectError(error as { name?: string; code?: number; message?: string });
    }
    if (this.disposed) return;
    const connectionId = session.connection?.connectionId ?? '';
    this.host.update((state) => ({
      ...state,
      sessionId,
      localParticipantId: connectionId,
      participants: [
        { id: connectionId, name: this.displayName, isLocal: true },
        ...state.participants.filter((participant) => !participant.isLocal && participant.id !== connectionId),
      ],
    }));
    this.patchTile(LOCAL_TILE_KEY, { participantId: connectionId });
  }

  /**
   * Publishes the camera once it has started and the session is connected; on any media failure
   * the user stays as a viewer.
   */
  async publish(): Promise<void> {
    await this.publisherReady;
    const publisher = this.publisher;
    const session = this.session;
    if (!publisher || !session || this.disposed) return;
    try {
      await viaCallback((done) => session.publish(publisher, done));
    } catch (error) {
      if (this.disposed) return;
      this.releasePublisher();
      this.reportMediaFailure(
        new VideoRoomError('publish-failed', 'Your camera and microphone could not be sent to the call. You joined as a viewer.', {
          recoverable: true,
          cause: error,
        }),
      );
    }
  }

  /** Starts the camera and microphone again for a user who joined as a viewer. */
  async startPublishing(media: { audio: boolean; video: boolean }): Promise<void> {
    if (this.hasPublisher || this.disposed) return;
    await this.startPublisher(media);
    if (!this.publisher) throw this.lastMediaError ?? new VideoRoomError('publish-failed', 'Could not start the camera.');
    await this.publish();
  }

  /** Shares the screen; resolves false when the user cancelled the browser's picker. */
  async startScreenShare(): Promise<boolean> {
    const session = this.session;
    if (!session?.connection || this.disposed) throw new VideoRoomError('publish-failed', 'Join the call before sharing your screen.');
    this.screenShare ??= new ScreenShare(this.sdk, session, this.screenShareHost(), this.displayName);
    return this.screenShare.start();
  }

  stopScreenShare(): void {
    this.screenShare?.stop();
  }

  /** Switches the camera or microphone of the live publisher to another device. */
  async setDevice(kind: 'videoinput' | 'audioinput', deviceId: string): Promise<void> {
    const publisher = this.publisher;
    if (!publisher) return; // a viewer: the choice applies when the camera starts
    const method = kind === 'videoinput' ? publisher.setVideoSource : publisher.setAudioSource;
    if (!method) throw new VideoRoomError('publish-failed', 'This SDK version cannot switch devices during a call.', { recoverable: true });
    await method.call(publisher, deviceId);
    this.sources = { ...this.sources, [kind === 'videoinput' ? 'videoSource' : 'audioSource']: deviceId };
  }

  /** Applies (or with null, clears) a background effect or noise suppression on the camera publisher. */
  async setFilter(kind: 'video' | 'audio', filter: VideoFilter | AudioFilter | null): Promise<void> {
    this.sources = { ...this.sources, [kind === 'video' ? 'videoFilter' : 'audioFilter']: filter ?? undefined };
    const publisher = this.publisher;
    if (!publisher) return;
    if (kind === 'video') await (filter ? publisher.applyVideoFilter?.(filter as VideoFilter) : publisher.clearVideoFilter?.());
    else await (filter ? publisher.applyAudioFilter?.(filter as AudioFilter) : publisher.clearAudioFilter?.());
  }

  /** The CSS sizes of the remote streams on screen; the rest get no video. */
  setVideoTargets(targets: ReadonlyMap<string, VideoTarget>): void {
    this.quality.setTargets(targets);
  }

  setPageHidden(hidden: boolean): void {
    this.quality.setPageHidden(hidden);
  }

  setAudio(on: boolean): void {
    (this.publisher ?? this.pendingPublisher)?.publishAudio(on);
  }

  setVideo(on: boolean): void {
    (this.publisher ?? this.pendingPublisher)?.publishVideo(on);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.screenShare?.stop();
    for (const streamId of [...this.feeds.keys()]) this.dropFeed(streamId, true);
    this.quality.dispose();
    this.releasePublisher();
    runAll(this.sessionUndo);
    try {
      this.session?.disconnect();
    } catch {
      // A session that never connected may refuse to disconnect; there is nothing left to release.
    }
    this.session = undefined;
  }

  /** The user's own tile: an avatar until the camera's video element arrives. */
  private showLocalTile(media: { audio: boolean; video: boolean }): void {
    this.host.update((state) => ({
      ...state,
      tiles: upsertTile(state.tiles, {
        key: LOCAL_TILE_KEY,
        participantId: state.localParticipantId ?? '',
        name: this.displayName,
        streamId: undefined,
        kind: 'camera',
        isLocal: true,
        audioMuted: !media.audio,
        videoMuted: !media.video,
        speaking: false,
        lastSpokeAt: 0,
        video: undefined,
      }),
    }));
  }

  private startPublisher(media: { audio: boolean; video: boolean }): Promise<void> {
    this.showLocalTile(media);
    this.publisherReady = new Promise((resolve) => {
      // The SDK never calls back for a publisher destroyed while the camera is starting, so
      // releasePublisher() settles this too.
      this.settlePublisherReady = resolve;
      let publisher: OTPublisher | undefined;
      const undo: Array<() => void> = [];
      const finish = (error?: { name?: string; code?: number; message?: string }) => {
        if (this.disposed || publisher !== this.pendingPublisher) return;
        this.pendingPublisher = undefined;
        if (error) {
          runAll(undo);
          safeDestroy(publisher);
          this.reportMediaFailure(mediaError(error));
        } else {
          this.publisher = publisher;
          this.host.update((state) => ({ ...state, localMedia: { ...state.localMedia, publishing: true } }));
        }
        this.settle();
      };
      try {
        publisher = this.sdk.initPublisher(
          undefined,
          {
            insertDefaultUI: false,
            name: this.displayName,
            publishAudio: media.audio,
            publishVideo: media.video,
            // We mirror the local tile ourselves; the SDK's mirroring only styles its own default UI.
            mirror: false,
            width: '100%',
            height: '100%',
            ...definedOnly(this.supportedSources()),
          },
          (error) => queueMicrotask(() => finish(error ?? undefined)),
        );
      } catch (error) {
        this.reportMediaFailure(mediaError(error as { name?: string; message?: string }));
        this.settle();
        return;
      } finally {
        // Handed-over tracks are used once: a retry as a viewer opens the devices by ID.
        this.sources = withoutTracks(this.sources);
      }
      this.pendingPublisher = publisher;
      this.publisherUndo = undo;
      undo.push(
        listen(publisher, 'videoElementCreated', (event) => {
          if (event.element instanceof HTMLVideoElement) this.setLocalTile({ video: event.element });
        }),
        listen(publisher, 'audioLevelUpdated', (event) => {
          const now = performance.now();
          const speaking = this.localSpeaking.update(event.audioLevel, now);
          // About 60 samples a second: the state (and so the element) changes only when the flag does.
          this.changeTile(LOCAL_TILE_KEY, (tile) => withSpeaking(tile, speaking, now));
        }),
        listen(publisher, 'streamCreated', (event) => this.setLocalTile({ streamId: event.stream.streamId })),
        listen(publisher, 'streamDestroyed', () => this.setLocalTile({ streamId: undefined })),
      );
    });
    return this.publisherReady;
  }

  private settle(): void {
    this.settlePublisherReady?.();
    this.settlePublisherReady = undefined;
  }

  /** The sources, without effects where this browser has no media processors (the SDK would fail). */
  private supportedSources(): PublisherSources {
    let supported = false;
    try {
      supported = Boolean(this.sdk.hasMediaProcessorSupport?.());
    } catch {
      // Treated as unsupported.
    }
    return supported ? this.sources : { ...this.sources, videoFilter: undefined, audioFilter: undefined };
  }

  private releasePublisher(): void {
    runAll(this.publisherUndo);
    const publisher = this.publisher ?? this.pendingPublisher;
    this.publisher = undefined;
    this.pendingPublisher = undefined;
    // destroy() also unpublishes a publishing publisher.
    safeDestroy(publisher);
    this.settle();
    this.setLocalTile({ video: undefined, streamId: undefined, speaking: false });
    if (!this.disposed) this.host.update((state) => ({ ...state, localMedia: { ...state.localMedia, publishing: false } }));
  }

  private reportMediaFailure(error: VideoRoomError): void {
    this.lastMediaError = error;
    this.publisherUndo = [];
    this.host.update((state) => ({ ...state, localMedia: { ...state.localMedia, publishing: false } }));
    this.setLocalTile({ video: undefined, audioMuted: true, videoMuted: true });
    this.host.emit('error', error);
  }

  private setLocalTile(change: Partial<TileState>): void {
    if (!this.disposed) this.patchTile(LOCAL_TILE_KEY, change);
  }

  /** Replaces one tile through `update`; the room's state changes only when the tile did. */
  private changeTile(key: string, update: (tile: TileState) => TileState): void {
    this.host.update((state) => {
      const tiles = updateTile(state.tiles, key, update);
      return tiles === state.tiles ? state : { ...state, tiles };
    });
  }

  /** Merges `change` into a tile, if it changes anything. */
  private patchTile(key: string, change: Partial<TileState>): void {
    this.changeTile(key, (tile) => (changes(tile, change) ? { ...tile, ...change } : tile));
  }

  private watchSession(session: OTSession): void {
    this.sessionUndo.push(
      listen(session, 'connectionCreated', (event) => this.addParticipant(event.connection)),
      listen(session, 'connectionDestroyed', (event) => this.removeParticipant(event.connection.connectionId)),
      listen(session, 'streamCreated', (event) => this.addStream(event.stream)),
      listen(session, 'streamDestroyed', (event) => this.removeStream(event.stream)),
      listen(session, 'streamPropertyChanged', (event) => {
        if (event.changedProperty === 'hasVideo') this.updateStreamTile(event.stream, { videoMuted: !event.newValue });
        if (event.changedProperty !== 'hasAudio') return;
        // A muted microphone cannot be speaking; unmuted, the ring follows the voice again.
        const speaking = Boolean(event.newValue) && (this.feeds.get(event.stream.streamId)?.wasSpeaking ?? false);
        this.updateStreamTile(event.stream, { audioMuted: !event.newValue, speaking });
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

  private addParticipant(connection: OTConnection, streamName?: string): void {
    if (this.isOwnConnection(connection)) return;
    const id = connection.connectionId;
    let added: Participant | undefined;
    this.host.update((state) => {
      if (state.participants.some((participant) => participant.id === id)) return state;
      added = { id, name: streamName || nameFromConnectionData(connection.data) || FALLBACK_NAME, isLocal: false };
      return {
        ...state,
        participants: [...state.participants, added],
        tiles: upsertTile(state.tiles, avatarTile(added)),
      };
    });
    if (added) this.host.emit('participant-joined', { participant: added });
  }

  private removeParticipant(id: string): void {
    let removed: Participant | undefined;
    this.host.update((state) => {
      removed = state.participants.find((participant) => participant.id === id && !participant.isLocal);
      if (!removed) return state;
      return {
        ...state,
        participants: state.participants.filter((participant) => participant !== removed),
        tiles: state.tiles.filter((tile) => tile.participantId !== id),
      };
    });
    for (const [streamId, feed] of this.feeds) {
      if (feed.subscriber.stream?.connection.connectionId === id) this.dropFeed(streamId, false);
    }
    if (this.activeSpeaker.remove(id)) this.announceActiveSpeaker();
    if (removed) this.host.emit('participant-left', { participant: removed });
  }

  private addStream(stream: OTStream): void {
    if (this.isOwnConnection(stream.connection) || this.feeds.has(stream.streamId)) return;
    const kind = streamKind(stream);
    const participantId = stream.connection.connectionId;
    this.addParticipant(stream.connection, kind === 'camera' ? stream.name : undefined);
    this.host.update((state) => {
      const owner = state.participants.find((participant) => participant.id === participantId);
      const name = (kind === 'camera' && stream.name) || owner?.name || FALLBACK_NAME;
      // The camera stream's name is the one the person chose; it wins over connection data.
      const participants =
        owner && owner.name !== name && kind === 'camera'
          ? state.participants.map((participant) => (participant === owner ? { ...owner, name } : participant))
          : state.participants;
      const tile: TileState = {
        key: tileKey(stream, kind),
        participantId,
        name,
        streamId: stream.streamId,
        kind,
        isLocal: false,
        audioMuted: !stream.hasAudio,
        videoMuted: !stream.hasVideo,
        speaking: false,
        lastSpokeAt: 0,
        video: undefined,
      };
      return { ...state, participants, tiles: upsertTile(state.tiles, tile) };
    });
    this.subscribe(stream, kind);
    this.host.emit('stream-added', { participantId, streamId: stream.streamId, kind });
  }

  private subscribe(stream: OTStream, kind: StreamKind): void {
    const session = this.session;
    if (!session) return;
    const key = tileKey(stream, kind);
    let subscriber: OTSubscriber | undefined;
    const startWithVideo = this.quality.startWithVideo;
    const fail = (error: unknown) => {
      if (this.disposed) return;
      this.host.emit(
        'error',
        new VideoRoomError('subscribe-failed', `Could not receive ${this.tileName(key)}'s ${kind === 'screen' ? 'screen' : 'video and audio'}. They stay listed in the call.`, {
          recoverable: true,
          cause: error,
        }),
      );
    };
    try {
      subscriber = session.subscribe(
        stream,
        undefined,
        {
          insertDefaultUI: false,
          subscribeToAudio: true,
          subscribeToVideo: startWithVideo,
          fitMode: kind === 'screen' ? 'contain' : 'cover',
        },
        (error) => {
          if (error) {
            this.dropFeed(stream.streamId, true);
            fail(error);
          }
        },
      );
    } catch (error) {
      fail(error);
      return;
    }
    // The SDK returns no subscriber when it refuses synchronously (it has called back with the error).
    if (!subscriber) return;
    const feed: RemoteFeed = { subscriber, speaking: new SpeakingDetector(), wasSpeaking: false, undo: [] };
    feed.undo.push(
      listen(subscriber, 'videoElementCreated', (event) => {
        if (event.element instanceof HTMLVideoElement) this.patchTile(key, { video: event.element as HTMLVideoElement });
      }),
      listen(subscriber, 'audioBlocked', () => this.setAudioBlocked(stream.streamId, true)),
      listen(subscriber, 'audioUnblocked', () => this.setAudioBlocked(stream.streamId, false)),
      listen(subscriber, 'audioLevelUpdated', (event) => {
        const now = performance.now();
        const speaking = feed.speaking.update(event.audioLevel, now);
        if (speaking !== feed.wasSpeaking) {
          feed.wasSpeaking = speaking;
          this.changeTile(key, (tile) => withSpeaking(tile, speaking, now));
        }
        const audible = speaking && stream.hasAudio;
        if (kind === 'camera' && this.activeSpeaker.update(stream.connection.connectionId, audible, feed.speaking.level, now)) {
          this.announceActiveSpeaker();
        }
      }),
    );
    this.feeds.set(stream.streamId, feed);
    this.quality.add(stream.streamId, subscriber, kind, startWithVideo);
  }

  private screenShareHost(): ScreenShareHost {
    return {
      changed: (share) => {
        if (this.disposed) return;
        this.host.update((state) => ({
          ...state,
          tiles: share
            ? upsertTile(state.tiles, {
                key: LOCAL_SCREEN_KEY,
                participantId: state.localParticipantId ?? '',
                name: this.displayName,
                streamId: share.streamId,
                kind: 'screen',
                isLocal: true,
                audioMuted: true,
                videoMuted: false,
                speaking: false,
                lastSpokeAt: 0,
                video: share.video,
              })
            : removeTile(state.tiles, LOCAL_SCREEN_KEY),
        }));
      },
      started: (streamId) => {
        this.host.update((state) => ({
          ...state,
          screenSharing: true,
          tiles: updateTile(state.tiles, LOCAL_SCREEN_KEY, (tile) => ({ ...tile, streamId })),
        }));
        this.host.emit('screen-share-started', { streamId });
      },
      stopped: (streamId) => {
        this.host.update((state) => ({ ...state, screenSharing: false }));
        this.host.emit('screen-share-stopped', { streamId });
      },
      failed: (error) => this.host.emit('error', error),
    };
  }

  private setAudioBlocked(streamId: string, blocked: boolean): void {
    if (blocked) this.audioBlocked.add(streamId);
    else this.audioBlocked.delete(streamId);
    const any = this.audioBlocked.size > 0;
    this.host.update((state) => (state.audioBlocked === any ? state : { ...state, audioBlocked: any }));
  }

  private announceActiveSpeaker(): void {
    const participantId = this.activeSpeaker.activeSpeaker;
    this.host.update((state) => ({ ...state, activeSpeakerId: participantId }));
    this.host.emit('active-speaker-change', { participantId: participantId ?? null });
  }

  private tileName(key: string): string {
    return this.host.current().tiles.find((tile) => tile.key === key)?.name ?? FALLBACK_NAME;
  }

  private removeStream(stream: OTStream): void {
    if (this.isOwnConnection(stream.connection)) return;
    const kind = streamKind(stream);
    const had = this.feeds.has(stream.streamId);
    this.dropFeed(stream.streamId, false);
    this.host.update((state) => {
      if (kind === 'screen') return { ...state, tiles: removeTile(state.tiles, tileKey(stream, kind)) };
      // The person is still here without a camera stream: keep their tile as an avatar.
      return {
        ...state,
        tiles: updateTile(state.tiles, tileKey(stream, kind), (tile) => ({
          ...tile,
          streamId: undefined,
          video: undefined,
          audioMuted: true,
          videoMuted: true,
          speaking: false,
        })),
      };
    });
    if (had) this.host.emit('stream-removed', { participantId: stream.connection.connectionId, streamId: stream.streamId, kind });
  }

  /** Forgets a subscriber; `unsubscribe` only when the stream is still there (the SDK destroys it otherwise). */
  private dropFeed(streamId: string, unsubscribe: boolean): void {
    const feed = this.feeds.get(streamId);
    if (!feed) return;
    this.feeds.delete(streamId);
    this.quality.remove(streamId);
    if (this.audioBlocked.has(streamId)) this.setAudioBlocked(streamId, false);
    runAll(feed.undo);
    if (unsubscribe && this.session) {
      try {
        this.session.unsubscribe(feed.subscriber);
      } catch {
        // Already gone with its stream.
      }
    }
  }

  private updateStreamTile(stream: OTStream, change: Partial<TileState>): void {
    if (this.isOwnConnection(stream.connection)) return;
    this.changeTile(tileKey(stream, streamKind(stream)), (tile) =>
      tile.streamId === stream.streamId && changes(tile, change) ? { ...tile, ...change } : tile,
    );
  }
}

/** The tile with its speaking flag set, never while its microphone is muted. */
function withSpeaking(tile: TileState, speaking: boolean, now: number): TileState {
  const next = speaking && !tile.audioMuted;
  if (next === tile.speaking) return tile;
  return { ...tile, speaking: next, lastSpokeAt: tile.speaking ? now : tile.lastSpokeAt };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function withoutTracks(sources: PublisherSources): PublisherSources {
  const deviceOf = (source: MediaStreamTrack | string | undefined) =>
    source instanceof MediaStreamTrack ? source.getSettings().deviceId || undefined : source;
  return { ...sources, audioSource: deviceOf(sources.audioSource), videoSource: deviceOf(sources.videoSource) };
}

function streamKind(stream: OTStream): StreamKind {
  return stream.videoType === 'screen' ? 'screen' : 'camera';
}

function tileKey(stream: OTStream, kind: StreamKind): string {
  return kind === 'screen' ? stream.streamId : cameraTileKey(stream.connection.connectionId);
}

function avatarTile(participant: Participant): TileState {
  return {
    key: cameraTileKey(participant.id),
    participantId: participant.id,
    name: participant.name,
    streamId: undefined,
    kind: 'camera',
    isLocal: false,
    audioMuted: true,
    videoMuted: true,
    speaking: false,
    lastSpokeAt: 0,
    video: undefined,
  };
}

/** Connection data is whatever the token server put there: a JSON object with `name`, or the name itself. */
export function nameFromConnectionData(data: string | undefined): string | undefined {
  if (!data) return undefined;
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { name?: unknown }).name === 'string') {
      return (parsed as { name: string }).name.trim() || undefined;
    }
    return undefined;
  } catch {
    return data.trim().slice(0, 100) || undefined;
  }
}

function changes(tile: TileState, change: Partial<TileState>): boolean {
  return (Object.keys(change) as Array<keyof TileState>).some((key) => tile[key] !== change[key]);
}

function safeDestroy(publisher: OTPublisher | undefined): void {
  try {
    publisher?.destroy();
  } catch {
    // Destroying a publisher whose media never started can throw in some SDK versions.
  }
}

function runAll(undo: Array<() => void>): void {
  for (const step of undo.splice(0)) step();
}
