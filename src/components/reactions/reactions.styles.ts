import { css } from 'lit';

/**
 * Reactions and raised hands put on a tile as light-DOM children of `<vr-video-tile>`
 * (`slot="overlay"`); the tile places them (hand top-left, or top-right right to left; reactions lower centre), these rules
 * style and animate them. Add to `<video-room>`'s styles, since the children live in its shadow root.
 *
 * The float is measured in `cqh` of the tile (a size container), so it rises ~60 % of any tile.
 */
export const reactionStyles = css`
  .reaction {
    --_drift: 0px;
    display: block;
    font-size: clamp(22px, 14cqmin, 44px);
    line-height: 1;
    pointer-events: none;
    user-select: none;
    filter: drop-shadow(0 2px 4px rgb(0 0 0 / 45%));
    animation: vr-reaction-float 4s ease-out forwards;
  }
  /* Several at once from one sender: spread them a little so they do not stack exactly. */
  .reaction:nth-child(3n + 2) {
    --_drift: -28px;
  }
  .reaction:nth-child(3n) {
    --_drift: 28px;
  }
  @keyframes vr-reaction-float {
    0% {
      opacity: 0;
      transform: translate(var(--_drift), 0) scale(0.6);
    }
    10% {
      opacity: 1;
      transform: translate(var(--_drift), -6cqh) scale(1);
    }
    70% {
      opacity: 1;
    }
    100% {
      opacity: 0;
      transform: translate(var(--_drift), -60cqh) scale(1);
    }
  }
  .hand {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 8px;
    border-radius: 999px;
    font-size: 14px;
    line-height: 20px;
    color: #111;
    background: var(--vr-hand-background, #fbbf24);
    box-shadow: 0 1px 4px rgb(0 0 0 / 40%);
    pointer-events: none;
    user-select: none;
    animation: vr-hand-in 200ms ease-out;
  }
  @keyframes vr-hand-in {
    from {
      transform: scale(0.6);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* No movement: it appears where it is, stays, and fades. */
    .reaction {
      animation-name: vr-reaction-fade;
      animation-timing-function: ease-in-out;
    }
    .hand {
      animation: none;
    }
  }
  @keyframes vr-reaction-fade {
    0% {
      opacity: 0;
      transform: translate(var(--_drift), 0);
    }
    12% {
      opacity: 1;
    }
    65% {
      opacity: 1;
    }
    100% {
      opacity: 0;
      transform: translate(var(--_drift), 0);
    }
  }
`;

/** The reaction picker popup, anchored above the centre of the control bar (its positioned parent). */
export const reactionPickerStyles = css`
  .reaction-picker {
    position: absolute;
    left: 50%;
    bottom: calc(100% - 4px);
    z-index: 2;
    transform: translateX(-50%);
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px;
    width: max-content;
    max-width: calc(100% - 16px);
    padding: 6px;
    box-sizing: border-box;
    border-radius: 26px;
    background: var(--_surface, #1f2430);
    box-shadow:
      0 8px 24px rgb(0 0 0 / 45%),
      0 0 0 1px rgb(255 255 255 / 8%);
  }
  .reaction-picker .reaction-choice {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: 50%;
    font-size: 22px;
    line-height: 1;
    background: transparent;
    cursor: pointer;
    transition: transform 100ms ease;
  }
  .reaction-picker .reaction-choice:hover {
    filter: none;
    background: color-mix(in srgb, var(--_surface, #1f2430), #fff 12%);
    transform: scale(1.12);
  }
  .reaction-picker .reaction-choice:active {
    transform: scale(0.95);
  }
  .reaction-picker .reaction-choice:focus-visible {
    outline: 2px solid var(--_focus, #60a5fa);
    outline-offset: 1px;
  }
  @media (forced-colors: active) {
    .reaction-picker {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .reaction-picker .reaction-choice,
    .reaction-picker .reaction-choice:hover,
    .reaction-picker .reaction-choice:active {
      transition: none;
      transform: none;
    }
  }
`;
