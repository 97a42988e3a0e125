import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { StagePlan } from '../../layout/stage-plan.js';
import type { NetworkQuality, Participant, Reaction, RoomState, TileState } from '../../room/state.js';
import { micOffIcon } from '../icons.js';
import { chevronLeftIcon, chevronRightIcon } from '../call-icons.js';
import { inlineStyle } from '../inline-style.js';
import { VideoTileElement } from '../video-tile/video-tile.js';

// Defined by the module that renders it, which loads with the call: the join screen has no tiles.
if (!customElements.get('vr-video-tile')) customElements.define('vr-video-tile', VideoTileElement);

declare global {
  interface HTMLElementTagNameMap {
    'vr-video-tile': VideoTileElement;
  }
}

/** What the stage shows, computed by `<video-room>` before each render. */
export interface StageModel {
  readonly snapshot: RoomState;
  readonly plan: StagePlan;
  readonly pinned: string | undefined;
  readonly text: VideoRoomStrings;
  /** Moderators get a mute button on each remote tile whose microphone is on. */
  readonly moderator: boolean;
}

/** What the stage asks of `<video-room>`; one object for the element's life. */
export interface StageActions {
  setPage(page: number): void;
  togglePin(participantId: string, pinned: boolean): void;
  muteParticipant(participantId: string): void;
}

/** "Ada (You)", "Grace Hopper", "Grace Hopper’s screen", "Your screen". */
export function tileLabel(tile: TileState, text: VideoRoomStrings): string {
  if (tile.kind === 'screen') return tile.isLocal ? text.yourScreen : text.screenOf(tile.name);
  return tile.isLocal ? `${tile.name} (${text.you})` : tile.name;
}

/**
 * What the stage tells the user, shown in the banner strip above it (never over a tile): that
 * nobody else is here yet, and that their own connection is unstable.
 */
export function renderStageBanners(snapshot: RoomState, text: VideoRoomStrings) {
  const alone = snapshot.status === 'connected' && !snapshot.participants.some((participant) => !participant.isLocal);
  return html`${alone ? html`<div class="empty"><slot name="empty">${text.waitingForOthers}</slot></div>` : nothing}${snapshot.connectionUnstable
    ? html`<div part="status" class="unstable" role="status" data-code="connection-unstable">${text.connectionUnstable}</div>`
    : nothing}`;
}

/** The tiles at their planned boxes and the pager. */
export function renderStage(model: StageModel, actions: StageActions) {
  const { snapshot, plan, text } = model;
  const tiles = snapshot.tiles;
  const people = new Map(snapshot.participants.map((participant) => [participant.id, participant]));
  const canPin = tiles.length > 1;
  return html`
    <div part="stage" class="stage" role="group" aria-label=${text.stageLabel} data-arrangement=${plan.arrangement}>
      ${repeat(
        tiles,
        (tile) => tile.key,
        (tile) => renderTile(model, actions, tile, people.get(tile.participantId), canPin),
      )}
      ${snapshot.recording ? html`<div part="recording" class="recording" role="status"><span class="recording-dot" aria-hidden="true"></span>${text.recording}</div>` : nothing}
      ${renderCaptions(snapshot, text)}
    </div>
    ${plan.pageCount > 1 ? renderPager(plan, text, actions) : nothing}
  `;
}

