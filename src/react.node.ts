/**
 * `vonage-video-room/react` in Node and server-side rendering (the `node` export condition): the
 * same `<VideoRoom>` without the element class, whose code extends HTMLElement. On the server it
 * renders `<video-room>` with the string props as attributes and leaves functions and objects
 * out; in the browser the client bundle sets them as properties when it hydrates.
 */
import type { VideoRoomElement } from './define.js';
import { videoRoomComponent } from './frameworks/react-component.js';

// From the package's Node entry itself, not a copy.
export * from './index.node.js';

/** Stands in for the element class on the server, where no props become element properties. */
class ServerVideoRoom {}

export const VideoRoom = videoRoomComponent(ServerVideoRoom as unknown as new () => VideoRoomElement);

export type { VideoRoomProperties } from './frameworks/element-props.js';
export type { CamelHandlers as VideoRoomEventHandlers } from './frameworks/event-props.js';
