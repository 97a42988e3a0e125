// Type-checked only (`tsc -p examples/vue`), never bundled: the props vue-tsc checks a template's
// <video-room> against (`vonage-video-room/vue`) accept the right properties and handlers and
// reject the wrong ones. Each `@ts-expect-error` fails the check if its line stops being an error.
import type { GlobalComponents } from 'vue';
import type {} from 'vonage-video-room/vue';
import type { VideoRoomErrorCode } from 'vonage-video-room';
import { sim, tokenProvider } from './call';

type VideoRoomProps = InstanceType<GlobalComponents['video-room']>['$props'];

export const props: VideoRoomProps = {
  sdk: sim.OT,
  tokenProvider,
  layout: 'grid',
  displayName: 'Vue user',
  onVrJoined: (event) => event.detail.sessionId,
  onVrError: (event) => event.detail.code satisfies VideoRoomErrorCode,
};

// @ts-expect-error: `layout` is auto, grid or speaker
export const wrongLayout: VideoRoomProps = { layout: 'diagonal' };
// @ts-expect-error: `sdk` is an OT namespace, not a string
export const sdkAsString: VideoRoomProps = { sdk: 'OT' };
// @ts-expect-error: `@vr-left` receives a LeftEvent, whose detail has a reason, not a session
export const wrongHandler: VideoRoomProps = { onVrLeft: (event) => event.detail.sessionId };
// @ts-expect-error: no such event
export const misspeltEvent: VideoRoomProps = { onVrJoind: () => undefined };
