import { css } from 'lit';

export const settingsPanelStyles = css`
  :host {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 45%);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 12px;
    width: min(380px, calc(100% - 24px));
    max-height: calc(100% - 24px);
    overflow: auto;
    box-sizing: border-box;
    padding: 18px 20px;
    border-radius: var(--vr-radius, 10px);
    background: var(--vr-surface, #1f2430);
    color: var(--vr-foreground, #f3f4f6);
    box-shadow: 0 12px 32px rgb(0 0 0 / 45%);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 16px;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 6px;
    font-size: 13px;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 8px;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--vr-background, #0f1218);
    border: 1px solid rgb(255 255 255 / 20%);
    border-radius: 6px;
    padding: 7px 8px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border: none;
    border-radius: 50%;
    width: 32px;
    height: 32px;
    background: transparent;
  }
  button:hover {
    background: rgb(255 255 255 / 10%);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus, #60a5fa);
    outline-offset: 2px;
  }
`;
