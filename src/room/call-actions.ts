import { VideoRoomError } from '../errors.js';
import type { Call } from './call.js';
import type { ChatMessageDetail } from './chat.js';
import type { RecordingOptions } from './recording.js';
import type { ReactionEmoji } from './state.js';

/** What the actions need of the call beside its features. */
export interface CallActionsContext {
  /** Aborted when the call ends (a leave, a removal): a recording request still out is cancelled. */
  signal: AbortSignal;
  /** The archive being recorded, which "stop" names. */
  archiveId(): string | undefined;
  /** Reports a failure as `vr-error` too (recording is asked from a button). */
  report(error: VideoRoomError): void;
}

/**
 * What can only be done in a connected call: chat, hands, reactions, moderation, recording and
 * captions, each handed over to the call's feature. Ships with the call: the room gives these
 * out only during a call (`Room.inCall`), and throws `not-connected` otherwise.
 */
export class CallActions {
  constructor(
    private readonly call: Call,
    private readonly context: CallActionsContext,
  ) {}

  /** Sends a chat message to everyone; resolves with it once sent. */
  sendChatMessage(text: string): Promise<ChatMessageDetail> {
    return this.call.chat.send(text);
  }

  /** Sends a message that failed again. */
  resendChatMessage(id: string): Promise<ChatMessageDetail> {
    return this.call.chat.resend(id);
  }

  async setHandRaised(raised: boolean): Promise<void> {
    await this.call.hands.setRaised(raised);
  }

  async sendReaction(emoji: ReactionEmoji): Promise<void> {
    await this.call.reactions.send(emoji);
  }

  async muteParticipant(participantId: string): Promise<void> {
    await this.call.moderation.mute(participantId);
  }

  async muteEveryone(): Promise<void> {
    await this.call.moderation.muteEveryone();
  }

  async removeParticipant(participantId: string): Promise<void> {
    await this.call.moderation.remove(participantId);
  }

  /** Asks the host's server to start or stop the archive (moderators only); the badge follows the SDK. */
  async setRecording(on: boolean, options: RecordingOptions, room: string | undefined): Promise<void> {
    const { signal } = this.context;
    const archiveId = on ? undefined : this.context.archiveId();
    if (!this.call.moderation.isModerator) {
      throw new VideoRoomError('not-allowed', 'Only a moderator can start or stop recording.', { recoverable: true });
    }
    try {
      await this.call.requestRecording(options, { action: on ? 'start' : 'stop', room, ...(archiveId ? { archiveId } : {}) }, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof VideoRoomError) this.context.report(error);
      throw error;
    }
  }

  setCaptions(on: boolean): void {
    this.call.setCaptions(on);
  }
}