function renderTile(model: StageModel, actions: StageActions, tile: TileState, person: Participant | undefined, canPin: boolean) {
  const { plan, text } = model;
  const box = plan.boxes.get(tile.key);
  const pinned = model.pinned !== undefined && tile.participantId === model.pinned && tile.key === plan.focusKey;
  // A hand and reactions belong to the person: they show on their camera tile.
  const handRaised = tile.kind === 'camera' && Boolean(person?.handRaised);
  const reactions = tile.kind === 'camera' ? model.snapshot.reactions.filter((reaction) => reaction.participantId === tile.participantId) : [];
  // Tiles on other pages stay in the DOM, hidden, so their audio keeps playing.
  // The tile writes its own `part` and `data-*` from these (see VideoTileElement).
  return html`<vr-video-tile
    exportparts="tile-video, tile-name, control, pin, network-quality, video-paused"
    ?hidden=${!box}
    ${inlineStyle(box ? { transform: `translate(${box.x}px, ${box.y}px)`, width: `${box.width}px`, height: `${box.height}px` } : {})}
    data-key=${tile.key}
    .tile=${tile}
    .mutedLabel=${text.microphoneMuted}
    .label=${tileLabel(tile, text)}
    .pinned=${pinned}
    .handRaised=${handRaised}
    .pinLabel=${canPin ? text.pin(tile.name) : ''}
    .networkLabels=${networkLabels(text)}
    .pausedLabel=${text.videoPausedWeakConnection}
    @tile-pin-toggle=${() => actions.togglePin(tile.participantId, pinned)}
    >${handRaised ? html`<span slot="overlay" part="hand" class="hand" role="img" aria-label=${text.handRaised}>✋</span>` : nothing}${model.moderator &&
      !tile.isLocal &&
      tile.kind === 'camera' &&
      !tile.audioMuted
        ? html`<button
            slot="overlay"
            type="button"
            part="control mute-participant"
            class="tile-mute"
            aria-label=${text.muteParticipant(tile.name)}
            title=${text.muteParticipant(tile.name)}
            @click=${() => actions.muteParticipant(tile.participantId)}
          >
            ${micOffIcon}
          </button>`
        : nothing}${repeat(
      reactions,
      (reaction) => reaction.id,
      (reaction) => renderReaction(reaction, tile.name, text),
    )}</vr-video-tile
  >`;
}

/** "Name: text" per line; partial results are replaced in place until final. */
function renderCaptions(snapshot: RoomState, text: VideoRoomStrings) {
  if (!snapshot.captionsOn) return nothing;
  return html`<div part="captions" class="captions" aria-live="polite" aria-label=${text.captionsLabel}>
    ${repeat(
      snapshot.captions,
      (line) => line.id,
      (line) => html`<p class="caption" data-final=${String(line.isFinal)} data-participant-id=${line.participantId}><b>${line.name}:</b> ${line.text}</p>`,
    )}
  </div>`;
}

let labels: Readonly<Record<NetworkQuality, string>> = { good: '', fair: '', poor: '' };

/** The same object while the words stay the same, so tiles do not update for it on every render. */
function networkLabels(text: VideoRoomStrings): Readonly<Record<NetworkQuality, string>> {
  if (labels.good !== text.networkGood || labels.fair !== text.networkFair || labels.poor !== text.networkPoor) {
    labels = { good: text.networkGood, fair: text.networkFair, poor: text.networkPoor };
  }
  return labels;
}

function renderReaction(reaction: Reaction, name: string, text: VideoRoomStrings) {
  const label = text.reactionFrom(name, reaction.emoji);
  return html`<span slot="overlay" part="reaction" class="reaction" role="img" aria-label=${label} data-emoji=${reaction.emoji}
    >${reaction.emoji}</span
  >`;
}

function renderPager(plan: StagePlan, text: VideoRoomStrings, actions: StageActions) {
  const status = text.pageStatus(plan.page + 1, plan.pageCount);
  return html`<div class="pager" part="pager">
    <button
      part="control previous-page"
      type="button"
      aria-label=${text.previousPage}
      title=${text.previousPage}
      ?disabled=${plan.page === 0}
      @click=${() => actions.setPage(plan.page - 1)}
    >
      ${chevronLeftIcon}
    </button>
    <span aria-live="polite">${status}</span>
    <button
      part="control next-page"
      type="button"
      aria-label=${text.nextPage}
      title=${text.nextPage}
      ?disabled=${plan.page >= plan.pageCount - 1}
      @click=${() => actions.setPage(plan.page + 1)}
    >
      ${chevronRightIcon}
    </button>
  </div>`;
}
