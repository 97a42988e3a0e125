import { html, nothing } from 'lit';
import type { VideoRoomError } from '../../errors.js';
import { errorHeading, errorText } from '../../i18n/error-strings.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { RoomStatus } from '../../room/state.js';
import { speakerIcon } from '../icons.js';

/** A message shown over the call while it goes on (a recoverable error, a device fallback). */
export interface Notice {
  /** Worded when it renders, so a change of language reaches it too. */
  message: (text: VideoRoomStrings) => string;
  /** A heading saying what happened, where the message needs one (a camera that could not start). */
  title?: (text: VideoRoomStrings) => string | undefined;
  code: string;
}

/** The buttons of the screens shown out of a call. */
export interface ScreenActions {
  /** Joins again with the same name and devices (Rejoin, Retry). */
  rejoin(): void;
  /** Shows the join screen, where the name and devices can change. */
  backToJoin(): void;
}

function backToJoinButton(text: VideoRoomStrings, actions: ScreenActions) {
  return html`<button part="control back-to-join" class="secondary" type="button" @click=${actions.backToJoin}>${text.backToJoin}</button>`;
}

/** After leaving; `removed`: a moderator removed the user (and nothing rejoins by itself). */
export function renderLeftScreen(text: VideoRoomStrings, removed: boolean, actions: ScreenActions) {
  return html`
    <div class="panel left-screen" data-reason=${removed ? 'forced' : 'left'}>
      <slot name="left"><p>${removed ? text.removedByModerator : text.leftTitle}</p></slot>
      <button part="control rejoin" class="primary" type="button" @click=${actions.rejoin}>${text.rejoin}</button>
      ${backToJoinButton(text, actions)}
    </div>
  `;
}

/** A failure that ended the attempt, headed by what happened; the join screen cannot help a browser that cannot call. */
export function renderErrorScreen(text: VideoRoomStrings, error: VideoRoomError | undefined, actions: ScreenActions) {
  return html`
    <div part="status" class="panel error" role="alert" data-code=${error?.code ?? ''}>
      <h2>${(error && errorHeading(text, error)) ?? text.errorTitle}</h2>
      <p>${error ? errorText(text.errors, error) : ''}</p>
      <button part="control retry" class="primary" type="button" @click=${actions.rejoin}>${text.retry}</button>
      ${error?.code === 'unsupported-browser' ? nothing : backToJoinButton(text, actions)}
    </div>
  `;
}

export interface BannersModel {
  text: VideoRoomStrings;
  status: RoomStatus;
  audioBlocked: boolean;
  notice: Notice | undefined;
  /** The stage's own: "Waiting for others to join…", "Your connection is unstable". */
  stage: unknown;
}

export interface BannersActions {
  unblockAudio(): void;
  dismissNotice(): void;
}

/**
 * Everything said over the call — joining or reconnecting, the button that lets blocked sound play
 * (browsers need a click), the notice and the stage's own banners — in one strip above the stage,
 * in the layout's flow: the stage is laid out below it, so no banner ever covers a face.
 */
export function renderBanners(model: BannersModel, actions: BannersActions) {
  const { text, status, notice } = model;
  return html`<div class="banners">
    ${status === 'joining' || status === 'reconnecting'
      ? html`<div part="status" class="banner" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true"></span>${status === 'joining' ? text.joining : text.reconnecting}
        </div>`
      : nothing}
    ${model.audioBlocked
      ? html`<div part="status" class="banner audio-blocked" role="alert">
          <button part="control unblock-audio" type="button" class="primary" @click=${actions.unblockAudio}>${speakerIcon} ${text.enableAudio}</button>
        </div>`
      : nothing}
    ${notice ? renderNotice(text, notice, actions.dismissNotice) : nothing}${model.stage}
  </div>`;
}

function renderNotice(text: VideoRoomStrings, notice: Notice, dismiss: () => void) {
  const title = notice.title?.(text);
  return html`<div part="status" class="notice" role="alert" data-code=${notice.code}>
    <span>${title ? html`<strong class="notice-title">${title}</strong> ` : nothing}${notice.message(text)}</span>
    <button part="control dismiss" type="button" @click=${dismiss}>${text.dismiss}</button>
  </div>`;
}
