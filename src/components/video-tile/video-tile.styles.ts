import { css } from 'lit';

export const videoTileStyles = css`
  :host {
    position: relative;
    display: block;
    overflow: hidden;
    border-radius: var(--vr-tile-radius, 12px);
    background: var(--vr-tile-background, #1f2430);
    color: var(--vr-tile-foreground, #fff);
    box-sizing: border-box;
    container-type: size;
  }
  /* The speaking ring sits above the video so it is never cropped. */
  :host::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
    box-shadow: inset 0 0 0 3px var(--vr-speaking-color, var(--vr-accent, #2563eb));
    opacity: 0;
    transition: opacity 150ms ease;
    pointer-events: none;
  }
  :host([data-speaking='true'])::after {
    opacity: 1;
  }
  video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    background: #000;
  }
  :host([data-kind='screen']) video {
    object-fit: contain;
  }
  .mirrored {
    transform: scaleX(-1);
  }
  .hidden {
    display: none;
  }
  .avatar {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }
  .initials {
    display: grid;
    place-items: center;
    width: clamp(40px, 28%, 112px);
    aspect-ratio: 1;
    border-radius: 50%;
    font-size: clamp(16px, 4cqi, 40px);
    font-weight: 600;
    color: #fff;
    background: var(--avatar-color);
    user-select: none;
  }
  .label {
    position: absolute;
    inset-inline-start: 8px;
    bottom: 8px;
    max-width: calc(100% - 16px);
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 2px 8px;
    border-radius: 6px;
    background: rgb(0 0 0 / 55%);
    font-size: 13px;
    line-height: 20px;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .muted {
    display: inline-flex;
    color: var(--vr-danger, #dc2626);
  }
  .pin {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border: none;
    border-radius: 50%;
    color: #fff;
    background: rgb(0 0 0 / 55%);
    cursor: pointer;
    opacity: 0;
    transition: opacity 120ms ease;
  }
  /* Shown on hover and to keyboard users; always shown while pinned. */
  :host(:hover) .pin,
  .pin:focus-visible,
  .pin[aria-pressed='true'] {
    opacity: 1;
  }
  .pin[aria-pressed='true'] {
    background: var(--vr-accent, #2563eb);
  }
  .pin:focus-visible {
    outline: 2px solid var(--_focus, #60a5fa);
    outline-offset: 2px;
  }
  .pin svg {
    width: 16px;
    height: 16px;
  }
  .muted svg {
    width: 16px;
    height: 16px;
  }
  /* Drawn over everything but takes no pointer events, so the pin button under it still works. */
  .overlay {
    position: absolute;
    inset: 0;
    overflow: hidden;
    border-radius: inherit;
    pointer-events: none;
  }
  ::slotted(.hand) {
    position: absolute;
    top: 8px;
    inset-inline-start: 8px;
    max-width: calc(100% - 56px);
  }
  ::slotted(.reaction) {
    position: absolute;
    left: 50%;
    bottom: 14%;
    translate: -50% 0;
  }
  /* Thumbnails (down to the 160 × 90 minimum): a smaller label so it stays clear of the face. */
  @container (max-width: 180px) or (max-height: 110px) {
    .label {
      inset-inline-start: 4px;
      bottom: 4px;
      max-width: calc(100% - 8px);
      padding: 0 5px;
      font-size: 11px;
      line-height: 16px;
    }
    .pin {
      top: 4px;
      inset-inline-end: 4px;
      width: 26px;
      height: 26px;
    }
    ::slotted(.hand) {
      top: 4px;
      inset-inline-start: 4px;
    }
  }
  .network {
    display: inline-grid;
    margin-inline-start: 4px;
    color: #22c55e;
  }
  .network[data-network-quality='fair'] {
    color: #facc15;
  }
  .network[data-network-quality='poor'] {
    color: #f87171;
  }
  .network svg {
    width: 14px;
    height: 14px;
  }
  .paused {
    position: absolute;
    inset: auto 8px 40px 8px;
    justify-self: center;
    text-align: center;
    padding: 4px 8px;
    border-radius: 6px;
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    font-size: 12px;
  }
`;
