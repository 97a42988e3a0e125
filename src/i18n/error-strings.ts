import type { VideoRoomError, VideoRoomErrorCode, VideoRoomErrorReason } from '../errors.js';
import type { VideoRoomStrings } from './strings.js';

/** The sentence for each error reason, made from that reason's values. */
export type ErrorStrings = {
  [K in VideoRoomErrorReason['key']]: (reason: Extract<VideoRoomErrorReason, { key: K }>) => string;
};

/** What the error screen and notices say about `error` in the element's language. */
export function errorText(errors: Partial<ErrorStrings>, error: VideoRoomError): string {
  const reason = error.reason;
  // The mapped type pairs each key with its own reason; indexing by a union key loses that pairing.
  const words = reason && (errors[reason.key] as ((reason: VideoRoomErrorReason) => string) | undefined);
  return words ? words(reason) : error.message;
}

/**
 * The heading over `error` on the error screen and on a notice, saying what happened: the call was
 * lost, the camera is blocked, … ; joining failed otherwise. A recoverable error with none of its
 * own (a chat message not sent) has no heading: its sentence says it all. The notices' headings
 * come with the in-call view's texts: a notice before it has loaded shows its sentence alone.
 */
export function errorHeading(text: VideoRoomStrings, error: VideoRoomError): string | undefined {
  const key = error.reason?.key;
  if (key === 'call-ended') return text.callEndedTitle;
  if (key === 'screen-share-failed') return text.screenShareFailedTitle;
  const headings: Partial<Record<VideoRoomErrorCode, string>> = {
    'network-disconnected': text.connectionLostTitle,
    'unsupported-browser': text.unsupportedBrowserTitle,
    'media-access-denied': text.permissionDeniedTitle,
    'media-unavailable': text.noMediaTitle,
    'publish-failed': text.publishFailedTitle,
  };
  return headings[error.code] ?? (error.recoverable ? undefined : text.errorTitle);
}
