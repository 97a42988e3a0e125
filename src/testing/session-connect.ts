/**
 * What a simulated `session.connect()` checks before it succeeds, with the SDK's error names and
 * codes, and what it reads from the token (the connection data others will see).
 */
import type { SimContext } from './context.js';
import { ErrorCodes, connectErrors, otError, type SimOTError } from './errors.js';

/** Why this connect attempt fails (a failure armed by `rejectNextConnect` first), or null. */
export function connectError(ctx: SimContext, apiKey: string, sessionId: string, token: string): SimOTError | null {
  const pending = ctx.pendingConnectError;
  if (pending !== null) {
    ctx.pendingConnectError = null;
    return connectErrors[pending]();
  }
  if (!apiKey) {
    return otError('OT_AUTHENTICATION_ERROR', 'API Key is undefined. You must pass an API Key to initSession.', ErrorCodes.AUTHENTICATION_ERROR);
  }
  if (!sessionId || typeof sessionId !== 'string') {
    return otError('OT_INVALID_SESSION_ID', 'SessionID is undefined. You must pass a sessionID to initSession.', ErrorCodes.INVALID_SESSION_ID);
  }
  if (typeof token !== 'string' || token.trim() === '') {
    return otError('OT_AUTHENTICATION_ERROR', 'Invalid token: the token is empty.', ErrorCodes.AUTHENTICATION_ERROR);
  }
  if (ctx.networkDown) return connectErrors[1006]();
  return null;
}

/** Reads `connection_data` from a real-format token (`T1==` + base64), else ''. Never logs the token. */
export function connectionDataFromToken(token: string): string {
  if (!token.startsWith('T1==') || typeof atob !== 'function') return '';
  try {
    const decoded = atob(token.slice(4));
    const match = /(?:^|[&:])connection_data=([^&]*)/.exec(decoded);
    return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
  } catch {
    return '';
  }
}
