/**
 * The simulator's controls for what the Video API does to a whole session: archives (recording),
 * live captions and a moderator acting from outside the page. `Simulator` (simulator.ts) adds
 * the per-participant controls. Like every control, these act synchronously.
 */
import type { SimArchive, StartArchiveOptions } from './archives.js';
import { deliverCaption } from './captions.js';
import { EVERY_ROOM, type StreamRecord } from './cloud.js';
import type { PublisherReport } from './context.js';
import { SimulatorCore } from './simulator-core.js';

export type { SimArchive, StartArchiveOptions } from './archives.js';

/** Options of `simulator.forceMuteAll()`. */
export interface ForceMuteAllOptions {
  /** The session whose streams are muted; omitted: every session. */
  sessionId?: string;
  /** Stream IDs left unmuted. */
  excludedStreamIds?: string[];
}

export class SimulatorRoom extends SimulatorCore {
  // ---- Archives ----

  /**
   * Starts recording `sessionId` (omitted: every session) as the Video API's archive start does:
   * every connected local session it records emits `archiveStarted` `{ id, name, status: 'started',
   * archive }`, and sessions that connect while it runs get that event right after their
   * `sessionConnected` (and the `connectionCreated`/`streamCreated` replay). Returns the archive ID.
   * Throws, like the Video API's 409, when that session is already being recorded.
   */
  startArchive(options: StartArchiveOptions = {}): string {
    return this.ctx.archives.start(options);
  }

  /**
   * Stops the archive `id` (throws for one that is not running), or every running archive when
   * omitted: the sessions it records emit `archiveStopped` `{ id, name, status: 'stopped', archive }`.
   */
  stopArchive(id?: string): void {
    this.ctx.archives.stop(id);
  }

  /** Running archives: `{ id, name, sessionId, createdAt }`, oldest first. */
  archives(): SimArchive[] {
    return this.ctx.archives.list();
  }

  // ---- Captions ----

  /**
   * The caption service transcribes `text` for the camera stream of `connectionId` (a participant,
   * or a local session's connection): each connected local session with a subscriber to that stream
   * that subscribed to captions (`subscribeToCaptions(true)`, or the stream's `hasCaptions` when
   * subscribing) gets it — `captionReceived` on the Session, on every Subscriber of the stream there
   * and then `caption` on the Session, one event `{ caption, streamId, isFinal }`. Delivered whether
   * or not the publisher publishes captions (the test plays the service). `isFinal` defaults to true.
   * Returns how many sessions received it; throws when that client has no camera stream.
   */
  caption(connectionId: string, text: string, isFinal = true): number {
    return deliverCaption(this.ctx, this.cameraOf(connectionId), text, isFinal);
  }

  // ---- A moderator outside the page ----

  /**
   * A moderator mutes one stream (a participant's or a local publisher's): a local Publisher turns
   * its audio off and emits `muteForced`; every session sees `streamPropertyChanged` (`hasAudio`).
   */
  forceMuteStream(streamId: string): void {
    const record = this.ctx.cloud.streams.get(streamId);
    if (!record) throw new Error(`[ot-simulator] No stream "${streamId}"`);
    this.ctx.moderation.muteStream(record);
  }

  /**
   * A moderator mutes everyone of `sessionId` (omitted: every session) but `excludedStreamIds`, as
   * `session.forceMuteAll()` does: connected sessions emit `muteForced` `{ active: true }`, local
   * publishers `muteForced`, and streams published later start muted until `disableForceMute()`.
   */
  forceMuteAll(options: ForceMuteAllOptions = {}): void {
    this.ctx.moderation.muteAll(options.sessionId ?? EVERY_ROOM, new Set(options.excludedStreamIds ?? []));
  }

  /** A moderator ends that mute state (same `sessionId` as given to `forceMuteAll`): sessions emit `muteForced` `{ active: false }`. */
  disableForceMute(sessionId?: string): void {
    this.ctx.moderation.disableMuteAll(sessionId ?? EVERY_ROOM);
  }

  // ---- Inspection ----

  /** Every live local publisher: `{ id, streamId, sessionId, publishAudio, publishVideo, publishCaptions }`. */
  publishers(): PublisherReport[] {
    return [...this.ctx.publishers].map((publisher) => publisher._report());
  }

  /** The camera (or custom) stream of a participant or a local connection. */
  private cameraOf(connectionId: string): StreamRecord {
    const participant = this.roster.get(connectionId);
    const record = participant
      ? participant.camera
      : [...this.ctx.cloud.streams.values()].find((stream) => stream.connection.connectionId === connectionId && stream.videoType !== 'screen');
    if (!record || record.videoType === 'screen') {
      throw new Error(`[ot-simulator] "${connectionId}" has no camera stream to caption`);
    }
    return record;
  }
}
