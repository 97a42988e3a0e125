import type { OTConnection } from '../sdk/types.js';
import { reactionEmoji, type ReactionEmoji } from './state.js';

/**
 * The wire format between elements: `session.signal` with a `vr-*` type and JSON data carrying
 * `v: 1`. Anything else (another version, a malformed payload, a type we do not know) is ignored,
 * never thrown and never rendered.
 */
export const SIGNAL_VERSION = 1;
export const MAX_CHAT_LENGTH = 2000;

export interface SignalPayloads {
  'vr-chat': { id: string; text: string };
  'vr-hand': { raised: boolean; at: number };
  'vr-reaction': { emoji: ReactionEmoji };
}
export type SignalType = keyof SignalPayloads;

/** A signal we understood, from a connection (signals from the server have no `from` and are ignored). */
export type ReceivedSignal = { [T in SignalType]: { type: T; from: OTConnection; data: SignalPayloads[T] } }[SignalType];

const validators: { [T in SignalType]: (data: Record<string, unknown>) => SignalPayloads[T] | undefined } = {
  'vr-chat': ({ id, text }) =>
    typeof id === 'string' && id.length > 0 && id.length <= 64 && typeof text === 'string' && text.trim() && text.length <= MAX_CHAT_LENGTH * 2
      ? { id, text: text.trim().slice(0, MAX_CHAT_LENGTH) }
      : undefined,
  'vr-hand': ({ raised, at }) =>
    typeof raised === 'boolean' ? { raised, at: typeof at === 'number' && Number.isFinite(at) ? at : Date.now() } : undefined,
  'vr-reaction': ({ emoji }) => (reactionEmoji.includes(emoji as ReactionEmoji) ? { emoji: emoji as ReactionEmoji } : undefined),
};

/** Reads an SDK signal event (`type` is `signal:<type>`); undefined for anything not ours or not valid. */
export function parseSignal(event: { type?: string; data?: string; from: OTConnection | null }): ReceivedSignal | undefined {
  const type = event.type?.startsWith('signal:') ? event.type.slice('signal:'.length) : undefined;
  if (!type || !Object.hasOwn(validators, type) || !event.from || typeof event.data !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || (data as { v?: unknown }).v !== SIGNAL_VERSION) return undefined;
  const payload = validators[type as SignalType](data as Record<string, unknown>);
  return payload ? ({ type, from: event.from, data: payload } as ReceivedSignal) : undefined;
}

export function encodeSignal<T extends SignalType>(data: SignalPayloads[T]): string {
  return JSON.stringify({ v: SIGNAL_VERSION, ...data });
}
