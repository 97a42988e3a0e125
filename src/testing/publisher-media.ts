/**
 * A publisher's media: the camera, microphone, screen or custom tracks it captured, the level
 * meter, and the SDK's habit of swapping the camera for a black canvas track while video is off
 * (so the camera light goes out) and capturing the camera again when video comes back. It is also
 * what subscribers of the published stream receive (`StreamMedia`).
 */
import type { AudioFilter, OTDimensions, PublisherProperties, VideoFilter } from '../sdk/types.js';
import { createLevelMeter, type LevelMeter } from './audio.js';
import type { ConnectionRecord, StreamMedia, StreamRecord } from './cloud.js';
import type { SimContext } from './context.js';
import { ErrorCodes, domError, otError, type SimOTError } from './errors.js';
import { newId } from './ids.js';
import { BlackVideo } from './media.js';

const SCREEN_SOURCES = new Set(['screen', 'window', 'application', 'browser']);
const DEFAULT_DIMENSIONS: OTDimensions = { width: 640, height: 480 };

/** What the media needs to know of, and tell, its publisher. */
export interface MediaHost {
  readonly props: PublisherProperties & { publishAudio: boolean; publishVideo: boolean; name: string };
  /** Whether the publisher still wants media (neither destroyed nor failed). */
  alive(): boolean;
  /** A track was replaced: rebind the preview and tell subscribers. */
  tracksChanged(): void;
  /** The browser ended a captured track (the "Stop sharing" bar, an unplugged device). */
  trackEnded(track: MediaStreamTrack): void;
}

export type VideoKind = 'camera' | 'screen' | 'custom';

/** What `publisher.getVideoSource()` reports. */
export interface VideoSourceInfo {
  deviceId: string | null;
  type: VideoKind | null;
  track: MediaStreamTrack | null;
}

/** The SDK's synchronous checks of `OT.initPublisher`'s target and properties. */
export function invalidProperties(props: PublisherProperties, target: HTMLElement | string | undefined): SimOTError | null {
  const { audioSource, videoSource } = props;
  if (props.insertDefaultUI === false && target) {
    return otError('OT_INVALID_PARAMETER', 'You cannot specify a target element if insertDefaultUI is false', ErrorCodes.INVALID_PARAMETER);
  }
  if ((audioSource === null || audioSource === false) && (videoSource === null || videoSource === false)) {
    return otError('OT_INVALID_PARAMETER', 'You cannot specify both audioSource and videoSource as null or false', ErrorCodes.INVALID_PARAMETER);
  }
  return null;
}

export class PublisherMedia implements StreamMedia {
  /** The publisher's MediaStream once captured; its tracks change as sources are swapped. */
  stream: MediaStream | null = null;
  camera: MediaStreamTrack | null = null;
  mic: MediaStreamTrack | null = null;
  kind: VideoKind | null = null;
  deviceId: string | null = null;
  /** The background effect and noise suppression in use (recorded, not applied). */
  videoFilter: VideoFilter | null = null;
  audioFilter: AudioFilter | null = null;
  private black: BlackVideo | null = null;
  private meter: LevelMeter | null = null;

  constructor(
    private readonly ctx: SimContext,
    private readonly host: MediaHost,
  ) {}

  /** Returns `filter`; throws like the SDK where media processors are unsupported. */
  checkFilter<F>(filter: F): F {
    if (!this.ctx.mediaProcessorSupport) throw otError('OT_NOT_SUPPORTED', 'Media processors are not supported in this browser.');
    return filter;
  }

  // ---- StreamMedia ----

  get audioTrack(): MediaStreamTrack | null {
    return this.mic;
  }

  get videoTrack(): MediaStreamTrack | null {
    return this.camera ?? this.black?.track ?? null;
  }

  audioLevel(): number {
    if (!this.host.props.publishAudio || !this.mic) return 0;
    // Measured from the first reading on, as the SDK's meter starts with its first listener:
    // a publisher nobody measures opens no audio graph.
    this.meter ??= createLevelMeter(this.ctx.audio, this.mic);
    return this.meter.level();
  }

  /** The record of a stream published from `connection` with this media, as it is now. */
  streamRecord(connection: ConnectionRecord): StreamRecord {
    const { props } = this.host;
    return {
      streamId: newId(),
      connection,
      creationTime: Date.now(),
      name: props.name,
      hasAudio: props.publishAudio && !!this.mic,
      hasVideo: props.publishVideo && this.hasVideoSource(),
      hasCaptions: props.publishCaptions === true,
      videoType: this.kind ?? undefined,
      videoDimensions: this.dimensions(),
      frameRate: 30,
      media: this,
      observers: new Set(),
      ...(props.audioFallback?.subscriber === undefined ? {} : { subscriberAudioFallback: props.audioFallback.subscriber }),
    };
  }

  // ---- Capture ----

