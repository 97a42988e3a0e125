import { css } from 'lit';

/** The stage, its tiles and what floats over them: loaded with the in-call view, never on the join screen. */
export const stageStyles = css`
  .stage-area {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .stage {
    position: relative;
    flex: 1;
    min-height: 0;
    margin: var(--_gap);
    overflow: hidden;
  }
  /* Boxes come from the layout function; moving a tile never re-creates its video. */
  vr-video-tile {
    position: absolute;
    top: 0;
    left: 0;
    transition:
      transform 180ms ease,
      width 180ms ease,
      height 180ms ease;
  }
  vr-video-tile[hidden] {
    display: none;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 10px;
    padding-bottom: 2px;
    font-variant-numeric: tabular-nums;
  }
  .pager button {
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border-radius: 50%;
  }
  .pager button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  /* Previous points right in right-to-left languages. */
  .pager svg:dir(rtl) {
    transform: scaleX(-1);
  }
  /* In the banner strip above the stage (see video-room.styles.ts), like the unstable connection below. */
  .empty {
    padding: 6px 14px;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_fg);
  }
  /* Visible in every layout: the top corner where reading starts. */
  .recording {
    position: absolute;
    top: var(--_gap);
    inset-inline-start: var(--_gap);
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border-radius: 999px;
    background: rgb(0 0 0 / 65%);
    color: #fff;
    font-weight: 600;
    z-index: 2;
  }
  .recording-dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_danger);
  }
  .captions {
    position: absolute;
    left: 0;
    right: 0;
    bottom: var(--_gap);
    width: fit-content;
    max-width: min(90%, 720px);
    margin-inline: auto;
    display: grid;
    gap: 2px;
    z-index: 2;
    pointer-events: none;
  }
  .caption {
    margin: 0;
    padding: 3px 10px;
    border-radius: 6px;
    background: rgb(0 0 0 / 75%);
    color: #fff;
    font-size: 15px;
  }
  .caption[data-final='false'] {
    opacity: 0.85;
  }
  .tile-mute {
    pointer-events: auto;
    position: absolute;
    top: 8px;
    inset-inline-end: 48px;
    width: 32px;
    height: 32px;
    padding: 0;
    border-radius: 50%;
    display: inline-grid;
    place-items: center;
  }
  /* The user's own connection. */
  .unstable {
    padding: 6px 14px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_danger) 85%, black);
    color: #fff;
  }
  @media (prefers-reduced-motion: reduce) {
    vr-video-tile {
      transition: none;
    }
  }
`;
