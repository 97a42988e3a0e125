import type { LitElement } from 'lit';
import type { VideoRoomAttributes } from '../components/video-room/video-room-attributes.js';

/** Properties the element only reports (reflected for styling); setting them from a framework means nothing. */
type ReportedState = 'state' | 'audioMuted' | 'videoMuted' | 'recording';

/**
 * Everything a framework may set on `<video-room>`: each attribute as its camelCase property
 * (`tokenEndpoint`, `autojoin`, `layout`, …) and the property-only ones (`sdk`, `tokenProvider`,
 * `strings`, `recordingHandler`), with their types. Derived from the element's declarations, so
 * a new attribute is typed for React, JSX and Vue without being listed again.
 */
export type VideoRoomProperties = Omit<VideoRoomAttributes, keyof LitElement | ReportedState>;
