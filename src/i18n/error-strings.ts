import type { VideoRoomError, VideoRoomErrorReason } from '../errors.js';

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
