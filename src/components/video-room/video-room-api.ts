import { state } from 'lit/decorators.js';
import type { ChatMessageDetail } from '../../room/chat.js';
import type { RoomEventMap } from '../../room/events.js';
import { Room, type OTSession } from '../../room/room.js';
import { type ChatMessage, effectiveMedia, isInCall, type Participant, type ReactionEmoji, type RoomState } from '../../room/state.js';
import { VideoRoomError } from '../../errors.js';
import { VideoRoomAttributes } from './video-room-attributes.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import type { ViewModes } from './view-modes.js';

/**
 * The part of `<video-room>`'s public API that hands over to the call engine: media, screen
 * sharing, layout and pinning, chat, hands, reactions, moderation, recording and captions
 * (documented on the element).
 */
export abstract class VideoRoomApi extends VideoRoomAttributes {
  /** @internal The call engine; the element's controllers drive it. */
  readonly engine: Room;
  /** @internal Fullscreen and picture-in-picture: set by the in-call view, which brings them (the join screen has neither). */
  viewModes: ViewModes | undefined;
  /** The engine's latest state; not reactive: `applySnapshot` decides whether the element renders for it. */
  protected snapshot: RoomState;
  @state() protected pinned: string | undefined;

  constructor() {
    super();
    this.engine = new Room(
      {
        stateChanged: (next) => this.applySnapshot(next),
        event: (type, detail) => this.onRoomEvent(type, detail),
        notice: () => this.onForcedMute(),
      },
      { audio: true, video: true },
    );
    this.snapshot = this.engine.snapshot;
  }

  protected abstract applySnapshot(next: RoomState): void;
  protected abstract onRoomEvent<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void;
  /** A moderator muted the user's microphone. */
  protected abstract onForcedMute(): void;

  /**
   * Everyone in the call, the local participant first: `{ id, name, isLocal, handRaised,
   * handRaisedAt?, role? }`. `id` is the connection ID; `role` (`moderator`, `publisher`,
   * `subscriber`) where known: the user's from the session's capabilities, others' from `role` in
   * their connection data.
   */
  get participants(): readonly Participant[] {
    return this.snapshot.participants;
  }

  /** The user, while in a call. */
  get localParticipant(): Participant | undefined {
    return this.snapshot.participants.find((participant) => participant.isLocal);
  }

  /** The underlying OT Session while in a call: an escape hatch for features the element lacks. */
  get session(): OTSession | undefined {
    return this.engine.session;
  }

  /** This call's chat, oldest first: `{ id, participantId, name, text, sentAt, isLocal, status }`; cleared when the call ends. */
  get chatMessages(): readonly ChatMessage[] {
    return this.snapshot.chat;
  }

  /** The remote participant holding the focus by voice, if any. */
  get activeSpeakerId(): string | undefined {
    return this.snapshot.activeSpeakerId;
  }

  /** Leaves the call (or cancels joining), releasing the camera, microphone and session; `vr-left` says `reason: 'user'`. */
  leave(): Promise<void> {
    return this.engine.leave('user');
  }

  /**
   * Turns the microphone on or off. Before joining, this sets how the next join starts; a viewer
   * (the camera was denied) turning it on retries the camera and microphone.
   */
  setAudioEnabled(on: boolean): Promise<void> {
    return this.engine.setAudioEnabled(on);
  }

  /** Turns the camera on or off, as `setAudioEnabled` does the microphone. */
  setVideoEnabled(on: boolean): Promise<void> {
    return this.engine.setVideoEnabled(on);
  }

  /** Turns the microphone off when others hear the user, else on. */
  toggleAudio(): Promise<void> {
    return this.setAudioEnabled(!effectiveMedia(this.snapshot).audio);
  }

  /** Turns the camera off when others see the user, else on. */
  toggleVideo(): Promise<void> {
    return this.setVideoEnabled(!effectiveMedia(this.snapshot).video);
  }

  /**
   * Shares the user's screen (the browser asks which one). Resolves true once shared, false when
   * the user cancelled the picker (not an error); rejects with a VideoRoomError when it fails.
   */
  startScreenShare(): Promise<boolean> {
    return this.engine.startScreenShare();
  }

  /** Stops sharing the screen. */
  stopScreenShare(): Promise<void> {
    return this.engine.stopScreenShare();
  }

  /**
   * Sends a chat message to everyone. Resolves with the message once sent; rejects with
   * `invalid-configuration` (empty, or over 2,000 characters after trimming), `not-connected` (outside a call) or
   * `chat-send-failed` (the message stays in the chat, marked failed, with Resend).
   */
  async sendChatMessage(text: string): Promise<ChatMessageDetail> {
    return this.engine.inCall('send a chat message').sendChatMessage(text);
  }

  /** Raises the user's hand for everyone to see (late joiners too); rejects `not-connected` outside a call. */
  async raiseHand(): Promise<void> {
    await this.engine.inCall('raise your hand').setHandRaised(true);
  }

