/**
 * Archives (recordings) of simulated sessions, as the SDK reports them: a Session emits
 * `archiveStarted` and `archiveStopped` (its `ArchiveEvent`: `id`, `name`, `status` and the
 * `archive` itself), and a client that connects while an archive is running gets `archiveStarted`
 * for it after `sessionConnected` and the replay of connections and streams, as the SDK adds the
 * archives of the session state it receives on connecting.
 */
import { EVERY_ROOM } from './cloud.js';
import type { SimContext } from './context.js';
import { createEvent } from './event.js';
import { newId } from './ids.js';
import type { SimSession } from './session.js';

/** A running archive, as `simulator.archives()` lists it. */
export interface SimArchive {
  /** The archive ID (a UUID, like the Video API's). */
  readonly id: string;
  /** The name given to `startArchive` (`''` without one, as the Video API reports it). */
  readonly name: string;
  /** The session recorded, or `'*'` when it records every session. */
  readonly sessionId: string;
  /** When it started (ms since the epoch). */
  readonly createdAt: number;
}

/** Options of `simulator.startArchive()`. */
export interface StartArchiveOptions {
  /** The archive's name (default `''`). */
  name?: string;
  /** The session to record; omitted: every session (`'*'`). */
  sessionId?: string;
}

/** What an archive event carries besides `type` and `target`. */
export interface ArchiveEventPayload {
  id: string;
  name: string;
  status: 'started' | 'stopped';
  archive: { id: string; name: string; status: 'started' | 'stopped' };
}

export class Archives {
  private readonly running = new Map<string, SimArchive>();

  constructor(private readonly ctx: SimContext) {}

  /**
   * Starts an archive and tells every connected session it records. Like the Video API (409), a
   * session that is already being recorded cannot get a second archive: that throws.
   */
  start(options: StartArchiveOptions = {}): string {
    const sessionId = options.sessionId ?? EVERY_ROOM;
    if (typeof sessionId !== 'string' || sessionId === '') throw new Error('[ot-simulator] startArchive: sessionId must be a non-empty string');
    const busy = [...this.running.values()].find((archive) => archive.sessionId === EVERY_ROOM || sessionId === EVERY_ROOM || archive.sessionId === sessionId);
    if (busy) throw new Error(`[ot-simulator] startArchive: ${sessionId === EVERY_ROOM ? 'a session' : `session "${sessionId}"`} is already being recorded (archive ${busy.id})`);
    const archive: SimArchive = { id: newId(), name: options.name === undefined ? '' : String(options.name), sessionId, createdAt: Date.now() };
    this.running.set(archive.id, archive);
    for (const session of this.audience(archive)) this.emit(session, archive, 'started');
    return archive.id;
  }

  /** Stops one archive (throws for an unknown ID), or every running archive when `id` is omitted. */
  stop(id?: string): void {
    if (id === undefined) {
      for (const archiveId of [...this.running.keys()]) this.stop(archiveId);
      return;
    }
    const archive = this.running.get(id);
    if (!archive) throw new Error(`[ot-simulator] stopArchive: no running archive "${id}"`);
    this.running.delete(id);
    for (const session of this.audience(archive)) this.emit(session, archive, 'stopped');
  }

  /** Running archives, oldest first. */
  list(): SimArchive[] {
    return [...this.running.values()].map((archive) => ({ ...archive }));
  }

  /** A session just connected (after its replay): `archiveStarted` for each archive recording it. */
  joined(session: SimSession): void {
    for (const archive of [...this.running.values()]) {
      if (!session.isConnected()) return;
      if (this.records(archive, session)) this.emit(session, archive, 'started');
    }
  }

  /** Forgets every archive without events (simulator reset). */
  clear(): void {
    this.running.clear();
  }

  private records(archive: SimArchive, session: SimSession): boolean {
    return archive.sessionId === EVERY_ROOM || archive.sessionId === session.sessionId;
  }

  private audience(archive: SimArchive): SimSession[] {
    return [...this.ctx.sessions].filter((session) => session.isConnected() && this.records(archive, session));
  }

  private emit(session: SimSession, archive: SimArchive, status: 'started' | 'stopped'): void {
    if (!session.isConnected()) return;
    const payload: ArchiveEventPayload = { id: archive.id, name: archive.name, status, archive: { id: archive.id, name: archive.name, status } };
    session._emit(createEvent(status === 'started' ? 'archiveStarted' : 'archiveStopped', session, payload));
  }
}
