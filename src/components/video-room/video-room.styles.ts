import { css } from 'lit';

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
  .panel {
    place-self: center;
    display: flex;
    flex-direction: column;
    gap: 12px;
    width: min(360px, calc(100% - 32px));
    padding: 24px;
    border-radius: var(--_radius);
    background: var(--_surface);
    box-sizing: border-box;
  }
  /* Headings in the text's own weight, larger: see the join screen's type scale (prejoin.styles.ts). */
  .panel h2 {
    margin: 0;
    font-size: 18px;
    font-weight: 400;
  }
  .panel p {
    margin: 0;
    line-height: 1.45;
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
  .danger {
    background: var(--_danger);
    color: #fff;
  }
  /* Beside a primary button on a panel (Back to the join screen): outlined, since the panel is the surface colour. */
  .secondary {
    background: transparent;
    box-shadow: inset 0 0 0 1px rgb(255 255 255 / 30%);
  }
  /*
   * Above the stage and in its flow: the stage (and every tile) is laid out below the banners, so
   * none covers a face. Each banner is as wide as its text, up to the stage's width.
   */
  .banners {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 6px;
    padding: var(--_gap) var(--_gap) 0;
  }
  .banners:not(:has(> *)) {
    display: none;
  }
  .banners > * {
    max-width: 100%;
    box-sizing: border-box;
  }
  .audio-blocked {
    padding: 4px;
  }
  .audio-blocked button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
  }
  .banner,
  .notice {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 8px 14px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice {
    border-inline-start: 4px solid var(--_danger);
  }
  .notice-title {
    display: block;
  }
  .notice button {
    flex: none;
    padding: 4px 10px;
  }
  .error {
    border-top: 4px solid var(--_danger);
  }
  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
