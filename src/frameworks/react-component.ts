import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VideoRoomElement } from '../define.js';
import { camelHandlerEvents, type EventOfHandler } from './event-props.js';

/** Each `on…` prop with the event class its handler receives, so `onVrJoined={(event) => event.detail.sessionId}` is typed. */
type ReactEvents = { [P in keyof EventOfHandler]: EventName<EventOfHandler[P]> };

/**
 * The React component for `<video-room>`. `elementClass` tells `@lit/react` which props are
 * element properties (set on the element) rather than attributes.
 */
export function videoRoomComponent(elementClass: new () => VideoRoomElement) {
  return createComponent({
    react: React,
    tagName: 'video-room',
    elementClass,
    events: camelHandlerEvents as ReactEvents,
    displayName: 'VideoRoom',
  });
}
