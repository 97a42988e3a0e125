import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { Participant, RoomState } from '../../room/state.js';
import { cameraIcon, cameraOffIcon, micIcon, micOffIcon, type Icon } from '../icons.js';
import { closeIcon, handIcon } from '../call-icons.js';
import { avatarIndex } from '../avatar-color.js';
import { initials } from '../initials.js';
import { renderMuteAll, renderRowActions, type ModeratorModel } from './moderator-actions.js';

/** One row of the people panel. */
export interface PersonRow {
  participant: Participant;
  audioMuted: boolean;
  videoMuted: boolean;
}

/** Above this many people the panel offers a filter field. */
const FILTER_THRESHOLD = 8;

/**
 * Pure: one row per participant, ordered raised hands first (earliest `handRaisedAt` first), then
 * the local user, then everyone else in join order (their order in `state.participants`).
 * Microphone and camera state come from the participant's camera tile; no tile → both muted.
 */
export function peopleRows(state: Pick<RoomState, 'participants' | 'tiles'>): PersonRow[] {
  const rank = (person: Participant) => (person.handRaised ? 0 : person.isLocal ? 1 : 2);
  // A hand without a time (not known yet) goes after the timed ones; ties keep join order.
  const raisedAt = (person: Participant) => (person.handRaised ? (person.handRaisedAt ?? Number.POSITIVE_INFINITY) : 0);
  const ordered = state.participants
    .map((participant, index) => ({ participant, index }))
    .sort(
      (a, b) =>
        rank(a.participant) - rank(b.participant) ||
        raisedAt(a.participant) - raisedAt(b.participant) ||
        a.index - b.index,
    );
  return ordered.map(({ participant }) => {
    const tile = state.tiles.find((candidate) => candidate.kind === 'camera' && candidate.participantId === participant.id);
    return { participant, audioMuted: tile?.audioMuted ?? true, videoMuted: tile?.videoMuted ?? true };
  });
}

export interface PeoplePanelModel {
  rows: readonly PersonRow[];
  filter: string;
  text: VideoRoomStrings;
  /** A narrow element: the panel covers the stage instead of sitting beside it. */
  narrow: boolean;
  /** Present only for a moderator: their buttons in each row and above the list. */
  moderator?: ModeratorModel;
}

export interface PeoplePanelActions {
  filterChanged(text: string): void;
  close(): void;
}

/** Lower case without accents, so "jose" finds "José". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The rows whose name contains the filter, ignoring case and accents. */
export function filterRows(rows: readonly PersonRow[], filter: string): readonly PersonRow[] {
  const needle = folded(filter.trim());
  if (!needle) return rows;
  return rows.filter((row) => folded(row.participant.name).includes(needle));
}

/**
 * The people panel (part `participants`): who is in the call, with their microphone, camera,
 * raised hand and role. Each row ends in an empty `.row-actions` box for moderator buttons.
 * The filter shows, and applies, only above 8 people (so nobody hides behind a field that is gone).
 */
export function renderPeoplePanel(model: PeoplePanelModel, actions: PeoplePanelActions): TemplateResult {
  const { text, rows } = model;
  const filterable = rows.length > FILTER_THRESHOLD;
  const shown = filterable ? filterRows(rows, model.filter) : rows;
  return html`<section
    part="participants"
    class="side-panel people"
    data-narrow=${String(model.narrow)}
    aria-label=${text.participantsTitle}
    @keydown=${(event: KeyboardEvent) => onKeydown(event, actions)}
  >
    <header class="panel-header">
      <h2>${text.participants(rows.length)}</h2>
      <button type="button" part="control close-participants" class="panel-close" aria-label=${text.close} title=${text.close} @click=${() => actions.close()}>
        ${closeIcon}
      </button>
    </header>
    ${renderMuteAll(model.moderator, text)}
    ${filterable
      ? html`<input
          type="search"
          part="participants-filter"
          class="people-filter"
          aria-label=${text.filterPeople}
          placeholder=${text.filterPeople}
          autocomplete="off"
          spellcheck="false"
          .value=${live(model.filter)}
          @input=${(event: Event) => actions.filterChanged((event.target as HTMLInputElement).value)}
        />`
      : nothing}
    ${shown.length || !filterable
      ? html`<ul class="people-list">
          ${shown.map((row) => renderRow(row, text, model.moderator))}
        </ul>`
      : html`<p class="panel-empty" role="status">${text.noPeopleMatch(model.filter.trim())}</p>`}
  </section>`;
}

function renderRow(row: PersonRow, text: VideoRoomStrings, moderator: ModeratorModel | undefined): TemplateResult {
  const { participant, audioMuted, videoMuted } = row;
  const { name, isLocal, role, handRaised } = participant;
  return html`<li
    part="participant"
    class="person"
    data-participant-id=${participant.id}
    data-local=${String(isLocal)}
    data-hand-raised=${String(handRaised)}
    data-audio-muted=${String(audioMuted)}
    data-video-muted=${String(videoMuted)}
    data-role=${role ?? ''}
  >
    <span class="person-avatar" data-avatar=${avatarIndex(name)} aria-hidden="true">${initials(name)}</span>
    <span class="person-label">
      <span part="participant-name" class="person-name">${name}</span>
      ${isLocal ? html`<span class="person-you">(${text.you})</span>` : nothing}
      ${role === 'moderator' ? html`<span part="moderator-badge" class="moderator-badge">${text.moderator}</span>` : nothing}
    </span>
    <span class="person-state">
      ${handRaised ? html`<span class="person-hand" role="img" aria-label=${text.handRaised} title=${text.handRaised}>${handIcon}</span>` : nothing}
      ${stateIcon(audioMuted, audioMuted ? text.microphoneMuted : text.microphoneOn, audioMuted ? micOffIcon : micIcon)}
      ${stateIcon(videoMuted, videoMuted ? text.cameraOff : text.cameraOn, videoMuted ? cameraOffIcon : cameraIcon)}
    </span>
    <span class="row-actions">${renderRowActions(row, moderator, text)}</span>
  </li>`;
}

function stateIcon(off: boolean, label: string, icon: Icon): TemplateResult {
  return html`<span role="img" aria-label=${label} title=${label} data-off=${String(off)}>${icon}</span>`;
}

/** Escape closes the panel, except in a filter that still has text (Escape clears it there). */
function onKeydown(event: KeyboardEvent, actions: PeoplePanelActions): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.value) return;
  event.preventDefault();
  event.stopPropagation();
  actions.close();
}
