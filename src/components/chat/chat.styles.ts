import { css } from 'lit';
import { panelStyles } from '../people/people.styles.js';

/** The chat panel (part `chat`) and its shared panel frame; adopt into `<video-room>`'s shadow root. */
export const chatStyles = css`
  ${panelStyles}
  .side-panel.chat .chat-log {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .side-panel.chat .chat-list {
    display: flex;
    flex-direction: column;
    gap: 10px;
    margin: 0;
    padding: 12px;
    list-style: none;
  }
  .side-panel.chat .chat-message {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 6px 10px;
    border-radius: calc(var(--_radius, 10px) - 2px);
    background: rgb(255 255 255 / 5%);
    border-inline-start: 3px solid transparent;
  }
  .side-panel.chat .chat-message[data-local='true'] {
    background: color-mix(in srgb, var(--_accent, #2563eb) 16%, transparent);
  }
  .side-panel.chat .chat-message[data-status='sending'] {
    border-inline-start-color: rgb(255 255 255 / 35%);
  }
  .side-panel.chat .chat-message[data-status='failed'] {
    border-inline-start-color: var(--_danger, #dc2626);
  }
  .side-panel.chat .chat-meta {
    display: flex;
    align-items: baseline;
    gap: 8px;
    min-width: 0;
    font-size: 12px;
  }
  .side-panel.chat .chat-name {
    min-width: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .side-panel.chat .chat-time {
    flex: none;
    margin-inline-start: auto;
    opacity: 0.8;
    font-variant-numeric: tabular-nums;
  }
  .side-panel.chat .chat-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.4;
  }
  .side-panel.chat .chat-text a {
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_accent, #2563eb);
    text-underline-offset: 2px;
  }
  .side-panel.chat .chat-status {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 12px;
    opacity: 0.85;
  }
  /* Lightened and darkened so text on them keeps a 4.5:1 contrast with the default colours. */
  .side-panel.chat .chat-status.failed {
    opacity: 1;
    color: color-mix(in srgb, var(--_danger, #dc2626) 60%, #fff);
    font-weight: 600;
  }
  .side-panel.chat .chat-resend {
    padding: 2px 10px;
    font-size: 12px;
    color: #fff;
    background: color-mix(in srgb, var(--_danger, #dc2626) 75%, #000);
    border-radius: 999px;
  }
  .side-panel.chat .chat-composer {
    flex: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'input send'
      'counter counter';
    align-items: end;
    gap: 4px 8px;
    padding: 10px 12px 12px;
    border-top: 1px solid rgb(255 255 255 / 10%);
  }
  .side-panel.chat .chat-input {
    grid-area: input;
    box-sizing: border-box;
    width: 100%;
    min-height: 40px;
    max-height: 140px;
    resize: vertical;
    font: inherit;
    line-height: 1.4;
    color: inherit;
    background: var(--_bg, #0f1218);
    border: 1px solid rgb(255 255 255 / 20%);
    border-radius: calc(var(--_radius, 10px) - 4px);
    padding: 8px 10px;
  }
  .side-panel.chat .chat-input[aria-invalid='true'] {
    border-color: var(--_danger, #dc2626);
  }
  .side-panel.chat .chat-counter {
    grid-area: counter;
    font-size: 12px;
    color: color-mix(in srgb, var(--_danger, #dc2626) 60%, #fff);
    font-variant-numeric: tabular-nums;
  }
  .side-panel.chat .chat-counter::before {
    content: attr(data-count);
  }
  .side-panel.chat .chat-counter[hidden] {
    display: none;
  }
  .side-panel.chat .chat-send {
    grid-area: send;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    height: 40px;
    padding: 0 14px;
    color: #fff;
    background: color-mix(in srgb, var(--_accent, #2563eb) 80%, #000);
    font-weight: 600;
  }
  /* The arrow points the way text runs. */
  .side-panel.chat .chat-send svg:dir(rtl) {
    transform: scaleX(-1);
  }
  .side-panel.chat .chat-send:disabled {
    opacity: 0.45;
    cursor: default;
    filter: none;
  }
`;
