import { css } from 'lit';

/**
 * The screens other than the join screen (error, left, the banners over the call) and the call's
 * shared button colours. Added to the element when one of them first shows (`addStyles`): the
 * join screen's first paint does not parse them.
 */
export const screenStyles = css`
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
