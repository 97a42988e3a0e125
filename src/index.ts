/**
 * The public entry of vonage-video-room. Importing it defines `<video-room>` in a browser; where
 * there is no DOM (server-side rendering, Node) it defines nothing and does not throw, because the
 * element code, which extends HTMLElement, is only loaded when custom elements exist.
 */
export { VideoRoomError, type VideoRoomErrorCode } from './errors.js';
export * from './events.js';
export type { LeaveReason } from './room/events.js';
export type { ChatMessage, ChatMessageStatus, NetworkQuality, Participant, ParticipantRole, ReactionEmoji, RoomStatus, StreamKind } from './room/state.js';
export type { ChatMessageDetail } from './room/chat.js';
export type { RecordingHandler, RecordingRequest } from './room/recording.js';
export type { Credentials, TokenProvider, TokenRequestContext } from './room/credentials.js';
export type { VideoRoomStrings } from './i18n/strings.js';
export type { OTNamespace } from './sdk/types.js';
export type { VideoRoomElement, VideoTileElement } from './define.js';

/** Resolves once `<video-room>` is defined (immediately where there is no DOM). */
export const defined: Promise<void> =
  typeof customElements === 'undefined' ? Promise.resolve() : import('./define.js').then(() => undefined);
