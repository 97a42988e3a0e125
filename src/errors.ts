/**
 * The error every public method rejects with and every `vr-error` event describes. A leaf: the
 * SDK adapter, the engine and the element all import it, and it imports nothing.
 */

/** Every way a join or an action can fail; also the `code` of the `vr-error` event. */
export type VideoRoomErrorCode =
  | 'token-request-failed'
  | 'token-http-error'
  | 'token-invalid-response'
  | 'invalid-configuration'
  | 'sdk-load-failed'
  | 'unsupported-browser'
  | 'connect-failed'
  | 'auth-failed'
  | 'invalid-session'
  | 'media-access-denied'
  | 'media-unavailable'
  | 'publish-failed'
  | 'subscribe-failed'
  | 'network-disconnected'
  | 'not-connected'
  | 'not-allowed'
  | 'chat-send-failed'
  | 'moderation-failed'
  | 'recording-failed';

/**
 * The error every public method rejects with and every `vr-error` event describes.
 * `recoverable` is true when the call goes on (for example joining as a viewer without a camera).
 */
export class VideoRoomError extends Error {
  override readonly name = 'VideoRoomError';
  readonly code: VideoRoomErrorCode;
  readonly recoverable: boolean;

  constructor(code: VideoRoomErrorCode, message: string, options: { recoverable?: boolean; cause?: unknown } = {}) {
    super(message);
    this.code = code;
    this.recoverable = options.recoverable ?? false;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
