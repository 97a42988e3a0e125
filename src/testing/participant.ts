/** A simulated remote participant: a connection in the cloud plus camera and screen streams. */
import { EVERY_ROOM, type ConnectionRecord, type StreamMedia, type StreamRecord } from './cloud.js';
import type { SimContext } from './context.js';
import { newId } from './ids.js';
import { FakeMedia } from './media.js';
import { checkRole, type SimRole } from './roles.js';
import type { TrackOwner } from './tracks.js';

/** A remote participant as tests see it. */
export interface SimulatedParticipant {
  /** The participant's connection ID (what sessions see as `connection.connectionId`). */
  readonly connectionId: string;
  /** The camera stream's ID, or null when not publishing. */
  readonly streamId: string | null;
  /** The screen-share stream's ID while sharing, else null. */
  readonly screenStreamId: string | null;
  readonly name: string;
  /** The session ID it joined, or `'*'` when it is visible in every session. */
  readonly sessionId: string;
  /** The connection data other clients see. */
  readonly data: string;
  /** Whether the camera stream has audio / video now. */
  readonly audio: boolean;
  readonly video: boolean;
  /** Whether `speak()` is in effect. */
  readonly speaking: boolean;
  /** Whether its hand is raised (`raiseHand()`). */
  readonly handRaised: boolean;
  /** The role its token has, when one was given to `addParticipant`. */
  readonly role?: SimRole;
}

/** Options of `simulator.addParticipant()`. */
export interface AddParticipantOptions {
  /** Display name: the stream name and the text drawn in its picture. */
  name: string;
  /** The session ID to join; omitted: the participant is in every session (room `'*'`). */
  sessionId?: string;
  /**
   * Connection data, as a token server would put in the token. Default `JSON.stringify({ name })`,
   * or `JSON.stringify({ name, role })` when `role` is given: the convention of this project's
   * demo token server.
   */
  data?: string;
  /**
   * Its token's role (`'moderator'`, `'publisher'` or `'subscriber'`); omitted: none is known
   * (the data carries no role). A `'subscriber'` cannot publish, so `publish` then defaults to false.
   */
  role?: SimRole;
  /** Whether its camera stream publishes captions (`stream.hasCaptions`; default false). */
  captions?: boolean;
  /** Publish with audio on (default true). */
  audio?: boolean;
  /** Publish with video on (default true). */
  video?: boolean;
  /** The first stream's video type (default `'camera'`). */
  videoType?: 'camera' | 'screen';
  /** Publish a stream at all (default true; false for the `'subscriber'` role). */
  publish?: boolean;
}

const COLORS = ['#1f6feb', '#d1495b', '#2a9d8f', '#8e44ad', '#e07a2f', '#16a085', '#c0392b', '#34495e'];
const CAMERA_SIZE = { width: 640, height: 360 };
const SCREEN_SIZE = { width: 1280, height: 720 };

export class Participant implements SimulatedParticipant, TrackOwner {
  readonly connection: ConnectionRecord;
  readonly name: string;
  readonly sessionId: string;
  readonly role: SimRole | undefined;
  readonly captions: boolean;
  camera: StreamRecord | null = null;
  screen: StreamRecord | null = null;
  inRoom = true;
  /** The `vr-hand` data it sent when it raised its hand (re-sent to late joiners), or null. */
  hand: string | null = null;
  private speakingLevel: number | null = null;
  private readonly color: string;
  private readonly frequency: number;
  private readonly media = new Map<string, FakeMedia>();

  constructor(
    private readonly ctx: SimContext,
    options: AddParticipantOptions,
    index: number,
  ) {
    this.name = options.name;
    this.sessionId = options.sessionId ?? EVERY_ROOM;
    if (options.role !== undefined && !checkRole(options.role)) {
      throw new Error(`[ot-simulator] Unknown role "${String(options.role)}": use 'moderator', 'publisher' or 'subscriber'`);
    }
    this.role = options.role;
    this.captions = options.captions === true;
    this.color = COLORS[index % COLORS.length]!;
    this.frequency = 220 + (index % 12) * 30;
    this.connection = {
      connectionId: newId(),
      creationTime: Date.now(),
      data: options.data ?? JSON.stringify(this.role ? { name: options.name, role: this.role } : { name: options.name }),
      roomId: this.sessionId,
    };
  }

