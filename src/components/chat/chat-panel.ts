import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { MAX_CHAT_LENGTH } from '../../room/signals.js';
import type { ChatMessage } from '../../room/state.js';
import { ariaState } from '../aria.js';
import { closeIcon, sendIcon } from '../call-icons.js';
import { linkify } from './linkify.js';

export interface ChatPanelModel {
  messages: readonly ChatMessage[];
  draft: string;
  text: VideoRoomStrings;
  /** A narrow element: the panel covers the stage instead of sitting beside it. */
  narrow: boolean;
}

export interface ChatPanelActions {
  /** The text as typed (the engine trims it); the caller clears the draft through the model. */
  send(text: string): void;
  resend(id: string): void;
  draftChanged(text: string): void;
  close(): void;
}

/** How close to the end (px) the log counts as "following" new messages. */
const NEAR_END = 48;

/** Whether a draft may be sent: something besides spaces, within the engine's limit. */
export function canSend(draft: string): boolean {
  const length = draft.trim().length;
  return length > 0 && length <= MAX_CHAT_LENGTH;
}

/**
 * The chat panel (part `chat`): the call's messages in a `role="log"` region (holding an `<ol>`;
 * axe does not allow the role on the list itself) and a composer.
 * Enter sends, Shift+Enter starts a new line, Escape closes the panel.
 *
 * The composer's derived state (send enabled, the over-limit counter) is kept in step with the
 * textarea by the input handler itself and bound with `live()`, so it is right even when the
 * host does not re-render on `draftChanged`. The log scrolls itself (see `followLog`, on the scrolling log).
 */
export function renderChatPanel(model: ChatPanelModel, actions: ChatPanelActions): TemplateResult {
  const { text, messages } = model;
  return html`<section
    part="chat"
    class="side-panel chat"
    data-narrow=${String(model.narrow)}
    aria-label=${text.chatTitle}
    @keydown=${(event: KeyboardEvent) => onPanelKeydown(event, actions)}
  >
    <header class="panel-header">
      <h2>${text.chatTitle}</h2>
      <button type="button" part="control close-chat" class="panel-close" aria-label=${text.close} title=${text.close} @click=${() => actions.close()}>
        ${closeIcon}
      </button>
    </header>
    ${messages.length ? nothing : html`<p class="panel-empty">${text.chatEmpty}</p>`}
    <div class="chat-log" role="log" aria-live="polite" aria-label=${text.chatTitle} ${followLog(messages)}>
      <ol class="chat-list">
        ${repeat(
          messages,
          (message) => message.id,
          (message) => renderMessage(message, text, actions),
        )}
      </ol>
    </div>
    ${renderComposer(model, actions)}
  </section>`;
}

function renderMessage(message: ChatMessage, text: VideoRoomStrings, actions: ChatPanelActions): TemplateResult {
  const sent = new Date(message.sentAt);
  const valid = Number.isFinite(sent.getTime());
  return html`<li
    part="chat-message"
    class="chat-message"
    data-participant-id=${message.participantId}
    data-local=${String(message.isLocal)}
    data-status=${message.status}
  >
    <div class="chat-meta">
      <span part="chat-name" class="chat-name">${message.isLocal ? `${message.name} (${text.you})` : message.name}</span>
      ${valid ? html`<time part="chat-time" class="chat-time" datetime=${sent.toISOString()}>${text.chatTime(sent)}</time>` : nothing}
    </div>
    <div part="chat-text" class="chat-text">${linkify(message.text)}</div>
    ${message.status === 'sending' ? html`<div class="chat-status">${text.chatSending}</div>` : nothing}
    ${message.status === 'failed'
      ? html`<div class="chat-status failed">
          <span>${text.chatFailed}</span>
          <button type="button" part="control resend" class="chat-resend" @click=${() => actions.resend(message.id)}>${text.resend}</button>
        </div>`
      : nothing}
  </li>`;
}

