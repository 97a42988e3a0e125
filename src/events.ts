import type { VideoRoomErrorCode } from './room/errors.js';
import type { LeaveReason, StreamDetail } from './room/events.js';
import type { Participant, RoomStatus } from './room/state.js';

/**
 * The base of each event class: every `<video-room>` event bubbles out of the shadow root, so
 * `document` listeners see it, and carries its name as `eventName`.
 */
function videoRoomEvent<Detail>(eventName: string) {
  return class extends CustomEvent<Detail> {
    static readonly eventName = eventName;
    constructor(detail: Detail) {
      super(eventName, { detail, bubbles: true, composed: true });
    }
  };
}

export interface StateChangeDetail {
  state: RoomStatus;
  previousState: RoomStatus;
}
export interface JoinedDetail {
  sessionId: string;
  connectionId: string;
}
export interface LeftDetail {
  reason: LeaveReason;
}
export interface ParticipantDetail {
  participant: Participant;
}
export type { StreamDetail };
export interface LocalMediaDetail {
  audio: boolean;
  video: boolean;
}
export interface ActiveSpeakerDetail {
  participantId: string | null;
}
export interface LayoutChangeDetail {
  layout: 'auto' | 'grid' | 'speaker';
  pinnedParticipantId: string | null;
}
export interface ScreenShareDetail {
  streamId: string;
}
export interface DeviceChangeDetail {
  kind: 'videoinput' | 'audioinput' | 'audiooutput';
  deviceId: string;
  label: string;
}
export interface ErrorDetail {
  code: VideoRoomErrorCode;
  message: string;
  recoverable: boolean;
}

/** `state` changed: idle, joining, connected, reconnecting, left or error. */
export class StateChangeEvent extends videoRoomEvent<StateChangeDetail>('vr-state-change') {}

/** The session is connected; `connectionId` is the local participant's ID. */
export class JoinedEvent extends videoRoomEvent<JoinedDetail>('vr-joined') {}

/** The user is out of the call, and why. */
export class LeftEvent extends videoRoomEvent<LeftDetail>('vr-left') {}

/** Another participant connected. */
export class ParticipantJoinedEvent extends videoRoomEvent<ParticipantDetail>('vr-participant-joined') {}

/** Another participant disconnected. */
export class ParticipantLeftEvent extends videoRoomEvent<ParticipantDetail>('vr-participant-left') {}

/** Another participant started a camera or screen stream. */
export class StreamAddedEvent extends videoRoomEvent<StreamDetail>('vr-stream-added') {}

/** Another participant's stream ended. */
export class StreamRemovedEvent extends videoRoomEvent<StreamDetail>('vr-stream-removed') {}

/** What the local user sends changed (microphone or camera turned on or off). */
export class LocalMediaChangeEvent extends videoRoomEvent<LocalMediaDetail>('vr-local-media-change') {}

/** Another participant took the focus by speaking (held at least 1.5 s), or nobody has it. */
export class ActiveSpeakerChangeEvent extends videoRoomEvent<ActiveSpeakerDetail>('vr-active-speaker-change') {}

/** The layout or the pinned participant changed. */
export class LayoutChangeEvent extends videoRoomEvent<LayoutChangeDetail>('vr-layout-change') {}

/** The user started sharing their screen. */
export class ScreenShareStartedEvent extends videoRoomEvent<ScreenShareDetail>('vr-screen-share-started') {}

/** The user's screen share ended (our control, the browser's own "Stop sharing", or leaving). */
export class ScreenShareStoppedEvent extends videoRoomEvent<ScreenShareDetail>('vr-screen-share-stopped') {}

/** A camera, microphone or speaker was chosen, or the one in use disappeared and the default took over. */
export class DeviceChangeEvent extends videoRoomEvent<DeviceChangeDetail>('vr-device-change') {}

/** Something failed; `recoverable` is true when the call goes on. */
export class VideoRoomErrorEvent extends videoRoomEvent<ErrorDetail>('vr-error') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'vr-state-change': StateChangeEvent;
    'vr-joined': JoinedEvent;
    'vr-left': LeftEvent;
    'vr-participant-joined': ParticipantJoinedEvent;
    'vr-participant-left': ParticipantLeftEvent;
    'vr-stream-added': StreamAddedEvent;
    'vr-stream-removed': StreamRemovedEvent;
    'vr-local-media-change': LocalMediaChangeEvent;
    'vr-active-speaker-change': ActiveSpeakerChangeEvent;
    'vr-layout-change': LayoutChangeEvent;
    'vr-screen-share-started': ScreenShareStartedEvent;
    'vr-screen-share-stopped': ScreenShareStoppedEvent;
    'vr-device-change': DeviceChangeEvent;
    'vr-error': VideoRoomErrorEvent;
  }
}

/** Every event name `<video-room>` fires, for hosts that log or forward them all. */
export const videoRoomEventNames = [
  StateChangeEvent.eventName,
  JoinedEvent.eventName,
  LeftEvent.eventName,
  ParticipantJoinedEvent.eventName,
  ParticipantLeftEvent.eventName,
  StreamAddedEvent.eventName,
  StreamRemovedEvent.eventName,
  LocalMediaChangeEvent.eventName,
  ActiveSpeakerChangeEvent.eventName,
  LayoutChangeEvent.eventName,
  ScreenShareStartedEvent.eventName,
  ScreenShareStoppedEvent.eventName,
  DeviceChangeEvent.eventName,
  VideoRoomErrorEvent.eventName,
] as const;