  get connectionId(): string {
    return this.connection.connectionId;
  }

  get data(): string {
    return this.connection.data;
  }

  get streamId(): string | null {
    return this.camera?.streamId ?? null;
  }

  get screenStreamId(): string | null {
    return this.screen?.streamId ?? null;
  }

  get audio(): boolean {
    return this.camera?.hasAudio ?? false;
  }

  get video(): boolean {
    return this.camera?.hasVideo ?? false;
  }

  get speaking(): boolean {
    return this.speakingLevel !== null;
  }

  get handRaised(): boolean {
    return this.hand !== null;
  }

  /** The public fields only, so participants can be serialised and compared. */
  toJSON(): SimulatedParticipant {
    const { connectionId, streamId, screenStreamId, name, sessionId, data, audio, video, speaking, handRaised, role } = this;
    return { connectionId, streamId, screenStreamId, name, sessionId, data, audio, video, speaking, handRaised, ...(role ? { role } : {}) };
  }

  /** A stream record for this participant (media is created when first subscribed to). */
  createStream(kind: 'camera' | 'screen', audio: boolean, video: boolean): StreamRecord {
    const streamId = newId();
    const size = kind === 'screen' ? SCREEN_SIZE : CAMERA_SIZE;
    const withAudio = kind === 'camera';
    const created = this.media; // read through getters: the tracks exist once first subscribed to
    const media: StreamMedia = {
      get audioTrack() {
        return created.get(streamId)?.audioTrack ?? null;
      },
      get videoTrack() {
        return created.get(streamId)?.videoTrack ?? null;
      },
      audioLevel: () => (withAudio ? this.level() : 0),
      prepare: () => this.ensureMedia(streamId, { kind, withAudio, ...size }),
    };
    return {
      streamId,
      connection: this.connection,
      creationTime: Date.now(),
      // Apps publish screen shares under the user's name; only the picture says "Screen of".
      name: this.name,
      hasAudio: withAudio && audio,
      hasVideo: video,
      hasCaptions: kind === 'camera' && this.captions,
      videoType: kind,
      videoDimensions: { ...size },
      frameRate: 15,
      media,
      observers: new Set(),
    };
  }

  /** Starts (level 0..1) or stops (null) speaking: louder oscillator and higher reported levels. */
  setSpeaking(level: number | null): void {
    this.speakingLevel = level === null ? null : Math.min(1, Math.max(0, level));
    for (const media of this.media.values()) media.setSpeaking(this.speakingLevel);
  }

  /** Stops the media behind one stream. */
  stopMedia(streamId: string): void {
    this.media.get(streamId)?.stop();
    this.media.delete(streamId);
  }

  /** Stops all media and leaves the room (its tracks then count as local leftovers if still live). */
  dispose(): void {
    for (const media of this.media.values()) media.stop();
    this.media.clear();
    this.inRoom = false;
  }

  /** The level a receiver would measure: around the speaking level, or about 0.01 when quiet. */
  private level(): number {
    const jitter = Math.random();
    if (this.speakingLevel === null) return 0.005 + 0.01 * jitter;
    return Math.min(1, this.speakingLevel * (0.85 + 0.3 * jitter));
  }

  private ensureMedia(
    streamId: string,
    options: { kind: 'camera' | 'screen'; withAudio: boolean; width: number; height: number },
  ): void {
    if (this.media.has(streamId) || !this.inRoom || typeof document === 'undefined') return;
    const media = new FakeMedia({ ...options, color: this.color, frequency: this.frequency }, this.ctx.timers, this.ctx.audio);
    media.setSpeaking(this.speakingLevel);
    this.media.set(streamId, media);
    this.ctx.tracks.add(media.videoTrack, this);
    this.ctx.tracks.add(media.audioTrack, this);
  }
}
