import { VideoRoomError } from '../errors.js';
import { listen, viaCallback } from '../sdk/listen.js';
import type { AudioFilter, OTNamespace, OTPublisher, OTSession, OTStream, VideoFilter } from '../sdk/types.js';
import { mediaProcessorSupport } from './capabilities.js';
import { mediaError } from './errors.js';
import { HandedTracks } from './handed-tracks.js';
import { UnstableConnectionWatcher } from './unstable-connection.js';
import type { LocalTileChange } from './roster.js';
import { SpeakingDetector } from './speaking.js';

/**
 * Where the camera publisher's media comes from. A track is handed over: the publisher owns it
 * (and stops it when destroyed), so the pre-join preview's camera is never opened twice.
 */
export interface PublisherSources {
  audioSource?: MediaStreamTrack | string;
  videoSource?: MediaStreamTrack | string;
  videoFilter?: VideoFilter;
  audioFilter?: AudioFilter;
  /** Send the user's speech to Live Captions (the `captions` attribute). */
  publishCaptions?: boolean;
}

/** What the camera publisher tells its call. */
export interface CameraPublisherHost {
  localTile(change: LocalTileChange): void;
  /** Whether a publisher is running (false: the user is a viewer). */
  publishing(on: boolean): void;
  speaking(speaking: boolean, now: number): void;
  /** The user's own connection has been poor for a while (or has recovered). */
  unstable(unstable: boolean): void;
  /** A moderator muted this publisher's audio. */
  forcedMute(): void;
  failed(error: VideoRoomError): void;
}

type Media = { audio: boolean; video: boolean };

/**
 * The user's camera and microphone publisher: starts it (with the tracks handed over from the
 * join screen, which it owns from then on: stopped if the publisher never takes them), publishes
 * it, switches its devices and filters, and releases it.
 */
export class CameraPublisher {
  /** Set once initPublisher succeeded; `pending` covers the time before, so release() reaches it. */
  private publisher: OTPublisher | undefined;
  private pending: OTPublisher | undefined;
  private undo: Array<() => void> = [];
  /** Settles when initPublisher has answered, or when the pending publisher is released. */
  private ready: Promise<void> = Promise.resolve();
  private settleReady: (() => void) | undefined;
  private readonly localSpeaking = new SpeakingDetector();
  private released = false;
  lastError: VideoRoomError | undefined;

  constructor(
    private readonly sdk: OTNamespace,
    private readonly host: CameraPublisherHost,
    private readonly displayName: string,
    private sources: PublisherSources = {},
    /** The tracks among `sources`, held by the room until a publisher takes them. */
    private readonly tracks: HandedTracks = new HandedTracks(),
  ) {}

  /** Device IDs and filters as they are now: a new publisher would open the same devices. */
  get currentSources(): PublisherSources {
    return withoutTracks(this.sources);
  }

  /** The published camera stream, once there is one. */
  get stream(): OTStream | undefined {
    return this.publisher?.stream;
  }

  /** A publisher exists or is starting (so the user is not a viewer). */
  get active(): boolean {
    return (this.publisher ?? this.pending) !== undefined;
  }

