// Type-checked only (`tsc -p examples/react`), never bundled: the package's React and JSX typings
// accept the right props and events and reject the wrong ones. Each `@ts-expect-error` fails the
// check if the line after it stops being an error.
import type {} from 'vonage-video-room/jsx';
import { VideoRoom, type JoinedEvent, type VideoRoomErrorEvent } from 'vonage-video-room/react';
import { createSimulator } from 'vonage-video-room/testing';

const sim = createSimulator();
const provider = async () => ({ applicationId: 'a', sessionId: 's', token: 't' });

export const wrapperProps = (
  <VideoRoom
    sdk={sim.OT}
    tokenProvider={provider}
    layout="speaker"
    strings={{ leave: 'Hang up' }}
    onVrJoined={(event: JoinedEvent) => event.detail.connectionId}
    onVrError={(event) => event.detail.code satisfies VideoRoomErrorEvent['detail']['code']}
    onVrLocalMediaChange={(event) => event.detail.audio satisfies boolean}
  />
);

// @ts-expect-error: a misspelt event prop
export const misspeltEvent = <VideoRoom onVrJoind={() => undefined} />;
// @ts-expect-error: `layout` is auto, grid or speaker
export const wrongLayout = <VideoRoom layout="diagonal" />;
// @ts-expect-error: `sdk` is an OT namespace, not a string
export const sdkAsString = <VideoRoom sdk="[object Object]" />;
// @ts-expect-error: the handler receives a JoinedEvent, whose detail has no `code`
export const wrongDetail = <VideoRoom onVrJoined={(event) => event.detail.code} />;

export const plainElement = (
  <video-room room="standup" sdk={sim.OT} tokenProvider={provider} autojoin onvr-joined={(event) => event.detail.sessionId} />
);
// @ts-expect-error: `autojoin` is a boolean property
export const wrongAttributeType = <video-room autojoin="yes" />;
// @ts-expect-error: the `onvr-left` handler receives a LeftEvent, whose detail has a reason, not a session
export const wrongHandler = <video-room onvr-left={(event) => event.detail.sessionId} />;