function renderComposer(model: ChatPanelModel, actions: ChatPanelActions): TemplateResult {
  const { text, draft } = model;
  const length = draft.trim().length;
  const over = length > MAX_CHAT_LENGTH;
  return html`<form class="chat-composer" @submit=${(event: SubmitEvent) => onSubmit(event, actions)}>
    <textarea
      part="chat-input"
      class="chat-input"
      rows="2"
      enterkeyhint="send"
      aria-label=${text.chatInputLabel}
      placeholder=${text.chatPlaceholder}
      aria-invalid=${live(ariaState(over))}
      .value=${live(draft)}
      @input=${(event: Event) => onInput(event, actions)}
      @keydown=${(event: KeyboardEvent) => onInputKeydown(event, actions)}
    ></textarea>
    <span part="chat-counter" class="chat-counter" ?hidden=${live(!over)} data-count=${live(counterText(length))}></span>
    <button type="submit" part="control send" class="chat-send" aria-label=${text.send} .disabled=${live(!canSend(draft))}>
      ${sendIcon}<span class="chat-send-label">${text.send}</span>
    </button>
  </form>`;
}

/** "2003 / 2000": shown only over the limit; numbers only, so no string is needed. */
function counterText(length: number): string {
  return `${length} / ${MAX_CHAT_LENGTH}`;
}

function onInput(event: Event, actions: ChatPanelActions): void {
  const input = event.target as HTMLTextAreaElement;
  syncComposer(input);
  actions.draftChanged(input.value);
}

/** Brings the send button and the counter in line with the textarea, without waiting for a render. */
function syncComposer(input: HTMLTextAreaElement): void {
  const form = input.form;
  const length = input.value.trim().length;
  const over = length > MAX_CHAT_LENGTH;
  input.setAttribute('aria-invalid', String(over));
  const counter = form?.querySelector<HTMLElement>('.chat-counter');
  if (counter) {
    counter.hidden = !over;
    counter.dataset.count = counterText(length);
  }
  const button = form?.querySelector<HTMLButtonElement>('.chat-send');
  if (button) button.disabled = !canSend(input.value);
}

function onInputKeydown(event: KeyboardEvent, actions: ChatPanelActions): void {
  // Enter while an IME is composing confirms the composition; it must not send.
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  send((event.target as HTMLTextAreaElement).value, actions);
}

function onSubmit(event: SubmitEvent, actions: ChatPanelActions): void {
  event.preventDefault();
  const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLTextAreaElement>('.chat-input');
  if (input) send(input.value, actions);
}

function send(value: string, actions: ChatPanelActions): void {
  if (canSend(value)) actions.send(value);
}

function onPanelKeydown(event: KeyboardEvent, actions: ChatPanelActions): void {
  if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
  event.preventDefault();
  event.stopPropagation();
  actions.close();
}

/**
 * Keeps the log at its newest message: on the panel's first render, when the user's own new
 * message arrives, and when messages change while the user is already within 48 px of the end
 * (someone reading older messages is not pulled down). It runs as the log's element binding,
 * i.e. before the new `<li>`s are committed, so "near the end" is measured on the old content;
 * the scroll itself waits for a microtask, after the render.
 */
class FollowLog extends Directive {
  private messages: readonly ChatMessage[] | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('followLog() belongs on an element');
  }

  render(_messages: readonly ChatMessage[]) {
    return nothing;
  }

  override update(part: ElementPart, [messages]: [readonly ChatMessage[]]) {
    const log = part.element as HTMLElement;
    const previous = this.messages;
    this.messages = messages;
    const last = messages[messages.length - 1];
    const ownNew = last !== undefined && last.isLocal && !previous?.some((message) => message.id === last.id);
    const nearEnd = log.scrollHeight - log.scrollTop - log.clientHeight <= NEAR_END;
    if (previous === undefined || ownNew || (messages !== previous && nearEnd)) {
      queueMicrotask(() => {
        log.scrollTop = log.scrollHeight;
      });
    }
    return nothing;
  }
}

/** Element directive: see `FollowLog`. */
export const followLog = directive(FollowLog);