  /** Lowers the user's hand; rejects `not-connected` outside a call. */
  async lowerHand(): Promise<void> {
    await this.engine.inCall('lower your hand').setHandRaised(false);
  }

  /**
   * Shows a reaction (👍 👏 ❤️ 😂 🎉 😮) over the user's tile for everyone; at most one per 300 ms
   * is shown (extra ones resolve and are dropped). Any other emoji rejects `invalid-configuration`.
   */
  async sendReaction(emoji: ReactionEmoji): Promise<void> {
    await this.engine.inCall('react').sendReaction(emoji);
  }

  /** Whether the user's token has the moderator role (`session.capabilities.forceMute`); false outside a call. */
  get isModerator(): boolean {
    return this.engine.isModerator;
  }

  /**
   * Moderators: mutes a participant's microphone (`session.forceMuteStream`; they may unmute).
   * Rejects `not-allowed` for others and `moderation-failed` when the SDK fails, as do the two below.
   */
  async muteParticipant(participantId: string): Promise<void> {
    await this.engine.inCall('mute someone').muteParticipant(participantId);
  }

  /** Moderators: mutes everyone but the user (`session.forceMuteAll`). */
  async muteEveryone(): Promise<void> {
    await this.engine.inCall('mute everyone').muteEveryone();
  }

  /** Moderators: removes a participant from the call (`session.forceDisconnect`; the controls ask for confirmation first). */
  async removeParticipant(participantId: string): Promise<void> {
    await this.engine.inCall('remove someone').removeParticipant(participantId);
  }

  /**
   * Moderators: asks the host's server (`recording-endpoint` or `recordingHandler`) to start or stop
   * the archive; failures are `recording-failed`. The `recording` attribute follows the SDK's
   * events, not this call.
   */
  async setRecordingEnabled(on: boolean): Promise<void> {
    const options = { endpoint: this.recordingEndpoint, handler: this.recordingHandler, credentials: this.tokenCredentials, timeoutMs: 15_000 };
    await this.engine.inCall(on ? 'start recording' : 'stop recording').setRecording(on, options, this.room?.trim() || undefined);
  }

  /** Shows or hides captions (with the `captions` attribute): every subscriber subscribes to them or stops. */
  async setCaptionsEnabled(on: boolean): Promise<void> {
    this.engine.inCall(on ? 'show captions' : 'hide captions').setCaptions(on);
  }

  /**
   * Shows the element on the whole screen, or back in the page (as the fullscreen control does;
   * Escape leaves too, and so does the end of the call). Browsers allow it only in response to a
   * click or a key press. Rejects `not-connected` outside a call, `unsupported-browser` where an
   * element cannot be fullscreen (iPhone), and `not-allowed` when the browser refuses.
   */
  async toggleFullscreen(): Promise<void> {
    await this.inCallModes().fullscreen.toggle();
  }

  /**
   * Opens picture-in-picture: a small window over other apps with the active speaker (else the
   * first other participant, else the user) and the microphone, camera and leave buttons, where
   * the browser has Document Picture-in-Picture; elsewhere the speaker's video alone. It follows the
   * active speaker and closes when the call ends; `vr-pip-change` tells. Browsers allow it only in
   * response to a click or a key press. Rejects `not-connected` outside a call,
   * `unsupported-browser` without picture-in-picture, and `not-allowed` when the browser refuses.
   */
  async enterPictureInPicture(): Promise<void> {
    await this.inCallModes().pip.enter();
  }

  /** Closes picture-in-picture; resolves at once when it is not open. */
  async exitPictureInPicture(): Promise<void> {
    await this.viewModes?.pip.exit();
  }

  /** The pinned participant's ID, if any. */
  get pinnedParticipantId(): string | undefined {
    return this.pinned;
  }

  /** Switches the layout (the same as setting the `layout` attribute); anything else rejects `invalid-configuration`. */
  async setLayout(layout: LayoutMode): Promise<void> {
    if (!['auto', 'grid', 'speaker'].includes(layout)) {
      throw new VideoRoomError('invalid-configuration', `Unknown layout "${layout}": use auto, grid or speaker.`);
    }
    this.layout = layout;
    await this.updateComplete;
  }

  /** Keeps a participant large (their screen share if they have one) until `unpin()` or they leave; rejects for someone not in the call. */
  async pin(participantId: string): Promise<void> {
    if (!this.snapshot.participants.some((participant) => participant.id === participantId)) {
      throw new VideoRoomError('invalid-configuration', `No participant "${participantId}" is in the call.`);
    }
    this.pinned = participantId;
    await this.updateComplete;
  }

  /** Ends the pin: the layout chooses who is large again. */
  async unpin(): Promise<void> {
    this.pinned = undefined;
    await this.updateComplete;
  }

  private inCallModes(): ViewModes {
    const modes = isInCall(this.snapshot.status) ? this.viewModes : undefined;
    if (!modes) throw new VideoRoomError('not-connected', 'Join the call first.', { recoverable: true });
    return modes;
  }

}
