import {
  ActiveSpeakerChangeEvent,
  DeviceChangeEvent,
  JoinedEvent,
  LeftEvent,
  LocalMediaChangeEvent,
  ParticipantJoinedEvent,
  ParticipantLeftEvent,
  ScreenShareStartedEvent,
  ScreenShareStoppedEvent,
  StateChangeEvent,
  StreamAddedEvent,
  StreamRemovedEvent,
} from '../../events.js';
import type { RoomEventMap } from '../../room/events.js';

/** The DOM event for each room event but `error`, whose detail is built from the VideoRoomError. */
const roomEventClasses: { [K in Exclude<keyof RoomEventMap, 'error'>]: new (detail: RoomEventMap[K]) => Event } = {
  'state-change': StateChangeEvent,
  joined: JoinedEvent,
  left: LeftEvent,
  'participant-joined': ParticipantJoinedEvent,
  'participant-left': ParticipantLeftEvent,
  'stream-added': StreamAddedEvent,
  'stream-removed': StreamRemovedEvent,
  'local-media-change': LocalMediaChangeEvent,
  'active-speaker-change': ActiveSpeakerChangeEvent,
  'screen-share-started': ScreenShareStartedEvent,
  'screen-share-stopped': ScreenShareStoppedEvent,
  'device-change': DeviceChangeEvent,
};

/** The `vr-*` DOM event for a room event. */
export function roomEvent<K extends Exclude<keyof RoomEventMap, 'error'>>(type: K, detail: RoomEventMap[K]): Event {
  const EventClass = roomEventClasses[type] as new (detail: RoomEventMap[K]) => Event;
  return new EventClass(detail);
}
