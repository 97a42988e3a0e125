import type { VideoRoomError } from '../errors.js';

/** Where the element is in its life; reflected as the `state` attribute. */
export type RoomStatus = 'idle' | 'joining' | 'connected' | 'reconnecting' | 'left' | 'error';

export type StreamKind = 'camera' | 'screen';

/** What a participant's token allows, where it is known. */
export type ParticipantRole = 'moderator' | 'publisher' | 'subscriber';

/** Someone in the room. `id` is their connection ID. */
export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly isLocal: boolean;
  /** From the session's capabilities (the user) or the connection data (others); undefined where unknown. */
  readonly role?: ParticipantRole;
  readonly handRaised: boolean;
  /** When the hand went up (the sender's clock, ms since the epoch); orders the people list. */
  readonly handRaisedAt?: number;
}

/** `sending` until the SDK confirms the signal, then `sent`; `failed` keeps it for a resend. */
export type ChatMessageStatus = 'sending' | 'sent' | 'failed';

/** One chat message of this call. Others' messages are always `sent`. */
export interface ChatMessage {
  readonly id: string;
  /** The sender's connection ID (the signal's `from`, never a name inside the data). */
  readonly participantId: string;
  readonly name: string;
  readonly text: string;
  /** ms since the epoch, by this browser's clock when it arrived (or was sent). */
  readonly sentAt: number;
  readonly isLocal: boolean;
  readonly status: ChatMessageStatus;
}

/** The six reactions anyone can send. */
export const reactionEmoji = ['👍', '👏', '❤️', '😂', '🎉', '😮'] as const;
export type ReactionEmoji = (typeof reactionEmoji)[number];

/** One line of the captions overlay: a partial result is replaced in place until it is final. */
export interface CaptionLine {
  readonly id: string;
  readonly participantId: string;
  readonly name: string;
  readonly text: string;
  readonly isFinal: boolean;
}

/** A reaction floating over its sender's tile for a few seconds. */
export interface Reaction {
  readonly id: string;
  readonly participantId: string;
  readonly emoji: ReactionEmoji;
}

/** What one tile shows: a participant's camera (or avatar) or a screen share. */
export interface TileState {
  /** Stable across the tile's life: `<participantId>:camera`, or the stream ID of a screen share. */
  readonly key: string;
  readonly participantId: string;
  readonly name: string;
  readonly streamId: string | undefined;
  readonly kind: StreamKind;
  readonly isLocal: boolean;
  readonly audioMuted: boolean;
  readonly videoMuted: boolean;
  readonly speaking: boolean;
  /** When they last stopped speaking (`performance.now()`), 0 if never; orders recent speakers. */
  readonly lastSpokeAt: number;
  /** The SDK's `<video>` for this stream, once it exists. */
  readonly video: HTMLVideoElement | undefined;
  /** How well this remote stream arrives; undefined until measured (and for the user's own tiles). */
  readonly networkQuality: NetworkQuality | undefined;
  /** The SDK turned this stream's video off because the connection is too weak for it. */
  readonly videoPaused: boolean;
}

export type NetworkQuality = 'good' | 'fair' | 'poor';

export interface LocalMedia {
  readonly audio: boolean;
  readonly video: boolean;
  /** False while the user is a viewer (camera and microphone unavailable or denied). */
  readonly publishing: boolean;
}

/** One immutable snapshot of the call; a change produces a new snapshot, unchanged parts keep their identity. */
export interface RoomState {
  readonly status: RoomStatus;
  readonly participants: readonly Participant[];
  readonly tiles: readonly TileState[];
  readonly localMedia: LocalMedia;
  readonly sessionId: string | undefined;
  readonly localParticipantId: string | undefined;
  /** The remote participant holding the focus, by audio level with a minimum hold. */
  readonly activeSpeakerId: string | undefined;
  /** The user is sharing their screen. */
  readonly screenSharing: boolean;
  /** The browser's autoplay policy blocks remote sound until the user clicks. */
  readonly audioBlocked: boolean;
  /** The user's own connection has been poor for 5 s or more. */
  readonly connectionUnstable: boolean;
  /** The session is being recorded (from the SDK's archive events, never from our own button). */
  readonly recording: boolean;
  readonly archiveId: string | undefined;
  /** Captions are shown (the user's choice, with the `captions` attribute). */
  readonly captionsOn: boolean;
  /** The SDK can subscribe to captions (false once a subscriber without that API appeared). */
  readonly captionsSupported: boolean;
  /** The captions overlay, oldest first, at most three lines. */
  readonly captions: readonly CaptionLine[];
  /** This call's chat, oldest first. */
  readonly chat: readonly ChatMessage[];
  /** Reactions on screen now, oldest first. */
  readonly reactions: readonly Reaction[];
  readonly error: VideoRoomError | undefined;
}

export function initialState(localMedia: LocalMedia): RoomState {
  return {
    status: 'idle',
    participants: [],
    tiles: [],
    localMedia,
    sessionId: undefined,
    localParticipantId: undefined,
    activeSpeakerId: undefined,
    screenSharing: false,
    audioBlocked: false,
    connectionUnstable: false,
    recording: false,
    archiveId: undefined,
    captionsOn: false,
    captionsSupported: true,
    captions: [],
    chat: [],
    reactions: [],
    error: undefined,
  };
}

const inCall: ReadonlySet<RoomStatus> = new Set(['joining', 'connected', 'reconnecting']);

/** What a call leaves behind when it ends: nobody, no tiles, no chat (history is per call). */
export const emptyCall = {
  participants: [],
  tiles: [],
  chat: [],
  reactions: [],
  captions: [],
  activeSpeakerId: undefined,
  connectionUnstable: false,
  recording: false,
  archiveId: undefined,
} satisfies Partial<RoomState>;

/** Whether `status` means the element holds (or is acquiring) a session. */
export function isInCall(status: RoomStatus): boolean {
  return inCall.has(status);
}

/**
 * What others can actually hear and see of the user: their choice, except that a viewer in a call
 * (no camera or microphone could start) sends nothing.
 */
export function effectiveMedia(state: RoomState): { audio: boolean; video: boolean } {
  const sending = state.localMedia.publishing || !inCall.has(state.status);
  return { audio: state.localMedia.audio && sending, video: state.localMedia.video && sending };
}
