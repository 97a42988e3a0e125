import { css } from 'lit';
import { avatarColorRules } from '../avatar-color.js';

/**
 * The frame shared by the chat and people panels (`.side-panel`), composed into both `chatStyles`
 * and `peopleStyles` so either works alone. Wide (`data-narrow="false"`): a column at the end (right,
 * or left right to left) of the call body (`<video-room>`'s `.body` grid gets a second column
 * while a panel is in it).
 * Narrow (`data-narrow="true"`): an overlay covering the stage. Panel-specific rules use
 * `.side-panel.chat` / `.side-panel.people` so this frame, repeated later in the cascade, never
 * overrides them.
 */
export const panelStyles = css`
  .body:has(> .side-panel[data-narrow='false']) {
    grid-template-columns: minmax(0, 1fr) var(--vr-panel-width, 320px);
    grid-template-rows: minmax(0, 1fr);
  }
  .body:has(> .side-panel[data-narrow='false']) > .stage-area {
    grid-column: 1;
    grid-row: 1;
  }
  .side-panel {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    box-sizing: border-box;
    overflow: hidden;
    color: var(--_fg, #f3f4f6);
    background: var(--_surface, #1f2430);
  }
  .side-panel[data-narrow='false'] {
    grid-column: 2;
    grid-row: 1;
    margin: var(--_gap, 8px) var(--_gap, 8px) var(--_gap, 8px) 0;
    border-radius: var(--_radius, 10px);
  }
  .side-panel[data-narrow='true'] {
    position: absolute;
    inset: 0;
    z-index: 2;
  }
  .side-panel .panel-header {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 10px 10px 10px 16px;
    border-bottom: 1px solid rgb(255 255 255 / 10%);
  }
  .side-panel h2 {
    margin: 0;
    font-size: 16px;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .side-panel .panel-close {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border-radius: 50%;
    background: transparent;
  }
  .side-panel .panel-close:hover {
    filter: none;
    background: rgb(255 255 255 / 10%);
  }
  .side-panel :is(button, input, textarea, a):focus-visible {
    outline: 2px solid var(--_focus, #60a5fa);
    outline-offset: 2px;
  }
  .side-panel .panel-empty {
    margin: 0;
    padding: 24px 16px;
    text-align: center;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    .side-panel {
      border: 1px solid CanvasText;
    }
  }
`;

/** The people panel (part `participants`); adopt into `<video-room>`'s shadow root. */
export const peopleStyles = css`
  ${panelStyles}
  .side-panel.people .people-filter {
    flex: none;
    margin: 10px 12px 4px;
    font: inherit;
    color: inherit;
    background: var(--_bg, #0f1218);
    border: 1px solid rgb(255 255 255 / 20%);
    border-radius: calc(var(--_radius, 10px) - 4px);
    padding: 8px 10px;
  }
  .side-panel.people .people-list {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    margin: 0;
    padding: 6px 0;
    list-style: none;
  }
  .side-panel.people .person {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    padding: 4px 12px 4px 16px;
  }
  .side-panel.people .person:hover {
    background: rgb(255 255 255 / 5%);
  }
  .side-panel.people .person-avatar {
    flex: none;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    font-size: 13px;
    font-weight: 600;
    color: #fff;
    /* The same colour as the person's tile, chosen by class: no style attribute in the panel. */
    background: var(--avatar-color);
    user-select: none;
  }
  ${avatarColorRules('.side-panel.people .person-avatar')}
  .side-panel.people .person-label {
    flex: 1;
    /* Long names keep whole words; moderator buttons wrap under them instead. */
    min-width: 8em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
  }
  .side-panel.people .person-name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .side-panel.people .person-you {
    opacity: 0.75;
  }
  .side-panel.people .moderator-badge {
    padding: 1px 6px;
    border-radius: 999px;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    background: color-mix(in srgb, var(--_accent, #2563eb) 30%, transparent);
    box-shadow: inset 0 0 0 1px var(--_accent, #2563eb);
  }
  .side-panel.people .person-state {
    flex: none;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .side-panel.people .person-state svg {
    width: 18px;
    height: 18px;
    display: block;
  }
  .side-panel.people .person-hand {
    color: var(--vr-hand-background, #fbbf24);
  }
  .side-panel.people .person-state [data-off='true'] {
    color: var(--_danger, #dc2626);
  }
  .side-panel.people .row-actions {
    flex: none;
    display: flex;
    align-items: center;
    gap: 4px;
    margin-inline-start: auto;
  }
  .side-panel.people .row-actions button {
    padding: 4px 10px;
    font-size: 13px;
  }
  .side-panel.people .mute-all {
    margin: 8px 16px 0;
  }
  .side-panel.people .row-actions:empty {
    display: none;
  }
`;
