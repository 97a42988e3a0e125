import type { VideoRoomError } from './errors.js';
import type { Participant, RoomStatus, StreamKind } from './state.js';

/** Why the user is no longer in the call. */
export type LeaveReason = 'user' | 'removed' | 'forced' | 'network' | 'error';

export interface StreamDetail {
  participantId: string;
  streamId: string;
  kind: StreamKind;
}

/** What the room engine announces; the element turns each into a `vr-*` DOM event. */
export interface RoomEventMap {
  'state-change': { state: RoomStatus; previousState: RoomStatus };
  joined: { sessionId: string; connectionId: string };
  left: { reason: LeaveReason };
  'participant-joined': { participant: Participant };
  'participant-left': { participant: Participant };
  'stream-added': StreamDetail;
  'stream-removed': StreamDetail;
  'local-media-change': { audio: boolean; video: boolean };
  'active-speaker-change': { participantId: string | null };
  'screen-share-started': { streamId: string };
  'screen-share-stopped': { streamId: string };
  'device-change': { kind: 'videoinput' | 'audioinput' | 'audiooutput'; deviceId: string; label: string };
  error: VideoRoomError;
}
