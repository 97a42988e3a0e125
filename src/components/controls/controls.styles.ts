import { css } from 'lit';

/**
 * The control bar and its More menu. Sizes match `controlMetrics` in control-bar.ts (44 px
 * controls, 56 px leave, 64 px with a count, 8 px gaps and side padding): splitControls counts on them.
 */
export const controlsStyles = css`
  .controls {
    position: relative;
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: center;
    gap: 8px;
    padding: 10px 8px;
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
  }
  .controls .control {
    position: relative;
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    box-sizing: border-box;
    width: 44px;
    height: 44px;
    padding: 0;
    border: none;
    border-radius: 50%;
    font: inherit;
    color: var(--_fg, #f3f4f6);
    background: var(--_surface, #1f2430);
    cursor: pointer;
    transition:
      background-color 120ms ease,
      box-shadow 120ms ease;
  }
  .controls .control:hover {
    filter: none;
    background: color-mix(in srgb, var(--_surface, #1f2430), #fff 12%);
  }
  .controls .control:focus-visible,
  .menu .menu-item:focus-visible {
    outline: 2px solid var(--_focus, #60a5fa);
    outline-offset: 2px;
  }
  .controls .control svg {
    flex: none;
  }
  .controls .with-count {
    width: 64px;
    border-radius: 22px;
  }
  .count::before {
    content: attr(data-count);
    font-size: 12px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* A device turned off reads as muted: red, with the crossed icon the caller passes. */
  .controls .control.tone-off {
    color: #fff;
    background: var(--_danger, #dc2626);
  }
  .controls .control.tone-off:hover {
    background: color-mix(in srgb, var(--_danger, #dc2626), #000 12%);
  }
  .controls .control.tone-active {
    color: var(--_fg, #f3f4f6);
    background: color-mix(in srgb, var(--_accent, #2563eb) 35%, var(--_surface, #1f2430));
    box-shadow: inset 0 0 0 1px var(--_accent, #2563eb);
  }
  .controls .control.tone-active:hover {
    background: color-mix(in srgb, var(--_accent, #2563eb) 50%, var(--_surface, #1f2430));
  }
  .controls .control.tone-danger {
    width: 56px;
    border-radius: 22px;
    color: #fff;
    background: var(--_danger, #dc2626);
  }
  /* The exit arrow points to where lines start: mirrored right to left. */
  .controls [part~='leave'] svg:dir(rtl) {
    transform: scaleX(-1);
  }
  .controls .control.tone-danger:hover {
    background: color-mix(in srgb, var(--_danger, #dc2626), #000 15%);
  }
  .badge {
    position: absolute;
    top: -4px;
    inset-inline-end: -4px;
    min-width: 18px;
    height: 18px;
    padding: 0 5px;
    box-sizing: border-box;
    border-radius: 9px;
    font-size: 11px;
    font-weight: 700;
    line-height: 18px;
    text-align: center;
    font-variant-numeric: tabular-nums;
    color: #fff;
    background: var(--vr-badge-background, #c81e1e);
    box-shadow: 0 0 0 2px var(--_bg, #0f1218);
    pointer-events: none;
  }
  .dot {
    position: absolute;
    top: 4px;
    inset-inline-end: 4px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--vr-badge-background, #c81e1e);
    box-shadow: 0 0 0 2px var(--_bg, #0f1218);
    pointer-events: none;
  }
  /* Above the bar's end (right, or left in right-to-left languages), where More sits next to leave; never wider than the element. */
  .more-menu {
    inset-inline-end: 8px;
    bottom: calc(100% - 4px);
    max-width: calc(100% - 16px);
  }
  /* A choice control's menu opens above its button, towards the bar's start. */
  .menu-anchor {
    position: relative;
    display: inline-flex;
  }
  .choice-menu {
    inset-inline-end: 0;
    bottom: calc(100% + 14px);
    width: max-content;
    max-width: calc(100cqw - 16px);
  }
  .menu {
    position: absolute;
    z-index: 2;
    display: flex;
    flex-direction: column;
    min-width: 200px;
    max-height: min(70vh, calc(100cqh - 80px));
    overflow-y: auto;
    padding: 6px;
    box-sizing: border-box;
    border-radius: var(--_radius, 10px);
    background: var(--_surface, #1f2430);
    color: var(--_fg, #f3f4f6);
    box-shadow:
      0 8px 24px rgb(0 0 0 / 45%),
      0 0 0 1px rgb(255 255 255 / 8%);
  }
  .menu[hidden] {
    display: none;
  }
  .menu .menu-item {
    position: relative;
    display: flex;
    align-items: center;
    gap: 12px;
    width: 100%;
    min-height: 44px;
    padding: 8px 12px;
    box-sizing: border-box;
    border: none;
    border-radius: calc(var(--_radius, 10px) - 4px);
    font: inherit;
    text-align: start;
    color: inherit;
    background: transparent;
    cursor: pointer;
  }
  .menu .menu-item:hover,
  .menu .menu-item:focus-visible {
    filter: none;
    background: color-mix(in srgb, var(--_surface, #1f2430), #fff 10%);
  }
  .menu .menu-label::before {
    content: attr(data-label);
  }
  .menu .menu-label {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .menu .badge {
    position: static;
    box-shadow: none;
  }
  .menu .tone-off svg,
  .menu .tone-danger svg {
    color: var(--_danger, #dc2626);
  }
  .menu .tone-active svg,
  .menu [aria-checked='true'] svg {
    color: var(--_accent, #2563eb);
  }
  /* The chosen option also carries a check mark, so it does not rest on colour alone. */
  .menu [role='menuitemradio'][aria-checked='true']::after {
    content: '';
    flex: none;
    width: 5px;
    height: 10px;
    margin-inline-end: 4px;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  /* The choices of a control moved into More, set apart from the items around them. */
  .more-menu .menu-group {
    display: flex;
    flex-direction: column;
    margin-block: 4px;
    padding-block: 4px;
    border-block: 1px solid rgb(255 255 255 / 12%);
  }
  .more-menu .menu-group:first-child {
    margin-block-start: 0;
    padding-block-start: 0;
    border-block-start: none;
  }
  .more-menu .menu-group:last-child {
    margin-block-end: 0;
    padding-block-end: 0;
    border-block-end: none;
  }
  @media (forced-colors: active) {
    .controls .control,
    .menu {
      border: 1px solid ButtonText;
    }
    .controls .control[aria-pressed='true'],
    .controls .control.tone-active {
      outline: 2px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .controls .control {
      transition: none;
    }
  }
`;
