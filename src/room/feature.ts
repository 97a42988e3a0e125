import type { OTConnection } from '../sdk/types.js';
import type { RoomEventMap } from './events.js';
import type { RosterAction } from './roster.js';
import type { ReceivedSignal, SignalPayloads, SignalType } from './signals.js';
import type { RoomState } from './state.js';

/**
 * What a call offers each feature (chat, hands, reactions…): its slice of the state, events, the
 * roster, and the signal channel. Every method is a no-op once the call is superseded.
 */
export interface FeatureContext {
  current(): RoomState;
  update(change: (state: RoomState) => RoomState): void;
  emit<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void;
  roster(action: RosterAction): void;
  /** The user's connection ID once connected. */
  localId(): string | undefined;
  /** Sends a `vr-*` signal to everyone (or to one connection); rejects with the SDK's error. */
  signal<T extends SignalType>(type: T, data: SignalPayloads[T], to?: OTConnection): Promise<void>;
}

/** One feature of a call: reacts to signals and connections, and releases what it holds. */
export interface CallFeature {
  received?(signal: ReceivedSignal): void;
  connectionCreated?(connection: OTConnection): void;
  dispose?(): void;
}

/** A unique enough ID for messages and reactions (crypto where the page is a secure context). */
export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
