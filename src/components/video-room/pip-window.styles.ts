import { css } from 'lit';

/**
 * The picture-in-picture window's own document. The `--_…` colours are copied from the element
 * when the window opens, so a themed element stays themed there; the fallbacks are its defaults.
 */
export const pipWindowStyles = css`
  :root {
    color-scheme: dark;
  }
  html,
  body {
    margin: 0;
    height: 100%;
    overflow: hidden;
    color: var(--_fg, #f3f4f6);
    background: var(--_bg, #0f1218);
    font-family: var(--_font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
  }
  .pip {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    height: 100%;
  }
  .picture {
    position: relative;
    display: grid;
    place-items: center;
    overflow: hidden;
    background: var(--_tile, #1f2430);
  }
  video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  video.mirrored {
    transform: scaleX(-1);
  }
  video[hidden] {
    display: none;
  }
  .initials {
    display: grid;
    place-items: center;
    width: clamp(40px, 30vmin, 96px);
    aspect-ratio: 1;
    border-radius: 50%;
    font-size: clamp(16px, 10vmin, 32px);
    font-weight: 600;
    color: #fff;
    background: var(--avatar-color, #1d4ed8);
  }
  .name {
    position: absolute;
    margin: 0;
    font-size: inherit;
    font-weight: 500;
    inset-inline-start: 8px;
    bottom: 8px;
    max-width: calc(100% - 16px);
    padding: 2px 8px;
    border-radius: 6px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: #fff;
    background: rgb(0 0 0 / 0.65);
  }
  .controls {
    display: flex;
    justify-content: center;
    gap: 8px;
    padding: 8px;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    color: var(--_fg, #f3f4f6);
    background: var(--_surface, #1f2430);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus, #60a5fa);
    outline-offset: 2px;
  }
  button.off,
  button.leave {
    color: #fff;
    background: var(--_danger, #dc2626);
  }
  button.leave {
    width: 52px;
    border-radius: 20px;
  }
  /* The exit arrow points to where lines start. */
  button.leave svg:dir(rtl) {
    transform: scaleX(-1);
  }
`;
