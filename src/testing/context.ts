/** State shared by every object of one simulator instance. */
import { SharedAudio } from './audio.js';
import { Cloud } from './cloud.js';
import { ListenerRegistry } from './emitter.js';
import type { ConnectErrorCode } from './errors.js';
import type { SimPublisher } from './publisher.js';
import type { SimSession } from './session.js';
import { Timers } from './timers.js';
import { TrackRegistry } from './tracks.js';

/** One recorded SDK method call. */
export interface SimCall {
  target: 'OT' | 'session' | 'publisher' | 'subscriber';
  method: string;
  /** The call's arguments without trailing callbacks; a `connect` token is recorded as `'[token]'`. */
  args: unknown[];
}

export type MediaDenial = 'denied' | 'unavailable' | null;

export interface SimOptions {
  audioLevelIntervalMs: number;
}

/** Delay of simulated server round trips (publish, subscribe, signal). */
export const LATENCY_MS = 5;

export class SimContext {
  readonly listeners = new ListenerRegistry();
  readonly timers = new Timers();
  readonly tracks = new TrackRegistry();
  readonly audio = new SharedAudio();
  readonly cloud = new Cloud();
  readonly calls: SimCall[] = [];
  /** Every session created through `initSession`, connected or not. */
  readonly sessions = new Set<SimSession>();
  /** Every publisher not yet destroyed. */
  readonly publishers = new Set<SimPublisher>();
  connectDelay = 20;
  pendingConnectError: ConnectErrorCode | null = null;
  mediaDenial: MediaDenial = null;
  /** Between dropNetwork() and restoreNetwork(): connects fail with 1006. */
  networkDown = false;
  /** Dispatches an `exception` event on the OT namespace (set by the namespace). */
  reportException: (target: object, error: { message: string; code?: number }) => void = () => undefined;

  constructor(readonly options: SimOptions) {}

  record(target: SimCall['target'], method: string, args: unknown[]): void {
    const kept = [...args];
    // Callbacks are noise in assertions; drop trailing ones.
    while (kept.length > 0 && typeof kept[kept.length - 1] === 'function') kept.pop();
    while (kept.length > 0 && kept[kept.length - 1] === undefined) kept.pop();
    this.calls.push({ target, method, args: kept });
  }
}
