import { VideoRoomError } from '../errors.js';

/** What a join needs from the host's backend. `applicationId` may come as `apiKey` (OpenTok projects). */
export interface Credentials {
  applicationId: string;
  sessionId: string;
  token: string;
}

/** Context handed to a host's own `tokenProvider`. */
export interface TokenRequestContext {
  room: string | undefined;
  displayName: string;
  signal: AbortSignal;
}

export type TokenProvider = (context: TokenRequestContext) => Promise<Credentials>;

export type TokenMethod = 'GET' | 'POST';
export type TokenCredentialsMode = 'same-origin' | 'include' | 'omit';

export interface TokenEndpointOptions {
  endpoint: string | undefined;
  method: TokenMethod;
  credentials: TokenCredentialsMode;
  timeoutMs: number;
}

/**
 * Fetches credentials for one join attempt: from `provider` when the host set one, else from the
 * token endpoint. Rejects with a VideoRoomError whose code says what went wrong; an abort from
 * `signal` (a superseded attempt) rejects with the signal's reason untouched.
 */
export async function fetchCredentials(
  options: TokenEndpointOptions,
  context: TokenRequestContext,
  provider?: TokenProvider,
): Promise<Credentials> {
  const timeoutMs = validTimeout(options.timeoutMs);
  const raw = provider ? await callProvider(provider, context, timeoutMs) : await requestEndpoint({ ...options, timeoutMs }, context);
  return validateCredentials(raw);
}

/** The default token timeout, used too when the attribute is not a positive number. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 10_000;

function validTimeout(timeoutMs: number): number {
  return Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_TOKEN_TIMEOUT_MS;
}

/** A host's provider, bounded by the timeout and by the attempt's cancellation like a request is. */
async function callProvider(provider: TokenProvider, context: TokenRequestContext, timeoutMs: number): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([context.signal, timeout]);
  if (context.signal.aborted) throw context.signal.reason;
  let stop: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => signal.removeEventListener('abort', onAbort);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => provider({ ...context, signal })), stopped]);
  } catch (error) {
    if (context.signal.aborted) throw context.signal.reason;
    if (timeout.aborted) {
      throw new VideoRoomError('token-request-failed', `The token provider did not answer within ${seconds(timeoutMs)} s.`, {
        cause: error,
        reason: { key: 'token-provider-timeout', seconds: seconds(timeoutMs) },
      });
    }
    if (error instanceof VideoRoomError) throw error;
    const detail = describe(error);
    throw new VideoRoomError('token-request-failed', `The token provider failed: ${detail}`, { cause: error, reason: { key: 'token-provider-failed', detail } });
  } finally {
    stop?.();
  }
}

/** Whatever a provider threw, as words (never "[object Object]"). */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error === null || error === undefined) return `a ${String(error)} value was thrown instead of an Error`;
  try {
    const json = JSON.stringify(error);
    if (json && json !== '{}') return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    // Not serialisable: fall through.
  }
  return `a ${typeof error} value was thrown instead of an Error`;
}

function seconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

/** Resolves the endpoint against the page, allowing only http(s). */
export function resolveEndpoint(endpoint: string | undefined, base: string): URL {
  if (!endpoint || !endpoint.trim()) {
    throw new VideoRoomError(
      'invalid-configuration',
      'No token endpoint: set the token-endpoint attribute (or the tokenProvider property) on <video-room>.',
      { reason: { key: 'token-endpoint-missing' } },
    );
  }
  let url: URL;
  try {
    url = new URL(endpoint.trim(), base);
  } catch {
    throw new VideoRoomError('invalid-configuration', `The token endpoint "${endpoint}" is not a valid URL.`, { reason: { key: 'token-endpoint-invalid', endpoint } });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new VideoRoomError('invalid-configuration', `The token endpoint must be an http: or https: URL, not ${url.protocol}.`, {
      reason: { key: 'token-endpoint-scheme', protocol: url.protocol },
    });
  }
  return url;
}

async function requestEndpoint(options: TokenEndpointOptions, context: TokenRequestContext): Promise<unknown> {
  const url = resolveEndpoint(options.endpoint, document.baseURI);
  const init: RequestInit = { method: options.method, credentials: options.credentials, cache: 'no-store' };
  if (options.method === 'POST') {
    init.headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    init.body = JSON.stringify({ room: context.room, name: context.displayName });
  } else {
    init.headers = { Accept: 'application/json' };
    if (context.room) url.searchParams.set('room', context.room);
  }

  const timeout = AbortSignal.timeout(options.timeoutMs);
  init.signal = AbortSignal.any([context.signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (context.signal.aborted) throw context.signal.reason;
    const where = `${url.origin}${url.pathname}`;
    const problem = timeout.aborted
      ? `did not answer within ${seconds(options.timeoutMs)} s`
      : 'could not be reached (network error or a CORS policy blocked it)';
    throw new VideoRoomError('token-request-failed', `The token endpoint ${where} ${problem}.`, {
      cause: error,
      reason: timeout.aborted ? { key: 'token-endpoint-timeout', url: where, seconds: seconds(options.timeoutMs) } : { key: 'token-endpoint-unreachable', url: where },
    });
  }

  if (!response.ok) {
    const retryAfter = response.headers.get('Retry-After');
    const busy = (response.status === 429 || response.status === 503) && retryAfter ? ` It asks to retry after ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : '';
    throw new VideoRoomError(
      'token-http-error',
      `The token endpoint answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; it must answer 200 with credentials.${busy}`,
      { reason: { key: 'token-http', status: response.status, statusText: response.statusText, ...(busy ? { retryAfter: retryAfter! } : {}) } },
    );
  }
  try {
    return await response.json();
  } catch (error) {
    if (context.signal.aborted) throw context.signal.reason;
    if (timeout.aborted) {
      throw new VideoRoomError('token-request-failed', `The token endpoint ${url.origin}${url.pathname} did not answer within ${seconds(options.timeoutMs)} s.`, {
        cause: error,
        reason: { key: 'token-endpoint-timeout', url: `${url.origin}${url.pathname}`, seconds: seconds(options.timeoutMs) },
      });
    }
    throw new VideoRoomError('token-invalid-response', 'The token endpoint did not return JSON.', { cause: error, reason: { key: 'token-not-json' } });
  }
}

function validateCredentials(raw: unknown): Credentials {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new VideoRoomError('token-invalid-response', 'The token response must be a JSON object with applicationId, sessionId and token.', {
      reason: { key: 'token-not-object' },
    });
  }
  const body = raw as Record<string, unknown>;
  const applicationId = body.applicationId ?? body.apiKey;
  return {
    applicationId: requireField(typeof applicationId === 'number' ? String(applicationId) : applicationId, 'applicationId'),
    sessionId: requireField(body.sessionId, 'sessionId'),
    token: requireField(body.token, 'token'),
  };
}

function requireField(value: unknown, field: string): string {
  if (value === undefined || value === null) {
    throw new VideoRoomError('token-invalid-response', `The token response is missing "${field}" (a non-empty string).`, { reason: { key: 'token-field-missing', field } });
  }
  if (typeof value !== 'string') {
    const type = Array.isArray(value) ? 'array' : typeof value;
    throw new VideoRoomError('token-invalid-response', `The token response's "${field}" must be a string, not ${type === 'array' ? 'an array' : `a ${type}`}.`, {
      reason: { key: 'token-field-type', field, type },
    });
  }
  if (!value.trim()) {
    throw new VideoRoomError('token-invalid-response', `The token response's "${field}" is empty: it must be a non-empty string.`, { reason: { key: 'token-field-empty', field } });
  }
  return value;
}
