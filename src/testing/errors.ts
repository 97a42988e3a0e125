/**
 * Error names and codes as the real SDK produces them (`OT.ExceptionCodes`, `OT.Errors`).
 * The SDK documents `name` as the stable identifier; codes are deprecated but still set.
 */
import type { OTError } from '../sdk/types.js';

export const ErrorCodes = {
  AUTHENTICATION_ERROR: 1004,
  INVALID_SESSION_ID: 1005,
  CONNECT_FAILED: 1006,
  NOT_CONNECTED: 1010,
  INVALID_PARAMETER: 1011,
  UNABLE_TO_PUBLISH: 1500,
  UNABLE_TO_SUBSCRIBE: 1501,
} as const;

/** Titles the SDK puts on `exception` events (`OTError.getTitleByCode`). */
const titles: Record<number, string> = {
  1004: 'Authentication error',
  1005: 'Invalid Session ID',
  1006: 'Connect Failed',
  1010: 'Not Connected',
  1011: 'Invalid Parameter',
  1500: 'Unable to Publish',
  1501: 'Unable to Subscribe',
  1520: 'Unable to Force Disconnect',
  1530: 'Unable to Force Unpublish',
  1540: 'Unable to Force Mute',
  2001: 'Unexpected Server Response',
};

export function titleForCode(code: number | undefined): string {
  return (code !== undefined && titles[code]) || 'Unknown';
}

/** An `Error` whose `name` is the OT error name, with the deprecated numeric `code`. */
export interface SimOTError extends Error, OTError {
  code?: number;
}

export function otError(name: string, message: string, code?: number): SimOTError {
  const error = new Error(message) as SimOTError;
  error.name = name;
  if (code !== undefined) error.code = code;
  return error;
}

/** Connect failures the simulator can be told to produce, with the SDK's names and messages. */
export const connectErrors = {
  1004: () =>
    otError('OT_AUTHENTICATION_ERROR', 'Invalid token: the token could not be validated for this session.', 1004),
  1005: () => otError('OT_INVALID_SESSION_ID', 'Invalid Session ID: the session ID was not recognised.', 1005),
  1006: () =>
    otError('OT_CONNECT_FAILED', 'Connect Failed: unable to connect to the session. Check the network connection.', 1006),
} as const;

export type ConnectErrorCode = keyof typeof connectErrors;

/**
 * Maps a getUserMedia rejection to the publisher error the SDK reports. Both permission and
 * device errors carry code 1500 ("Unable to Publish") in the real SDK.
 */
export function publisherMediaError(domName: string, detail?: string): SimOTError {
  switch (domName) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return otError(
        'OT_USER_MEDIA_ACCESS_DENIED',
        'OT.Publisher Access Denied: Permission Denied: End-user denied permission to hardware devices',
        ErrorCodes.UNABLE_TO_PUBLISH,
      );
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return otError(
        'OT_NO_DEVICES_FOUND',
        'No voice or video input devices are available on this machine.',
        ErrorCodes.UNABLE_TO_PUBLISH,
      );
    case 'NotReadableError':
    case 'TrackStartError':
    case 'SourceUnavailableError':
      return otError(
        'OT_HARDWARE_UNAVAILABLE',
        'The selected voice or video devices are unavailable. Verify that the chosen devices are not in use by another application.',
        ErrorCodes.UNABLE_TO_PUBLISH,
      );
    case 'OverconstrainedError':
    case 'TypeError':
      return otError(
        'OT_CONSTRAINTS_NOT_SATISFIED',
        "It's not possible to satisfy one or more constraints passed into the getUserMedia function",
        ErrorCodes.UNABLE_TO_PUBLISH,
      );
    case 'AbortError':
      return otError('OT_UNABLE_TO_CAPTURE_MEDIA', 'Unable to capture media. Unknown error occurred', ErrorCodes.UNABLE_TO_PUBLISH);
    default:
      return otError('OT_MEDIA_ERR_ABORTED', detail || 'The fetching of the media stream has been aborted.', ErrorCodes.UNABLE_TO_PUBLISH);
  }
}

/** An `Error` with a DOM-style `name`, as getUserMedia rejects (for simulated denials). */
export function domError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String((error).name) : '';
}

export function errorMessage(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error ? String((error).message) : String(error);
}

/** An OT error as is, or a media failure mapped to the publisher error the SDK reports. */
export function toOTError(error: unknown): SimOTError {
  const name = errorName(error);
  if (name.startsWith('OT_')) return error as SimOTError;
  return publisherMediaError(name, errorMessage(error));
}
