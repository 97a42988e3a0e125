import { VideoRoomError } from '../errors.js';
import { listen } from '../sdk/listen.js';
import type { OTSession, OTStream, OTSubscriber } from '../sdk/types.js';
import { ActiveSpeakerTracker } from './active-speaker.js';
import { NetworkQualityWatcher, type NetworkQualityUpdate } from './network-quality.js';
import { runAll } from './camera-publisher.js';
import { streamTileKey } from './roster.js';
import { SpeakingDetector } from './speaking.js';
import type { StreamKind } from './state.js';
import { VideoQuality, type VideoTarget } from './video-quality.js';

/** What the subscriptions tell their call. */
export interface RemoteFeedsHost {
  video(key: string, video: HTMLVideoElement): void;
  speaking(key: string, speaking: boolean, now: number): void;
  activeSpeaker(participantId: string | undefined): void;
  audioBlocked(blocked: boolean): void;
  networkQuality(key: string, update: NetworkQualityUpdate): void;
  caption(participantId: string, text: string, isFinal: boolean): void;
  /** A subscriber of this SDK has no caption API: no captions control. */
  captionsUnsupported(): void;
  failed(error: VideoRoomError): void;
  /** The name shown for a stream's owner, for error messages. */
  nameOf(key: string): string;
}

interface RemoteFeed {
  subscriber: OTSubscriber;
  participantId: string;
  speaking: SpeakingDetector;
  wasSpeaking: boolean;
  undo: Array<() => void>;
}

export function streamKind(stream: OTStream): StreamKind {
  return stream.videoType === 'screen' ? 'screen' : 'camera';
}

/**
 * Every subscriber of a call: subscribes to others' streams, follows their audio levels (speaking
 * rings, the active speaker), autoplay blocking, each link's network quality and the video
 * quality each tile asks for.
 */
export class RemoteFeeds {
  private readonly feeds = new Map<string, RemoteFeed>();
  private readonly blocked = new Set<string>();
  private readonly activeSpeakers = new ActiveSpeakerTracker();
  readonly quality = new VideoQuality();
  private captionsOn = false;

  constructor(
    private readonly session: OTSession,
    private readonly host: RemoteFeedsHost,
  ) {}

  has(streamId: string): boolean {
    return this.feeds.has(streamId);
  }

  /** Whether the stream is still audible and speaking, for a tile whose microphone was just unmuted. */
  isSpeaking(streamId: string): boolean {
    return this.feeds.get(streamId)?.wasSpeaking ?? false;
  }

  /** Every subscriber (and each new one) subscribes to captions, or stops. */
  setCaptions(on: boolean): void {
    this.captionsOn = on;
    for (const feed of this.feeds.values()) this.subscribeToCaptions(feed.subscriber, on);
  }

  private subscribeToCaptions(subscriber: OTSubscriber, on: boolean): void {
    if (typeof subscriber.subscribeToCaptions !== 'function') {
      this.host.captionsUnsupported();
      return;
    }
    subscriber.subscribeToCaptions(on)?.catch?.(() => undefined);
  }

  setTargets(targets: ReadonlyMap<string, VideoTarget>): void {
    this.quality.setTargets(targets);
  }

  subscribe(stream: OTStream): void {
    const kind = streamKind(stream);
    const participantId = stream.connection.connectionId;
    const key = streamTileKey(participantId, stream.streamId, kind);
    const startWithVideo = this.quality.startWithVideo;
    const fail = (error: unknown) => {
      const what = kind === 'screen' ? 'screen' : 'video and audio';
      const name = this.host.nameOf(key);
      this.host.failed(
        new VideoRoomError('subscribe-failed', `Could not receive ${name}'s ${what}. They stay listed in the call.`, {
          recoverable: true,
          cause: error,
          reason: { key: 'subscribe-failed', name, screen: kind === 'screen' },
        }),
      );
    };
    let subscriber: OTSubscriber | undefined;
    try {
      subscriber = this.session.subscribe(
        stream,
        undefined,
        { insertDefaultUI: false, subscribeToAudio: true, subscribeToVideo: startWithVideo, fitMode: kind === 'screen' ? 'contain' : 'cover' },
        (error) => {
          if (!error) return;
          this.drop(stream.streamId, true);
          fail(error);
        },
      );
    } catch (error) {
      fail(error);
      return;
    }
    // The SDK returns no subscriber when it refuses synchronously (it has called back with the error).
    if (!subscriber) return;
    const feed: RemoteFeed = { subscriber, participantId, speaking: new SpeakingDetector(), wasSpeaking: false, undo: [] };
    feed.undo.push(
      listen(subscriber, 'videoElementCreated', (event) => {
        if (event.element instanceof HTMLVideoElement) this.host.video(key, event.element);
      }),
      listen(subscriber, 'captionReceived', (event) => this.host.caption(participantId, event.caption, event.isFinal)),
      listen(subscriber, 'audioBlocked', () => this.setBlocked(stream.streamId, true)),
      listen(subscriber, 'audioUnblocked', () => this.setBlocked(stream.streamId, false)),
      listen(subscriber, 'audioLevelUpdated', (event) => {
        const now = performance.now();
        const speaking = feed.speaking.update(event.audioLevel, now);
        if (speaking !== feed.wasSpeaking) {
          feed.wasSpeaking = speaking;
          this.host.speaking(key, speaking, now);
        }
        const audible = speaking && stream.hasAudio;
        if (kind === 'camera' && this.activeSpeakers.update(participantId, audible, feed.speaking.level, now)) {
          this.host.activeSpeaker(this.activeSpeakers.activeSpeaker);
        }
      }),
    );
    const watcher = new NetworkQualityWatcher(subscriber, (update) => this.host.networkQuality(key, update));
    feed.undo.push(() => watcher.dispose());
    this.feeds.set(stream.streamId, feed);
    if (kind === 'camera' && (this.captionsOn || typeof subscriber.subscribeToCaptions !== 'function')) this.subscribeToCaptions(subscriber, this.captionsOn);
    this.quality.add(stream.streamId, subscriber, kind, startWithVideo);
  }

  /** Forgets a subscriber; `unsubscribe` only when the stream is still there (the SDK destroys it otherwise). */
  drop(streamId: string, unsubscribe: boolean): void {
    const feed = this.feeds.get(streamId);
    if (!feed) return;
    this.feeds.delete(streamId);
    this.quality.remove(streamId);
    if (this.blocked.has(streamId)) this.setBlocked(streamId, false);
    runAll(feed.undo);
    if (!unsubscribe) return;
    try {
      this.session.unsubscribe(feed.subscriber);
    } catch {
      // Already gone with its stream.
    }
  }

  /** Someone left: their feeds go, and so does their claim on the focus. */
  dropParticipant(participantId: string): void {
    for (const [streamId, feed] of this.feeds) {
      if (feed.participantId === participantId) this.drop(streamId, false);
    }
    if (this.activeSpeakers.remove(participantId)) this.host.activeSpeaker(this.activeSpeakers.activeSpeaker);
  }

  dispose(): void {
    for (const streamId of [...this.feeds.keys()]) this.drop(streamId, true);
    this.quality.dispose();
  }

  private setBlocked(streamId: string, blocked: boolean): void {
    const before = this.blocked.size > 0;
    if (blocked) this.blocked.add(streamId);
    else this.blocked.delete(streamId);
    const after = this.blocked.size > 0;
    if (before !== after) this.host.audioBlocked(after);
  }
}
