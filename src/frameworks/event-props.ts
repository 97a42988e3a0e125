import { eventClasses, type VideoRoomEventMap } from '../events.js';

type EventKey = keyof typeof eventClasses;

/** `local-media-change` → `LocalMediaChange`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The camelCase handler prop of an event, as React components and Vue use it: `vr-joined` → `onVrJoined`. */
export type CamelHandlerName<K extends EventKey> = `onVr${Pascal<K>}`;

/** The event of each camelCase handler prop: `{ onVrJoined: JoinedEvent, … }`. */
export type EventOfHandler = { [K in EventKey as CamelHandlerName<K>]: VideoRoomEventMap[`vr-${K}`] };

/** Optional camelCase handler props, typed with each event's class (Vue's `@vr-joined` checks against `onVrJoined`). */
export type CamelHandlers = { [P in keyof EventOfHandler]?: (event: EventOfHandler[P]) => void };

/** Optional handler props named as React 19 listens to custom element events: `onvr-joined`. */
export type DomHandlers = { [K in keyof VideoRoomEventMap as `on${K}`]?: (event: VideoRoomEventMap[K]) => void };

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase());

/** `{ onVrJoined: 'vr-joined', … }` for every event of the element, from the one table of event classes. */
export const camelHandlerEvents = Object.fromEntries(
  Object.entries(eventClasses).map(([key, eventClass]) => [`onVr${pascal(key)}`, eventClass.eventName]),
) as { [P in keyof EventOfHandler]: string };
