/**
 * `vonage-video-room/react`: `<VideoRoom>`, a React component for `<video-room>` (built with
 * `@lit/react`). Props are the element's properties (`sdk`, `tokenProvider`, `room`, …, set as
 * properties, never stringified) and one `on…` prop per event (`onVrJoined`, `onVrLeft`,
 * `onVrError`, …) typed with its event class. A `ref` is the element itself (`join()`, `leave()`…).
 * It also re-exports the package's API (event classes, VideoRoomError, types).
 */
import type { VideoRoomElement } from './define.js';
import { videoRoomComponent } from './frameworks/react-component.js';

// From the package's entry itself, not a copy: evaluating it defines the element.
export * from './index.js';

/** The class `<video-room>` is defined with (ours, unless the page defined the tag first). */
const elementClass = customElements.get('video-room') as new () => VideoRoomElement;

export const VideoRoom = videoRoomComponent(elementClass);

export type { VideoRoomProperties } from './frameworks/element-props.js';
export type { CamelHandlers as VideoRoomEventHandlers } from './frameworks/event-props.js';