  /** Starts the camera and microphone; resolves once the SDK has answered (failures are reported, not thrown). */
  start(media: Media): Promise<void> {
    this.ready = new Promise((resolve) => {
      // The SDK never calls back for a publisher destroyed while the camera is starting, so
      // release() settles this too.
      this.settleReady = resolve;
      let publisher: OTPublisher | undefined;
      const undo: Array<() => void> = [];
      const finish = (error?: { name?: string; code?: number; message?: string }) => {
        if (this.released || publisher !== this.pending) return;
        this.pending = undefined;
        if (error) {
          runAll(undo);
          safeDestroy(publisher);
          this.tracks.stop();
          this.reportFailure(mediaError(error));
        } else {
          this.publisher = publisher;
          this.tracks.forget(); // the publisher stops them from now on
          const watcher = new UnstableConnectionWatcher(publisher!, (update) => this.host.unstable(update.unstable));
          undo.push(() => {
            watcher.dispose();
            this.host.unstable(false);
          });
          this.host.publishing(true);
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
            // Where the SDK supports it, a weak uplink drops our video before our voice.
            audioFallback: { publisher: true },
            width: '100%',
            height: '100%',
            ...definedOnly(this.supportedSources()),
          },
          (error) => queueMicrotask(() => finish(error ?? undefined)),
        );
      } catch (error) {
        this.tracks.stop();
        this.reportFailure(mediaError(error as { name?: string; message?: string }));
        this.settle();
        return;
      } finally {
        // Handed-over tracks are used once: a retry as a viewer opens the devices by ID.
        this.sources = withoutTracks(this.sources);
      }
      this.pending = publisher;
      this.undo = undo;
      undo.push(
        listen(publisher, 'videoElementCreated', (event) => {
          if (event.element instanceof HTMLVideoElement) this.host.localTile({ video: event.element });
        }),
        listen(publisher, 'audioLevelUpdated', (event) => {
          const now = performance.now();
          // About 60 samples a second: the state (and so the element) changes only when the flag does.
          this.host.speaking(this.localSpeaking.update(event.audioLevel, now), now);
        }),
        listen(publisher, 'muteForced', () => this.host.forcedMute()),
        listen(publisher, 'streamCreated', (event) => this.host.localTile({ streamId: event.stream.streamId })),
        listen(publisher, 'streamDestroyed', () => this.host.localTile({ streamId: undefined })),
      );
    });
    return this.ready;
  }

  /** Publishes once the camera has started; on failure the user stays as a viewer. */
  async publish(session: OTSession): Promise<void> {
    await this.ready;
    const publisher = this.publisher;
    if (!publisher || this.released) return;
    try {
      await viaCallback((done) => session.publish(publisher, done));
    } catch (error) {
      if (this.released) return;
      this.release(false);
      this.reportFailure(
        new VideoRoomError('publish-failed', 'Your camera and microphone could not be sent to the call. You joined as a viewer.', {
          recoverable: true,
          cause: error,
          reason: { key: 'publish-failed' },
        }),
      );
    }
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

  /** Applies (or with null, clears) a background effect or noise suppression. */
  async setFilter(kind: 'video' | 'audio', filter: VideoFilter | AudioFilter | null): Promise<void> {
    this.sources = { ...this.sources, [kind === 'video' ? 'videoFilter' : 'audioFilter']: filter ?? undefined };
    const publisher = this.publisher;
    if (!publisher) return;
    if (kind === 'video') await (filter ? publisher.applyVideoFilter?.(filter as VideoFilter) : publisher.clearVideoFilter?.());
    else await (filter ? publisher.applyAudioFilter?.(filter as AudioFilter) : publisher.clearAudioFilter?.());
  }

  setAudio(on: boolean): void {
    (this.publisher ?? this.pending)?.publishAudio(on);
  }

  setVideo(on: boolean): void {
    (this.publisher ?? this.pending)?.publishVideo(on);
  }

  /** Destroys the publisher (which also unpublishes it) and stops tracks nobody took; `final` when the call ends. */
  release(final = true): void {
    if (final) this.released = true;
    runAll(this.undo);
    const publisher = this.publisher ?? this.pending;
    this.publisher = undefined;
    this.pending = undefined;
    safeDestroy(publisher);
    this.tracks.stop();
    this.settle();
    if (!final) {
      this.host.localTile({ video: undefined, streamId: undefined, speaking: false });
      this.host.publishing(false);
    }
  }

  private settle(): void {
    this.settleReady?.();
    this.settleReady = undefined;
  }

  /** The sources, without effects where this browser has no media processors (the SDK would fail). */
  private supportedSources(): PublisherSources {
    return mediaProcessorSupport(this.sdk) ? this.sources : { ...this.sources, videoFilter: undefined, audioFilter: undefined };
  }

  private reportFailure(error: VideoRoomError): void {
    this.lastError = error;
    this.undo = [];
    this.host.publishing(false);
    this.host.localTile({ video: undefined, audioMuted: true, videoMuted: true });
    this.host.failed(error);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function withoutTracks(sources: PublisherSources): PublisherSources {
  const deviceOf = (source: MediaStreamTrack | string | undefined) =>
    source instanceof MediaStreamTrack ? source.getSettings().deviceId || undefined : source;
  return { ...sources, audioSource: deviceOf(sources.audioSource), videoSource: deviceOf(sources.videoSource) };
}

function safeDestroy(publisher: OTPublisher | undefined): void {
  try {
    publisher?.destroy();
  } catch {
    // Destroying a publisher whose media never started can throw in some SDK versions.
  }
}

export function runAll(undo: Array<() => void>): void {
  for (const step of undo.splice(0)) step();
}
