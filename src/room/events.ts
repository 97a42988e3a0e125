import type { VideoRoomError } from '../errors.js';
import type { ChatMessageDetail } from './chat.js';
import type { Participant, ReactionEmoji, RoomStatus, StreamKind } from './state.js';

/** Why the user is no longer in the call. */
export type LeaveReason = 'user' | 'removed' | 'forced' | 'network' | 'error';

export interface StreamDetail {
  participantId: string;
  streamId: string;
  kind: StreamKind;
}

/**
 * What the room engine announces: the one declaration of every event's detail. The element
 * turns each into a `vr-<name>` DOM event whose class (src/events.ts) is typed from this map.
 */
export interface RoomEventMap {
  'state-change': { state: RoomStatus; previousState: RoomStatus };
  /** `rejoined`: true after an automatic rejoin (no `left` came before it). */
  joined: { sessionId: string; connectionId: string; rejoined: boolean };
  left: { reason: LeaveReason };
  'participant-joined': { participant: Participant };
  'participant-left': { participant: Participant };
  /** A participant's name or role changed after `participant-joined`. */
  'participant-updated': { participant: Participant };
  'stream-added': StreamDetail;
  'stream-removed': StreamDetail;
  'local-media-change': { audio: boolean; video: boolean };
  'active-speaker-change': { participantId: string | null };
  'screen-share-started': { streamId: string };
  'screen-share-stopped': { streamId: string };
  'device-change': { kind: 'videoinput' | 'audioinput' | 'audiooutput'; deviceId: string; label: string };
  'chat-message': { message: ChatMessageDetail };
  'hand-change': { participantId: string; raised: boolean };
  reaction: { participantId: string; emoji: ReactionEmoji };
  'recording-change': { recording: boolean; archiveId: string | null };
  caption: { participantId: string; text: string; isFinal: boolean };
  error: VideoRoomError;
}
