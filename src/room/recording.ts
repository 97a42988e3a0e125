import { VideoRoomError } from '../errors.js';
import { listen } from '../sdk/listen.js';
import type { OTSession } from '../sdk/types.js';
import type { TokenCredentialsMode } from './credentials.js';
import type { FeatureContext } from './feature.js';

/** What a recording request carries: to the endpoint as JSON (without the token), to a handler whole. */
export interface RecordingRequest {
  action: 'start' | 'stop';
  room: string | undefined;
  sessionId: string;
  archiveId?: string;
}

/** The host's own way to start and stop recording (its server calls the Vonage archive API). */
export type RecordingHandler = (context: RecordingRequest & { token: string; signal: AbortSignal }) => Promise<unknown>;

export interface RecordingOptions {
  endpoint: string | undefined;
  credentials: TokenCredentialsMode;
  handler: RecordingHandler | undefined;
  timeoutMs: number;
}

/**
 * Asks the host's server to start or stop the archive: `recordingHandler`, else a POST to
 * `recording-endpoint` with the call's token as a bearer (so the server can check the role; the
 * token goes nowhere else). The badge follows the SDK's archive events, never this answer.
 */
export async function requestRecording(options: RecordingOptions, request: RecordingRequest, token: string, signal: AbortSignal): Promise<void> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  const verb = request.action === 'start' ? 'start' : 'stop';
  try {
    if (options.handler) {
      await options.handler({ ...request, token, signal: combined });
      return;
    }
    if (!options.endpoint) throw new VideoRoomError('invalid-configuration', 'Set recording-endpoint (or recordingHandler) to record.', { recoverable: true });
    const url = new URL(options.endpoint, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new VideoRoomError('invalid-configuration', `The recording endpoint must be an http: or https: URL, not ${url.protocol}.`, { recoverable: true });
    }
    const response = await fetch(url, {
      method: 'POST',
      credentials: options.credentials,
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
      signal: combined,
    });
    if (!response.ok) {
      throw new VideoRoomError('recording-failed', `Could not ${verb} recording: the recording endpoint answered HTTP ${response.status}.`, {
        recoverable: true,
        reason: { key: 'recording-http', action: verb, status: response.status },
      });
    }
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof VideoRoomError && error.code === 'recording-failed') throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new VideoRoomError('recording-failed', `Could not ${verb} recording (${timeout.aborted ? 'no answer in time' : detail}).`, {
      recoverable: true,
      cause: error,
      reason: timeout.aborted ? { key: 'recording-timeout', action: verb } : { key: 'recording-request-failed', action: verb, detail },
    });
  }
}

/**
 * Follows the SDK's archive events (the SDK also sends `archiveStarted` to someone joining a
 * recorded session): the `recording` state and `recording-change`. Returns the undo of each listener.
 */
export function watchArchives(session: OTSession, context: FeatureContext): Array<() => void> {
  const changed = (recording: boolean, archiveId: string) => {
    const state = context.current();
    const id = recording ? archiveId : undefined;
    if (state.recording === recording && state.archiveId === id) return;
    context.update((current) => ({ ...current, recording, archiveId: id }));
    context.emit('recording-change', { recording, archiveId: id ?? null });
  };
  return [listen(session, 'archiveStarted', (event) => changed(true, event.id)), listen(session, 'archiveStopped', (event) => changed(false, event.id))];
}

/** Recording asks the host's server with the call's token: outside a call there is none. */
export function recordingNeedsCall(): VideoRoomError {
  return new VideoRoomError('not-connected', 'Join the call to record it.', { recoverable: true, reason: { key: 'recording-not-connected' } });
}
