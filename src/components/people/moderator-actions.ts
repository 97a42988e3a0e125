import { html, nothing, type TemplateResult } from 'lit';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { PersonRow } from './people-panel.js';

/** What a moderator sees in the people panel, and what its buttons do. */
export interface ModeratorModel {
  /** The participant whose removal waits for confirmation. */
  confirmingRemoval: string | undefined;
  mute(participantId: string): void;
  muteAll(): void;
  /** First step: ask "Remove …?"; `confirm` carries it out, `cancel` drops it. */
  askRemoval(participantId: string): void;
  confirmRemoval(participantId: string): void;
  cancelRemoval(): void;
}

/** "Mute everyone", above the list. */
export function renderMuteAll(moderator: ModeratorModel | undefined, text: VideoRoomStrings): TemplateResult | typeof nothing {
  if (!moderator) return nothing;
  return html`<button type="button" part="control mute-all" class="mute-all" @click=${() => moderator.muteAll()}>${text.muteEveryone}</button>`;
}

/** A row's moderator buttons: mute (while their microphone is on) and remove, with a confirm step. */
export function renderRowActions(row: PersonRow, moderator: ModeratorModel | undefined, text: VideoRoomStrings): TemplateResult | typeof nothing {
  const { participant } = row;
  if (!moderator || participant.isLocal) return nothing;
  const name = participant.name;
  if (moderator.confirmingRemoval === participant.id) {
    const question = text.removeParticipantConfirm(name);
    return html`<span class="confirm" role="group" aria-label=${question}>
      <span class="confirm-text">${question}</span>
      <button type="button" part="control confirm-remove" class="danger" @click=${() => moderator.confirmRemoval(participant.id)}>${text.remove}</button>
      <button type="button" part="control cancel-remove" @click=${() => moderator.cancelRemoval()}>${text.cancel}</button>
    </span>`;
  }
  const muteLabel = text.muteParticipant(name);
  const removeLabel = text.removeParticipant(name);
  return html`${row.audioMuted
      ? nothing
      : html`<button type="button" part="control mute-participant" aria-label=${muteLabel} title=${muteLabel} @click=${() => moderator.mute(participant.id)}>
          ${text.mute}
        </button>`}
    <button type="button" part="control remove-participant" aria-label=${removeLabel} title=${removeLabel} @click=${() => moderator.askRemoval(participant.id)}>
      ${text.remove}
    </button>`;
}
