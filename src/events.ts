import type { VideoRoomErrorCode } from './errors.js';
import type { LeaveReason, RoomEventMap, StreamDetail } from './room/events.js';

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

export interface LayoutChangeDetail {
  layout: 'auto' | 'grid' | 'speaker';
  pinnedParticipantId: string | null;
}
/** Whether picture-in-picture shows the call (a small window above other apps). */
export interface PipChangeDetail {
  active: boolean;
}
export interface ErrorDetail {
  code: VideoRoomErrorCode;
  message: string;
  recoverable: boolean;
}

/** Every event's detail: the engine's (declared once, in room/events.ts) and the element's own. */
export type VideoRoomEventDetails = Omit<RoomEventMap, 'error'> & { 'layout-change': LayoutChangeDetail; 'pip-change': PipChangeDetail; error: ErrorDetail };

export type StateChangeDetail = VideoRoomEventDetails['state-change'];
export type JoinedDetail = VideoRoomEventDetails['joined'];
export type LeftDetail = VideoRoomEventDetails['left'];
export type ParticipantDetail = VideoRoomEventDetails['participant-joined'];
export type LocalMediaDetail = VideoRoomEventDetails['local-media-change'];
export type ActiveSpeakerDetail = VideoRoomEventDetails['active-speaker-change'];
export type ScreenShareDetail = VideoRoomEventDetails['screen-share-started'];
export type DeviceChangeDetail = VideoRoomEventDetails['device-change'];
export type ChatMessageEventDetail = VideoRoomEventDetails['chat-message'];
export type HandChangeDetail = VideoRoomEventDetails['hand-change'];
export type ReactionDetail = VideoRoomEventDetails['reaction'];
export type RecordingChangeDetail = VideoRoomEventDetails['recording-change'];
export type CaptionDetail = VideoRoomEventDetails['caption'];
export type { LeaveReason, StreamDetail };

type Detail<K extends keyof VideoRoomEventDetails> = VideoRoomEventDetails[K];

/** `state` changed: idle, joining, connected, reconnecting, left or error. */
export class StateChangeEvent extends videoRoomEvent<Detail<'state-change'>>('vr-state-change') {}

/** The session is connected; `connectionId` is the local participant's ID. */
export class JoinedEvent extends videoRoomEvent<Detail<'joined'>>('vr-joined') {}

/** The user is out of the call, and why. */
export class LeftEvent extends videoRoomEvent<Detail<'left'>>('vr-left') {}

/** Another participant connected. */
export class ParticipantJoinedEvent extends videoRoomEvent<Detail<'participant-joined'>>('vr-participant-joined') {}

/** Another participant disconnected. */
export class ParticipantLeftEvent extends videoRoomEvent<Detail<'participant-left'>>('vr-participant-left') {}

/** Another participant's name or role changed after they joined (their name arrived with their stream). */
export class ParticipantUpdatedEvent extends videoRoomEvent<Detail<'participant-updated'>>('vr-participant-updated') {}

/** Another participant started a camera or screen stream. */
export class StreamAddedEvent extends videoRoomEvent<Detail<'stream-added'>>('vr-stream-added') {}

/** Another participant's stream ended. */
export class StreamRemovedEvent extends videoRoomEvent<Detail<'stream-removed'>>('vr-stream-removed') {}

/** What the local user sends changed (microphone or camera turned on or off). */
export class LocalMediaChangeEvent extends videoRoomEvent<Detail<'local-media-change'>>('vr-local-media-change') {}

/** Another participant took the focus by speaking (held at least 1.5 s), or nobody has it. */
export class ActiveSpeakerChangeEvent extends videoRoomEvent<Detail<'active-speaker-change'>>('vr-active-speaker-change') {}

/** The layout or the pinned participant changed. */
export class LayoutChangeEvent extends videoRoomEvent<Detail<'layout-change'>>('vr-layout-change') {}

/** The user started sharing their screen. */
export class ScreenShareStartedEvent extends videoRoomEvent<Detail<'screen-share-started'>>('vr-screen-share-started') {}

/** The user's screen share ended (our control, the browser's own "Stop sharing", or leaving). */
export class ScreenShareStoppedEvent extends videoRoomEvent<Detail<'screen-share-stopped'>>('vr-screen-share-stopped') {}

/** A camera, microphone or speaker was chosen, or the one in use disappeared and the default took over. */
export class DeviceChangeEvent extends videoRoomEvent<Detail<'device-change'>>('vr-device-change') {}

/** A chat message arrived, or the user's own was sent: once per message. */
export class ChatMessageEvent extends videoRoomEvent<Detail<'chat-message'>>('vr-chat-message') {}

/** Someone (the user included) raised or lowered their hand. */
export class HandChangeEvent extends videoRoomEvent<Detail<'hand-change'>>('vr-hand-change') {}

/** Someone (the user included) sent a reaction that is now shown over their tile. */
export class ReactionEvent extends videoRoomEvent<Detail<'reaction'>>('vr-reaction') {}

/** The session started or stopped being recorded (from the SDK's archive events, late joiners included). */
export class RecordingChangeEvent extends videoRoomEvent<Detail<'recording-change'>>('vr-recording-change') {}

/** A caption arrived (partial results first, then the final one). */
export class CaptionEvent extends videoRoomEvent<Detail<'caption'>>('vr-caption') {}

/** Picture-in-picture opened or closed (the control, the methods, the user closing its window, or the call ending). */
export class PipChangeEvent extends videoRoomEvent<Detail<'pip-change'>>('vr-pip-change') {}

/** Something failed; `recoverable` is true when the call goes on. */
export class VideoRoomErrorEvent extends videoRoomEvent<Detail<'error'>>('vr-error') {}

/** The class of each event: the one table the DOM event map, the names and the element's dispatch derive from. */
export const eventClasses = {
  'state-change': StateChangeEvent,
  joined: JoinedEvent,
  left: LeftEvent,
  'participant-joined': ParticipantJoinedEvent,
  'participant-left': ParticipantLeftEvent,
  'participant-updated': ParticipantUpdatedEvent,
  'stream-added': StreamAddedEvent,
  'stream-removed': StreamRemovedEvent,
  'local-media-change': LocalMediaChangeEvent,
  'active-speaker-change': ActiveSpeakerChangeEvent,
  'layout-change': LayoutChangeEvent,
  'screen-share-started': ScreenShareStartedEvent,
  'screen-share-stopped': ScreenShareStoppedEvent,
  'device-change': DeviceChangeEvent,
  'chat-message': ChatMessageEvent,
  'hand-change': HandChangeEvent,
  reaction: ReactionEvent,
  'recording-change': RecordingChangeEvent,
  caption: CaptionEvent,
  'pip-change': PipChangeEvent,
  error: VideoRoomErrorEvent,
} as const satisfies { [K in keyof VideoRoomEventDetails]: new (detail: VideoRoomEventDetails[K]) => CustomEvent<VideoRoomEventDetails[K]> };

/** `vr-<name>` → its event class instance, for `addEventListener` typing. */
export type VideoRoomEventMap = { [K in keyof typeof eventClasses as `vr-${K}`]: InstanceType<(typeof eventClasses)[K]> };

declare global {
  interface GlobalEventHandlersEventMap extends VideoRoomEventMap {}
}

/** Every event name `<video-room>` fires, for hosts that log or forward them all. */
export const videoRoomEventNames: ReadonlyArray<keyof VideoRoomEventMap> = Object.values(eventClasses).map(
  (eventClass) => eventClass.eventName as keyof VideoRoomEventMap,
);
