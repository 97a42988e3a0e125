import { html, nothing } from 'lit';
import type { VideoRoomError } from '../../errors.js';
import { errorText } from '../../i18n/error-strings.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { RoomStatus } from '../../room/state.js';
import { speakerIcon } from '../icons.js';

/** A message shown over the call while it goes on (a recoverable error, a device fallback). */
export interface Notice {
  /** Worded when it renders, so a change of language reaches it too. */
  message: (text: VideoRoomStrings) => string;
  code: string;
}

/** After leaving; `removed`: a moderator removed the user (and nothing rejoins by itself). */
export function renderLeftScreen(text: VideoRoomStrings, removed: boolean, rejoin: () => void) {
  return html`
    <div class="panel left-screen" data-reason=${removed ? 'forced' : 'left'}>
      <slot name="left"><p>${removed ? text.removedByModerator : text.leftTitle}</p></slot>
      <button part="control rejoin" class="primary" type="button" @click=${rejoin}>${text.rejoin}</button>
    </div>
  `;
}

export function renderErrorScreen(text: VideoRoomStrings, error: VideoRoomError | undefined, retry: () => void) {
  return html`
    <div part="status" class="panel error" role="alert" data-code=${error?.code ?? ''}>
      <h2>${text.errorTitle}</h2>
      <p>${error ? errorText(text.errors, error) : ''}</p>
      <button part="control retry" class="primary" type="button" @click=${retry}>${text.retry}</button>
    </div>
  `;
}

/** Joining / reconnecting, and the button that lets blocked sound play (browsers need a click). */
export function renderBanners(text: VideoRoomStrings, status: RoomStatus, audioBlocked: boolean, unblockAudio: () => void) {
  return html`<div class="banners">
    ${status === 'joining' || status === 'reconnecting'
      ? html`<div part="status" class="banner" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true"></span>${status === 'joining' ? text.joining : text.reconnecting}
        </div>`
      : nothing}
    ${audioBlocked
      ? html`<div part="status" class="banner audio-blocked" role="alert">
          <button part="control unblock-audio" type="button" class="primary" @click=${unblockAudio}>${speakerIcon} ${text.enableAudio}</button>
        </div>`
      : nothing}
  </div>`;
}

export function renderNotice(text: VideoRoomStrings, notice: Notice | undefined, dismiss: () => void) {
  if (!notice) return nothing;
  return html`<div part="status" class="notice" role="alert" data-code=${notice.code}>
    <span>${notice.message(text)}</span>
    <button part="control dismiss" type="button" @click=${dismiss}>${text.dismiss}</button>
  </div>`;
}