  /**
   * Captures what the properties ask for: custom tracks, a screen, and/or camera and microphone.
   * Rejects as getUserMedia would, also when `denyMedia()` simulates a refusal or a busy device.
   */
  async capture(): Promise<MediaStream> {
    const denial = this.ctx.mediaDenial;
    if (denial === 'denied') throw domError('NotAllowedError', 'Permission denied');
    if (denial === 'unavailable') throw domError('NotReadableError', 'Could not start video source');
    const { audioSource, videoSource } = this.host.props;
    const wantsAudio = audioSource !== null && audioSource !== false;
    const wantsVideo = videoSource !== null && videoSource !== false;
    const customAudio = isTrack(audioSource) ? audioSource : null;
    const customVideo = isTrack(videoSource) ? videoSource : null;
    const tracks: MediaStreamTrack[] = [];
    if (customAudio) tracks.push(customAudio);
    if (customVideo) {
      tracks.push(customVideo);
      this.kind = 'custom';
    }
    if (wantsVideo && !customVideo && typeof videoSource === 'string' && SCREEN_SOURCES.has(videoSource)) {
      const screen = await navigator.mediaDevices.getDisplayMedia({ video: true });
      tracks.push(...screen.getVideoTracks());
      this.kind = 'screen';
    }
    const audio: MediaTrackConstraints | boolean =
      wantsAudio && !customAudio ? (typeof audioSource === 'string' ? { deviceId: { exact: audioSource } } : true) : false;
    const cameraWanted = wantsVideo && !customVideo && this.kind !== 'screen';
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
      this.kind = 'camera';
      const track = tracks.find((t) => t.kind === 'video');
      this.deviceId = track?.getSettings().deviceId ?? (typeof videoSource === 'string' ? videoSource : null);
    }
    return new MediaStream(tracks);
  }

  /** Takes the captured stream: its tracks are counted, watched for ending, and the mic follows `publishAudio`. */
  adopt(stream: MediaStream): void {
    this.stream = stream;
    this.mic = stream.getAudioTracks()[0] ?? null;
    this.camera = stream.getVideoTracks()[0] ?? null;
    for (const track of stream.getTracks()) {
      this.ctx.tracks.add(track);
      // 'ended' fires only when the browser stops a track (the "Stop sharing" bar, an unplugged device).
      track.addEventListener('ended', () => this.host.trackEnded(track), { once: true });
    }
    if (this.mic) this.mic.enabled = this.host.props.publishAudio;
  }

  hasVideoSource(): boolean {
    return this.kind !== null;
  }

  dimensions(): OTDimensions {
    const settings = (this.camera ?? this.black?.track)?.getSettings();
    return settings?.width && settings.height ? { width: settings.width, height: settings.height } : { ...DEFAULT_DIMENSIONS };
  }

  /** Replaces the microphone with another device (by ID) or the given track. */
  async replaceMic(source: string | MediaStreamTrack): Promise<void> {
    if (!this.mic) throw otError('OT_NOT_SUPPORTED', 'Cannot set the audio source of a publisher that has no audio.');
    const next =
      typeof source === 'string'
        ? (await navigator.mediaDevices.getUserMedia({ audio: { deviceId: { exact: source } } })).getAudioTracks()[0]
        : source;
    if (!next) throw otError('OT_INVALID_PARAMETER', 'No audio track for that source.');
    const stream = this.stream;
    const old = this.mic;
    if (!this.host.alive() || !stream || !old) {
      next.stop();
      return;
    }
    this.ctx.tracks.add(next);
    stream.removeTrack(old);
    old.stop();
    next.enabled = this.host.props.publishAudio;
    stream.addTrack(next);
    this.mic = next;
    this.meter?.dispose();
    this.meter = null; // the next reading measures the new microphone
    this.host.tracksChanged();
  }

  /**
   * Makes the video track match `publishVideo`: a camera is released (black canvas instead) while
   * off and captured again when on (or when `forceNewCamera`, after a device change); screen and
   * custom tracks are only disabled.
   */
  async applyVideoState(forceNewCamera = false): Promise<void> {
    const stream = this.stream;
    if (!stream || !this.host.alive()) return;
    const on = this.host.props.publishVideo;
    if (this.kind !== 'camera') {
      if (this.camera) this.camera.enabled = on;
      return;
    }
    if (!on) {
      if (!this.camera) return;
      const { width, height } = this.dimensions();
      const old = this.camera;
      this.black = new BlackVideo(width, height, this.ctx.timers);
      this.ctx.tracks.add(this.black.track);
      stream.removeTrack(old);
      old.stop();
      this.camera = null;
      if (this.black.track) stream.addTrack(this.black.track);
    } else {
      if (this.camera && !forceNewCamera) return;
      const media = await navigator.mediaDevices.getUserMedia({ video: this.cameraConstraints(this.deviceId) });
      const next = media.getVideoTracks()[0];
      if (!next) return;
      if (!this.host.alive() || !this.host.props.publishVideo) {
        next.stop();
        return;
      }
      this.ctx.tracks.add(next);
      if (this.camera) {
        stream.removeTrack(this.camera);
        this.camera.stop();
      }
      if (this.black) {
        if (this.black.track) stream.removeTrack(this.black.track);
        this.black.stop();
        this.black = null;
      }
      next.enabled = this.host.props.publishVideo;
      stream.addTrack(next);
      this.camera = next;
    }
    this.host.tracksChanged();
  }

  /** Stops every track (the SDK stops custom tracks too), the black canvas and the meter. */
  release(): void {
    this.meter?.dispose();
    this.meter = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.black?.stop();
    this.black = null;
    this.camera = null;
    this.mic = null;
    this.stream = null;
  }

  private cameraConstraints(deviceId: string | null): MediaTrackConstraints {
    const constraints: MediaTrackConstraints = {};
    if (deviceId) constraints.deviceId = { exact: deviceId };
    const match = /^(\d+)x(\d+)$/.exec(this.host.props.resolution ?? '');
    if (match) {
      constraints.width = { ideal: Number(match[1]) };
      constraints.height = { ideal: Number(match[2]) };
    }
    return constraints;
  }
}

function isTrack(value: unknown): value is MediaStreamTrack {
  return typeof MediaStreamTrack !== 'undefined' && value instanceof MediaStreamTrack;
}
