/**
 * `vonage-video-room/jsx` (types only): `<video-room>` in React 19's JSX, with every property
 * typed (`sdk`, `tokenProvider`, `room`, `layout`, …; React 19 sets them as properties once the
 * element is defined) and every event as an `onvr-…` handler (`onvr-joined`, `onvr-error`, …)
 * typed with its event class. Load it once with `import type {} from 'vonage-video-room/jsx';`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VideoRoomElement } from './define.js';
import type { VideoRoomProperties } from './frameworks/element-props.js';
import type { DomHandlers } from './frameworks/event-props.js';

/** The props of `<video-room>` in JSX. */
export type VideoRoomJsxProps = DetailedHTMLProps<HTMLAttributes<VideoRoomElement>, VideoRoomElement> &
  Partial<VideoRoomProperties> &
  DomHandlers & { class?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'video-room': VideoRoomJsxProps;
    }
  }
}
