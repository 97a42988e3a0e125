import { eventClasses } from '../../events.js';
import type { RoomEventMap } from '../../room/events.js';

/** The `vr-*` DOM event for a room event but `error`, whose detail is built from the VideoRoomError. */
export function roomEvent<K extends Exclude<keyof RoomEventMap, 'error'>>(type: K, detail: RoomEventMap[K]): Event {
  const EventClass = eventClasses[type] as new (detail: RoomEventMap[K]) => Event;
  return new EventClass(detail);
}
