/**
 * Token roles and what they allow, as the SDK reports them in `session.capabilities` (its
 * `Capabilities` class: each permission 1 or 0, all 0 until connected).
 */

/** The roles a Vonage Video token can carry. */
export type SimRole = 'moderator' | 'publisher' | 'subscriber';

/** The role a token gets when it names none (the server's default too). */
export const DEFAULT_ROLE: SimRole = 'publisher';

const ROLES: readonly SimRole[] = ['moderator', 'publisher', 'subscriber'];

/** `session.capabilities`: the SDK 2.35 names, 1 (allowed) or 0. */
export interface SimCapabilities {
  publish: number;
  subscribe: number;
  forceDisconnect: number;
  forceUnpublish: number;
  /** `forceMuteStream()`, `forceMuteAll()` and `disableForceMute()`. */
  forceMute: number;
  /** Whether end-to-end encryption is supported here (never, in the simulator). */
  supportsE2ee: number;
  /** Whether this browser supports WebRTC (always, in the simulator). */
  supportsWebRTC: number;
  /** Whether `action` (a name above) is allowed: its value is 1. */
  permittedTo(action: string): boolean;
}

/** The permissions each role grants (the server's role → permission mapping). */
const PERMISSIONS: Record<SimRole, ReadonlyArray<'publish' | 'subscribe' | 'forceDisconnect' | 'forceUnpublish' | 'forceMute'>> = {
  moderator: ['publish', 'subscribe', 'forceDisconnect', 'forceUnpublish', 'forceMute'],
  publisher: ['publish', 'subscribe'],
  subscriber: ['subscribe'],
};

/** The capabilities of a role, or of no connection at all (`null`: everything 0, as before connecting). */
export function capabilitiesFor(role: SimRole | null): SimCapabilities {
  const granted = role ? PERMISSIONS[role] : [];
  const flag = (name: (typeof granted)[number]) => (granted.includes(name) ? 1 : 0);
  const capabilities: SimCapabilities = {
    publish: flag('publish'),
    subscribe: flag('subscribe'),
    forceDisconnect: flag('forceDisconnect'),
    forceUnpublish: flag('forceUnpublish'),
    forceMute: flag('forceMute'),
    supportsE2ee: 0,
    supportsWebRTC: 1,
    permittedTo: (action: string) => Object.prototype.hasOwnProperty.call(capabilities, action) && (capabilities as unknown as Record<string, unknown>)[action] === 1,
  };
  return capabilities;
}

/** A role name as given, or undefined when it is none of the three. */
export function checkRole(value: unknown): SimRole | undefined {
  return ROLES.includes(value as SimRole) ? (value as SimRole) : undefined;
}

/**
 * The role a token carries:
 * - a real-format token (`'T1==' + base64('partner_id=…&sig=…:session_id=…&role=…&connection_data=…')`)
 *   names it in `role=` of its decoded part, as the token servers write it;
 * - any other (placeholder) token: a `role=moderator`, `role=publisher` or `role=subscriber`
 *   anywhere in it, e.g. the demo's simulated `sim-token;role=moderator`.
 * Otherwise (or when a real-format token cannot be decoded) `'publisher'`, the server's default.
 * Never logs the token.
 */
export function roleFromToken(token: string): SimRole {
  if (typeof token !== 'string') return DEFAULT_ROLE;
  if (token.startsWith('T1==')) {
    if (typeof atob !== 'function') return DEFAULT_ROLE;
    try {
      const match = /(?:^|[&:])role=([^&:]*)/.exec(atob(token.slice(4)));
      return checkRole(match ? decodeURIComponent(match[1]).toLowerCase() : undefined) ?? DEFAULT_ROLE;
    } catch {
      return DEFAULT_ROLE;
    }
  }
  const match = /role=(moderator|publisher|subscriber)(?![a-z])/.exec(token);
  return (match?.[1] as SimRole | undefined) ?? DEFAULT_ROLE;
}
