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
  const raw = provider ? await callProvider(provider, context) : await requestEndpoint(options, context);
  return validateCredentials(raw);
}

async function callProvider(provider: TokenProvider, context: TokenRequestContext): Promise<unknown> {
  try {
    return await provider(context);
  } catch (error) {
    if (context.signal.aborted) throw context.signal.reason;
    if (error instanceof VideoRoomError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new VideoRoomError('token-request-failed', `The token provider failed: ${detail}`, { cause: error });
  }
}

/** Resolves the endpoint against the page, allowing only http(s). */
export function resolveEndpoint(endpoint: string | undefined, base: string): URL {
  if (!endpoint || !endpoint.trim()) {
    throw new VideoRoomError(
      'invalid-configuration',
      'No token endpoint: set the token-endpoint attribute (or the tokenProvider property) on <video-room>.',
    );
  }
  let url: URL;
  try {
    url = new URL(endpoint.trim(), base);
  } catch {
    throw new VideoRoomError('invalid-configuration', `The token endpoint "${endpoint}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new VideoRoomError('invalid-configuration', `The token endpoint must be an http: or https: URL, not ${url.protocol}.`);
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
    const reason = timeout.aborted
      ? `did not answer within ${Math.round(options.timeoutMs / 1000)} s`
      : 'could not be reached (network error or a CORS policy blocked it)';
    throw new VideoRoomError('token-request-failed', `The token endpoint ${url.origin}${url.pathname} ${reason}.`, { cause: error });
  }

  if (!response.ok) {
    throw new VideoRoomError(
      'token-http-error',
      `The token endpoint answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; it must answer 200 with credentials.`,
    );
  }
  try {
    return await response.json();
  } catch (error) {
    if (context.signal.aborted) throw context.signal.reason;
    throw new VideoRoomError('token-invalid-response', 'The token endpoint did not return JSON.', { cause: error });
  }
}

function validateCredentials(raw: unknown): Credentials {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new VideoRoomError('token-invalid-response', 'The token response must be a JSON object with applicationId, sessionId and token.');
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
  if (typeof value !== 'string' || !value.trim()) {
    throw new VideoRoomError('token-invalid-response', `The token response is missing "${field}" (a non-empty string).`);
  }
  return value;
}
