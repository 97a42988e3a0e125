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

/** What the SDK said about a failure, when it said something. */
interface SdkDetail {
  sdkCode?: number;
  sdkMessage?: string;
}

/**
 * Why an error happened, with the values its sentence needs: what the element's error screen and
 * notices put in the user's language (`message` stays the English text for developers).
 */
export type VideoRoomErrorReason =
  | { key: 'token-provider-timeout'; seconds: number }
  | { key: 'token-provider-failed'; detail: string }
  | { key: 'token-endpoint-missing' }
  | { key: 'token-endpoint-invalid'; endpoint: string }
  | { key: 'token-endpoint-scheme'; protocol: string }
  | { key: 'token-endpoint-unreachable'; url: string }
  | { key: 'token-endpoint-timeout'; url: string; seconds: number }
  | { key: 'token-http'; status: number; statusText: string; retryAfter?: string }
  | { key: 'token-not-json' }
  | { key: 'token-not-object' }
  | { key: 'token-field-missing'; field: string }
  /** `type`: what came instead of a string (`array`, `number`, `boolean`, `object`). */
  | { key: 'token-field-type'; field: string; type: string }
  | { key: 'token-field-empty'; field: string }
  | { key: 'unsupported-browser' }
  | { key: 'sdk-load-failed'; detail: string; blockedByPolicy: boolean }
  | { key: 'code-load-failed' }
  | { key: 'join-failed' }
  | ({ key: 'auth-failed' } & SdkDetail)
  | ({ key: 'invalid-session' } & SdkDetail)
  | ({ key: 'connect-failed' } & SdkDetail)
  | { key: 'call-ended' }
  | { key: 'network-lost' }
  | { key: 'media-denied' }
  | { key: 'media-unavailable' }
  | ({ key: 'media-failed' } & SdkDetail)
  | { key: 'publish-failed' }
  | { key: 'screen-share-failed' }
  | { key: 'subscribe-failed'; name: string; screen: boolean }
  | { key: 'chat-send-failed' }
  | { key: 'moderation-failed'; action: 'mute' | 'mute-all' | 'remove'; name: string; detail?: string }
  | { key: 'recording-http'; action: 'start' | 'stop'; status: number }
  | { key: 'recording-timeout'; action: 'start' | 'stop' }
  | { key: 'recording-request-failed'; action: 'start' | 'stop'; detail: string }
  | { key: 'recording-not-connected' };

/**
 * The error every public method rejects with and every `vr-error` event describes.
 * `recoverable` is true when the call goes on (for example joining as a viewer without a camera);
 * `reason` is set on every error the element shows to the user.
 */
export class VideoRoomError extends Error {
  override readonly name = 'VideoRoomError';
  readonly code: VideoRoomErrorCode;
  readonly recoverable: boolean;
  readonly reason: VideoRoomErrorReason | undefined;

  constructor(
    code: VideoRoomErrorCode,
    message: string,
    options: { recoverable?: boolean; cause?: unknown; reason?: VideoRoomErrorReason } = {},
  ) {
    super(message);
    this.code = code;
    this.recoverable = options.recoverable ?? false;
    this.reason = options.reason;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
