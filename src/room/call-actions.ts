import { VideoRoomError } from '../errors.js';
// Types only: the call is in its own chunk.
import type { Call } from './call.js';
import type { ChatMessageDetail } from './chat.js';
import type { RecordingOptions } from './recording.js';
import type { ReactionEmoji, RoomStatus } from './state.js';

/**
 * The room's actions that need a connected call: each throws `not-connected` outside one and
 * otherwise hands over to the call's feature.
 */
export class CallActions {
  constructor(
    private readonly current: () => { call: Call | undefined; status: RoomStatus; signal: AbortSignal | undefined; archiveId: string | undefined },
    /** Reports a failure as `vr-error` too (recording is asked from a button). */
    private readonly report: (error: VideoRoomError) => void,
  ) {}

  /** Sends a chat message to everyone; resolves with it once sent. */
  sendChatMessage(text: string): Promise<ChatMessageDetail> {
    return this.call('send a chat message').chat.send(text);
  }

  /** Sends a message that failed again. */
  resendChatMessage(id: string): Promise<ChatMessageDetail> {
    return this.call('send a chat message').chat.resend(id);
  }

  async setHandRaised(raised: boolean): Promise<void> {
    await this.call(raised ? 'raise your hand' : 'lower your hand').hands.setRaised(raised);
  }

  async sendReaction(emoji: ReactionEmoji): Promise<void> {
    await this.call('react').reactions.send(emoji);
  }

  /** Whether the user's token has the moderator role (false outside a call). */
  get isModerator(): boolean {
    return this.current().call?.moderation.isModerator ?? false;
  }

  async muteParticipant(participantId: string): Promise<void> {
    await this.call('mute someone').moderation.mute(participantId);
  }

  async muteEveryone(): Promise<void> {
    await this.call('mute everyone').moderation.muteEveryone();
  }

  async removeParticipant(participantId: string): Promise<void> {
    await this.call('remove someone').moderation.remove(participantId);
  }

  /** Asks the host's server to start or stop the archive (moderators only); the badge follows the SDK. */
  async setRecording(on: boolean, options: RecordingOptions, room: string | undefined): Promise<void> {
    const call = this.call(on ? 'start recording' : 'stop recording');
    // Cancelled with the call (a leave, a removal).
    const signal = this.current().signal ?? new AbortController().signal;
    const archiveId = on ? undefined : this.current().archiveId;
    if (!call.moderation.isModerator) {
      throw new VideoRoomError('not-allowed', 'Only a moderator can start or stop recording.', { recoverable: true });
    }
    try {
      await call.requestRecording(options, { action: on ? 'start' : 'stop', room, ...(archiveId ? { archiveId } : {}) }, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof VideoRoomError) this.report(error);
      throw error;
    }
  }

  setCaptions(on: boolean): void {
    this.call(on ? 'show captions' : 'hide captions').setCaptions(on);
  }

  /** The call, for actions that need a connected session; throws `not-connected` otherwise. */
  private call(action: string): Call {
    const { call, status } = this.current();
    if (!call || (status !== 'connected' && status !== 'reconnecting')) {
      throw new VideoRoomError('not-connected', `Join the call to ${action}.`, { recoverable: true });
    }
    return call;
  }
}
