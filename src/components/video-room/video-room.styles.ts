import { css } from 'lit';

/**
 * The element and what every screen shares (fields, buttons, focus): all the join screen needs
 * with prejoin.styles.ts. The other screens' rules are in room-screens.styles.ts.
 */
export const videoRoomStyles = css`
  :host {
    --_bg: var(--vr-background, #0f1218);
    --_fg: var(--vr-foreground, #f3f4f6);
    --_accent: var(--vr-accent, #2563eb);
    --_danger: var(--vr-danger, #dc2626);
    --_surface: var(--vr-surface, #1f2430);
    /* Lighter than the accent: at least 3:1 against the background, the surface and black video. */
    --_focus: var(--vr-focus-ring, #60a5fa);
    --_gap: var(--vr-gap, 8px);
    --_radius: var(--vr-radius, 10px);
    display: block;
    position: relative;
    min-height: 240px;
    height: 480px;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--vr-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
    container-type: size;
    overflow: hidden;
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
    display: grid;
  }
  /* Read by screen readers, never seen. */
  .announcer {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid rgb(255 255 255 / 20%);
    border-radius: calc(var(--_radius) - 4px);
    padding: 8px 10px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border: none;
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 8px 14px;
  }
  button:hover {
    filter: brightness(1.15);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .primary {
    background: var(--_accent);
    color: #fff;
  }
`;
