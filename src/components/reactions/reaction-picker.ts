import { html, nothing, type TemplateResult } from 'lit';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { reactionEmoji, type ReactionEmoji } from '../../room/state.js';

export interface ReactionPickerModel {
  open: boolean;
  text: VideoRoomStrings;
}

export interface ReactionPickerActions {
  pick(emoji: ReactionEmoji): void;
  close(): void;
}

/** The texts that are plain strings (not functions of a name or a count). */
type PlainTextKey = { [K in keyof VideoRoomStrings]: VideoRoomStrings[K] extends string ? K : never }[keyof VideoRoomStrings];

const labelKeys: Record<ReactionEmoji, PlainTextKey> = {
  '👍': 'reactionThumbsUp',
  '👏': 'reactionClap',
  '❤️': 'reactionHeart',
  '😂': 'reactionLaugh',
  '🎉': 'reactionParty',
  '😮': 'reactionSurprised',
};

/** The accessible name of a reaction ("Thumbs up", "Clapping", …). */
export function reactionLabel(emoji: ReactionEmoji, text: VideoRoomStrings): string {
  return text[labelKeys[emoji]];
}

/**
 * The reaction picker popup (its opener is the `reactions` control). It stays open after a pick so
 * several can be sent; Escape closes it. Render it through the control bar's `popup` so it sits
 * above the bar's centre.
 */
export function renderReactionPicker(model: ReactionPickerModel, actions: ReactionPickerActions): TemplateResult {
  if (!model.open) return html`${nothing}`;
  const { text } = model;
  return html`<div
    part="reaction-picker"
    class="reaction-picker"
    role="group"
    aria-label=${text.reactions}
    @keydown=${(event: KeyboardEvent) => onKeydown(event, actions)}
  >
    ${reactionEmoji.map((emoji) => {
      const label = reactionLabel(emoji, text);
      return html`<button
        type="button"
        part="control emoji"
        class="reaction-choice"
        data-emoji=${emoji}
        aria-label=${label}
        title=${label}
        @click=${() => actions.pick(emoji)}
      >
        <span aria-hidden="true">${emoji}</span>
      </button>`;
    })}
  </div>`;
}

function onKeydown(event: KeyboardEvent, actions: ReactionPickerActions): void {
  const picker = event.currentTarget as HTMLElement;
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    actions.close();
    return;
  }
  const buttons = [...picker.querySelectorAll<HTMLButtonElement>('button')];
  const current = buttons.indexOf((event.target as Element).closest?.('button') as HTMLButtonElement);
  // Left and right follow the reading direction.
  const rtl = picker.matches(':dir(rtl)');
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: number;
  if (event.key === forward) next = (current + 1) % buttons.length;
  else if (event.key === back) next = current <= 0 ? buttons.length - 1 : current - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = buttons.length - 1;
  else return;
  event.preventDefault();
  buttons[next]?.focus();
}
