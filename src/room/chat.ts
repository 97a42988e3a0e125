import { VideoRoomError } from '../errors.js';
import { newId, type CallFeature, type FeatureContext } from './feature.js';
import { MAX_CHAT_LENGTH, type ReceivedSignal } from './signals.js';
import type { ChatMessage, ChatMessageStatus, RoomState } from './state.js';

/** What `vr-chat-message` carries: the message without its delivery status. */
export type ChatMessageDetail = Omit<ChatMessage, 'status'>;

/**
 * Chat over `vr-chat` signals. The sender receives its own signal too, so messages are
 * de-duplicated by ID; a message from a connection that is not in the call is ignored.
 */
export class Chat implements CallFeature {
  constructor(private readonly context: FeatureContext) {}

  /** Sends a message; resolves once the SDK delivered it, rejects (keeping it as failed) when it could not. */
  async send(text: string): Promise<ChatMessageDetail> {
    const trimmed = validText(text);
    const localId = this.context.localId() ?? '';
    const local = this.context.current().participants.find((participant) => participant.isLocal);
    const message: ChatMessage = {
      id: newId(),
      participantId: localId,
      name: local?.name ?? '',
      text: trimmed,
      sentAt: Date.now(),
      isLocal: true,
      status: 'sending',
    };
    this.context.update((state) => ({ ...state, chat: [...state.chat, message] }));
    return this.deliver(message);
  }

  /** Sends a failed message again, with the same ID (so nobody sees it twice). */
  async resend(id: string): Promise<ChatMessageDetail> {
    const message = this.context.current().chat.find((candidate) => candidate.id === id && candidate.isLocal);
    if (!message) throw new VideoRoomError('invalid-configuration', `No message "${id}" of yours is in this chat.`);
    if (message.status !== 'failed') return detailOf(message);
    this.setStatus(id, 'sending');
    return this.deliver(message);
  }

  received(signal: ReceivedSignal): void {
    if (signal.type !== 'vr-chat') return;
    const from = signal.from.connectionId;
    if (from === this.context.localId()) return; // our own, already listed
    const state = this.context.current();
    const sender = state.participants.find((participant) => participant.id === from);
    if (!sender || state.chat.some((message) => message.id === signal.data.id)) return;
    const message: ChatMessage = {
      id: signal.data.id,
      participantId: from,
      name: sender.name,
      text: signal.data.text,
      sentAt: Date.now(),
      isLocal: false,
      status: 'sent',
    };
    this.context.update((current) => ({ ...current, chat: [...current.chat, message] }));
    this.context.emit('chat-message', { message: detailOf(message) });
  }

  private async deliver(message: ChatMessage): Promise<ChatMessageDetail> {
    try {
      await this.context.signal('vr-chat', { id: message.id, text: message.text });
    } catch (cause) {
      this.setStatus(message.id, 'failed');
      const error = new VideoRoomError('chat-send-failed', 'Your message could not be sent. Check your connection, then select Resend.', {
        recoverable: true,
        cause,
        reason: { key: 'chat-send-failed' },
      });
      this.context.emit('error', error);
      throw error;
    }
    this.setStatus(message.id, 'sent');
    const detail = detailOf(message);
    this.context.emit('chat-message', { message: detail });
    return detail;
  }

  private setStatus(id: string, status: ChatMessageStatus): void {
    this.context.update((state) => withStatus(state, id, status));
  }
}

function withStatus(state: RoomState, id: string, status: ChatMessageStatus): RoomState {
  const index = state.chat.findIndex((message) => message.id === id);
  if (index < 0 || state.chat[index].status === status) return state;
  const chat = state.chat.slice();
  chat[index] = { ...chat[index], status };
  return { ...state, chat };
}

/** The text to send, trimmed; empty or oversized text is the caller's mistake, said clearly. */
function validText(text: unknown): string {
  if (typeof text !== 'string') throw new VideoRoomError('invalid-configuration', 'A chat message must be a string.');
  const trimmed = text.trim();
  if (!trimmed) throw new VideoRoomError('invalid-configuration', 'A chat message cannot be empty.');
  if (trimmed.length > MAX_CHAT_LENGTH) {
    throw new VideoRoomError('invalid-configuration', `A chat message can have at most ${MAX_CHAT_LENGTH} characters (this one has ${trimmed.length}).`);
  }
  return trimmed;
}

function detailOf({ status: _status, ...detail }: ChatMessage): ChatMessageDetail {
  return detail;
}
