import { css } from 'lit';

/**
 * The pre-join screen inside `<video-room>` (whose host is a size container): preview left and
 * form right from 600 px wide, stacked below that; it scrolls rather than overflow when short.
 */
export const prejoinStyles = css`
  .prejoin {
    place-self: center;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 14px;
    width: min(880px, 100%);
    max-height: 100%;
    overflow: auto;
    padding: 16px;
  }
  @container (min-width: 600px) {
    .prejoin {
      grid-template-columns: minmax(0, 1.4fr) minmax(240px, 1fr);
      align-items: center;
      gap: 24px;
      padding: 24px;
    }
  }
  .preview {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--vr-tile-radius, 12px);
    background: var(--vr-tile-background, var(--_surface));
  }
  /* Short and narrow (a phone in landscape): keep room for the form. */
  @container (max-width: 599px) and (max-height: 480px) {
    .preview {
      aspect-ratio: auto;
      height: 40cqh;
    }
  }
  .preview video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* A mirror, as people expect to see themselves. */
    transform: scaleX(-1);
  }
  .preview video[hidden] {
    display: none;
  }
  .preview-placeholder {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    color: rgb(255 255 255 / 70%);
  }
  .preview-placeholder svg {
    width: 32px;
    height: 32px;
  }
  .preview-bar {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 10px;
    padding: 10px;
  }
  .preview-bar button {
    display: inline-grid;
    place-items: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border-radius: 50%;
    background: rgb(0 0 0 / 55%);
    color: #fff;
  }
  .preview-bar button.off {
    background: var(--_danger);
  }
  .preview-bar button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .level {
    position: absolute;
    inset-inline-start: 12px;
    bottom: 27px;
    width: 48px;
    height: 6px;
    overflow: hidden;
    border-radius: 3px;
    background: rgb(255 255 255 / 25%);
    /* Keeps the track visible on a bright picture: the bar has no scrim (a gradient costs the first paint). */
    box-shadow: 0 0 0 1px rgb(0 0 0 / 35%);
  }
  .level span {
    display: block;
    height: 100%;
    background: var(--vr-level-color, #22c55e);
    transform: scaleX(var(--vr-level, 0));
    transform-origin: left;
  }
  .level span:dir(rtl) {
    transform-origin: right;
  }
  .level[hidden],
  .preview-placeholder[hidden],
  .devices[hidden] {
    display: none;
  }
  .level.off {
    opacity: 0.4;
  }
  .prejoin-form {
    display: flex;
    flex-direction: column;
    gap: 10px;
    min-width: 0;
  }
  /*
   * The join screen's type scale: 14 px text and one 18 px heading, all in one weight. Each other
   * size or weight on the first paint is one more font for the browser to look up and set up
   * before it can lay the screen out (traced at 4× CPU: 2–6 ms each on Linux).
   */
  .prejoin-form h2 {
    margin: 0;
    font-size: 18px;
    font-weight: 400;
  }
  .devices {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .prejoin .field {
    gap: 4px;
  }
  .prejoin .field > span {
    opacity: 0.8;
  }
  .prejoin select {
    padding: 7px 8px;
    min-width: 0;
    text-overflow: ellipsis;
  }
  .problem {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 10px 12px;
    border-inline-start: 4px solid var(--_danger);
    border-radius: calc(var(--_radius) - 4px);
    background: rgb(0 0 0 / 25%);
    line-height: 1.4;
  }
  .problem p {
    margin: 0;
  }
  .problem-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .problem-actions button {
    padding: 6px 12px;
    background: rgb(255 255 255 / 12%);
  }
`;
