/**
 * `vonage-video-room/vue` (types only): `<video-room>` in Vue templates, for `vue-tsc` and the
 * editor: every property typed (`:sdk.prop`, `:tokenProvider.prop`, `layout`, …) and every event
 * (`@vr-joined`, `@vr-error`, …) typed with its event class. Load it once with
 * `import type {} from 'vonage-video-room/vue';`.
 */
import type { DefineComponent } from 'vue';
import type { VideoRoomProperties } from './frameworks/element-props.js';
import type { CamelHandlers } from './frameworks/event-props.js';

/** The props of `<video-room>` in a Vue template: Vue checks `@vr-joined` against `onVrJoined`. */
export type VideoRoomVueProps = Partial<VideoRoomProperties> & CamelHandlers;

declare module 'vue' {
  interface GlobalComponents {
    'video-room': DefineComponent<VideoRoomVueProps>;
  }
}
