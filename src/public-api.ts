/**
 * What both entries of the package export: the browser entry (`index.ts`, which also defines the
 * element) and the Node / server-side rendering entry (`index.node.ts`, which cannot). Nothing
 * here extends HTMLElement, so it evaluates anywhere.
 */
export { VideoRoomError, type VideoRoomErrorCode, type VideoRoomErrorReason } from './errors.js';
export * from './events.js';
export type { LeaveReason } from './room/events.js';
export type { ChatMessage, ChatMessageStatus, NetworkQuality, Participant, ParticipantRole, ReactionEmoji, RoomStatus, StreamKind } from './room/state.js';
export type { ChatMessageDetail } from './room/chat.js';
export type { RecordingHandler, RecordingRequest } from './room/recording.js';
export type { Credentials, TokenProvider, TokenRequestContext } from './room/credentials.js';
export type { VideoRoomStrings } from './i18n/strings.js';
export type { ErrorStrings } from './i18n/error-strings.js';
export type { OTNamespace } from './sdk/types.js';
export type { VideoRoomElement, VideoTileElement } from './define.js';
