import { VideoRoomError, type VideoRoomErrorCode, type VideoRoomErrorReason } from '../errors.js';
// Maps what the SDK and the browser report to VideoRoomErrors whose messages say what to do.
import { classify, type MediaFailure } from '../media/user-media.js';

/** An OT error as the SDK reports it: a `name` such as `OT_CONNECT_FAILED` and usually a numeric `code`. */
interface SdkErrorLike {
  name?: string;
  code?: number;
  message?: string;
}

type ConnectErrorCode = 'auth-failed' | 'invalid-session' | 'connect-failed';

const connectErrors: Record<string, [ConnectErrorCode, string]> = {
  '1004': ['auth-failed', 'The video service rejected the token. The token endpoint must return a valid, unexpired token for this session.'],
  '1005': ['invalid-session', 'The video service does not know this session. The token endpoint must return a session ID created for this application.'],
};

/** Maps a failure of `session.connect` to our error, keeping the SDK's wording for integrators. */
export function connectError(error: SdkErrorLike): VideoRoomError {
  const key = String(error.code ?? '');
  const byName =
    error.name === 'OT_AUTHENTICATION_ERROR' ? connectErrors['1004'] : error.name === 'OT_INVALID_SESSION_ID' ? connectErrors['1005'] : undefined;
  const [code, message] = connectErrors[key] ?? byName ?? [
    'connect-failed',
    'Could not connect to the video service. Check your network connection and try again.',
  ];
  return new VideoRoomError(code, withDetail(message, error), { cause: error, reason: { key: code, ...sdkDetail(error) } });
}

/** The SDK's own names for camera and microphone failures. */
const sdkMediaFailures: Record<string, MediaFailure> = {
  OT_USER_MEDIA_ACCESS_DENIED: 'denied',
  OT_HARDWARE_UNAVAILABLE: 'unavailable',
  OT_NO_DEVICES_FOUND: 'not-found',
  OT_NO_VALID_CONSTRAINTS: 'not-found',
};

/**
 * Maps a failure to start the camera or microphone; the call continues without them. The error
 * name decides (the SDK gives code 1500 to both permission and device failures); browser errors
 * are read as the join screen reads them, and only an unknown SDK error falls back to its code.
 */
export function mediaError(error: SdkErrorLike): VideoRoomError {
  const name = error.name ?? '';
  const failure: MediaFailure | undefined =
    sdkMediaFailures[name] ??
    (error instanceof DOMException ? classify(error) : error.code === 1500 ? 'denied' : error.code === 1501 ? 'unavailable' : undefined);
  const denied = failure === 'denied';
  const unavailable = failure === 'unavailable' || failure === 'not-found';
  if (denied) {
    return new VideoRoomError(
      'media-access-denied',
      'Camera and microphone access was blocked. You joined as a viewer; allow access in the browser’s site settings and rejoin to be seen and heard.',
      { recoverable: true, cause: error, reason: { key: 'media-denied' } },
    );
  }
  if (unavailable) {
    return new VideoRoomError(
      'media-unavailable',
      'No camera or microphone could be started (none found, or another application is using it). You joined as a viewer.',
      { recoverable: true, cause: error, reason: { key: 'media-unavailable' } },
    );
  }
  return new VideoRoomError('publish-failed', withDetail('Your camera and microphone could not be shared. You joined as a viewer.', error), {
    recoverable: true,
    cause: error,
    reason: { key: 'media-failed', ...sdkDetail(error) },
  });
}

/** The SDK's own wording when it adds something (its 1006 message is just " (1006)"), and its code. */
function sdkDetail(error: SdkErrorLike): { sdkCode?: number; sdkMessage?: string } {
  const detail = (error.message ?? '').trim().replace(/^\((.*)\)$/, '$1').trim();
  return {
    ...(typeof error.code === 'number' && error.code ? { sdkCode: error.code } : {}),
    ...(detail && !/^\d+$/.test(detail) ? { sdkMessage: detail } : {}),
  };
}

/** Appends the SDK's wording, else its code. */
function withDetail(message: string, error: SdkErrorLike): string {
  const { sdkCode, sdkMessage } = sdkDetail(error);
  if (sdkMessage) return `${message} (${sdkMessage})`;
  return sdkCode ? `${message} (SDK error ${sdkCode})` : message;
}

/** Whatever was thrown, as a VideoRoomError (unknown failures become `code`). */
export function toVideoRoomError(error: unknown, code: VideoRoomErrorCode, message: string, reason: VideoRoomErrorReason): VideoRoomError {
  if (error instanceof VideoRoomError) return error;
  return new VideoRoomError(code, message, { cause: error, reason });
}
