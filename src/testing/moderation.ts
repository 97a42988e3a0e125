/**
 * What a moderator's action does in the simulated cloud, whoever asked (a local session's
 * `forceMuteStream`/`forceMuteAll`/`disableForceMute`/`forceDisconnect`, or a test through the
 * simulator's controls), with the SDK's effects on the clients concerned:
 * - a muted stream's publisher: a local Publisher turns its audio off and emits `muteForced`;
 *   then every session sees `streamPropertyChanged` (`hasAudio` false). A simulated participant
 *   just stops sending audio.
 * - mute all: every connected session of the room emits `muteForced` `{ active: true }` (the caller
 *   and excluded clients too) and enters the SDK's "mute on entry" state: streams published later
 *   start muted, also by participants added later and by sessions that join later (which emit
 *   `muteForced` `{ active: true }` after connecting). `disableForceMute` ends it (`{ active: false }`).
 * - remove: a local session ends with `sessionDisconnected` (reason `'forceDisconnected'`); a
 *   participant leaves (`streamDestroyed`, then `connectionDestroyed`, reason `'forceDisconnected'`).
 */
import { EVERY_ROOM, type StreamRecord } from './cloud.js';
import type { SimContext } from './context.js';
import type { SimSession } from './session.js';

/** Whether a member of `memberRoom` is in `roomId` (`'*'` on either side: everywhere). */
function inRoom(roomId: string, memberRoom: string): boolean {
  return roomId === EVERY_ROOM || memberRoom === EVERY_ROOM || memberRoom === roomId;
}

export class Moderation {
  /** Rooms in the "mute on entry" state (`'*'`: every room). */
  private readonly mutedRooms = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  /** Whether someone publishing in `roomId` now starts muted. */
  isMuted(roomId: string): boolean {
    if (roomId === EVERY_ROOM) return this.mutedRooms.size > 0;
    return this.mutedRooms.has(EVERY_ROOM) || this.mutedRooms.has(roomId);
  }

  /** Mutes one stream's audio, as its publisher's SDK does when the server tells it to. */
  muteStream(record: StreamRecord): void {
    if (!this.ctx.cloud.streams.has(record.streamId)) return;
    const publisher = record.connection.peer ? [...this.ctx.publishers].find((candidate) => candidate._publishedRecord === record) : undefined;
    if (publisher) publisher._forceMuteAudio();
    else this.ctx.cloud.updateStream(record, 'hasAudio', false);
  }

  /** Mutes every stream of `roomId` except `excluded` (stream IDs) and enters the mute-on-entry state. */
  muteAll(roomId: string, excluded: ReadonlySet<string> = new Set()): void {
    this.mutedRooms.add(roomId);
    for (const session of this.sessionsIn(roomId)) session._moderation.muteForced(true);
    for (const record of [...this.ctx.cloud.streams.values()]) {
      if (inRoom(roomId, record.connection.roomId) && !excluded.has(record.streamId)) this.muteStream(record);
    }
  }

  /** Ends the mute-on-entry state of `roomId` (streams stay as they are). */
  disableMuteAll(roomId: string): void {
    if (roomId === EVERY_ROOM) this.mutedRooms.clear();
    else this.mutedRooms.delete(roomId);
    for (const session of this.sessionsIn(roomId)) session._moderation.muteForced(false);
  }

  /** A session just connected: if its room is muted, it hears so, as the SDK's late joiners do. */
  joined(session: SimSession): void {
    if (session.isConnected() && this.isMuted(session.sessionId)) session._moderation.muteForced(true);
  }

  /**
   * Removes the client holding `connectionId` with `reason`; false when nobody holds it. The
   * moderator's own session can be the one removed.
   */
  disconnect(connectionId: string, reason = 'forceDisconnected'): boolean {
    if (this.ctx.removeParticipant(connectionId, reason)) return true;
    const session = [...this.ctx.sessions].find((candidate) => candidate.connection?.connectionId === connectionId);
    if (!session) return false;
    session._teardown(reason);
    return true;
  }

  /** Forgets the mute states (simulator reset). */
  clear(): void {
    this.mutedRooms.clear();
  }

  /** Connected local sessions of `roomId`, in creation order. */
  private sessionsIn(roomId: string): SimSession[] {
    return [...this.ctx.sessions].filter((session) => session.isConnected() && inRoom(roomId, session.sessionId));
  }
}
