import type { Effect } from './effects.js';

/** The user's media choices, remembered per origin. */
export interface Preferences {
  cameraId?: string;
  microphoneId?: string;
  speakerId?: string;
  /** Microphone on. */
  audio?: boolean;
  /** Camera on. */
  video?: boolean;
  name?: string;
  effect?: Effect;
}

/** The one localStorage key; localStorage is per origin, so the choices are too. */
export const PREFERENCES_KEY = 'vonage-video-room:preferences';

const EFFECTS = new Set(['none', 'blur-low', 'blur-high', 'image']);

/** The remembered choices; `{}` when there are none, storage is blocked or the entry is damaged. Never throws. */
export function loadPreferences(): Preferences {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}');
  } catch {
    return {};
  }
  return sanitize(raw);
}

/** Replaces the remembered choices. Never throws (private modes may refuse to store). */
export function savePreferences(preferences: Preferences): void {
  try {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(sanitize(preferences)));
  } catch {
    // Storage full or blocked: the choices just are not remembered.
  }
}

/** Changes some choices and keeps the others (another part of the UI may own them). */
export function updatePreferences(change: Preferences): void {
  savePreferences({ ...loadPreferences(), ...change });
}

/** Keeps only well-typed fields: the entry may come from another version or be edited by hand. */
function sanitize(value: unknown): Preferences {
  if (typeof value !== 'object' || value === null) return {};
  const source = value as Record<string, unknown>;
  const result: Preferences = {};
  for (const key of ['cameraId', 'microphoneId', 'speakerId', 'name'] as const) {
    if (typeof source[key] === 'string') result[key] = source[key];
  }
  for (const key of ['audio', 'video'] as const) {
    if (typeof source[key] === 'boolean') result[key] = source[key];
  }
  if (typeof source.effect === 'string' && EFFECTS.has(source.effect)) result.effect = source.effect as Preferences['effect'];
  return result;
}
