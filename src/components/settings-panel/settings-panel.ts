import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { DeviceLists, DeviceOption } from '../../media/devices.js';
import { effectLabel, type Effect } from '../../media/effects.js';
import { settingsPanelStyles } from './settings-panel.styles.js';

/** The devices currently in use. */
export interface SelectedDevices {
  camera?: string;
  microphone?: string;
  speaker?: string;
}

export type SettingsKind = 'camera' | 'microphone' | 'speaker';

/** What a change in the panel asks for; `<video-room>` carries it out. */
export type SettingsChange =
  | { type: 'device'; kind: SettingsKind; device: DeviceOption }
  | { type: 'effect'; effect: Effect }
  | { type: 'noise-suppression'; on: boolean }
  | { type: 'close' };

/** A choice made in the panel; stays inside `<video-room>`'s shadow root. */
export class SettingsChangeEvent extends CustomEvent<SettingsChange> {
  constructor(detail: SettingsChange) {
    super('settings-change', { detail, bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'settings-change': SettingsChangeEvent;
  }
}

/**
 * The in-call settings: camera, microphone and speaker pickers, background effects and noise
 * suppression where supported. Shows what it is given and reports choices as `settings-change`
 * events (not composed: `<video-room>` owns the devices). Loaded on first use.
 *
 * @csspart control - The close button (with `close`).
 * @fires settings-change - Internal: `detail` is a SettingsChange.
 */
export class SettingsPanelElement extends LitElement {
  static override styles = settingsPanelStyles;

  @property({ attribute: false }) devices: DeviceLists = { cameras: [], microphones: [], speakers: [] };
  @property({ attribute: false }) selected: SelectedDevices = {};
  @property({ attribute: false }) speakerChoice = false;
  /** Effects offered: empty where the browser has no media-processor support. */
  @property({ attribute: false }) effects: Effect[] = [];
  @property({ attribute: false }) effect: Effect = 'none';
  @property({ attribute: false }) noiseSuppressionAvailable = false;
  @property({ attribute: false }) noiseSuppression = false;
  @property({ attribute: false }) strings!: VideoRoomStrings;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('select, button')?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.change({ type: 'close' });
    if (event.key === 'Tab') this.keepFocusInside(event);
  };

  /** A modal dialog: Tab and Shift+Tab cycle through its controls instead of leaving it. */
  private keepFocusInside(event: KeyboardEvent): void {
    const controls = [...this.renderRoot.querySelectorAll<HTMLElement>('button, select, input')].filter(
      (control) => !control.hasAttribute('disabled'),
    );
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  private change(detail: SettingsChange): void {
    this.dispatchEvent(new SettingsChangeEvent(detail));
  }

  protected override render() {
    const text = this.strings;
    return html`<div class="panel" role="dialog" aria-modal="true" aria-labelledby="title">
      <header>
        <h2 id="title">${text.settings}</h2>
        <button part="control close" type="button" aria-label=${text.close} title=${text.close} @click=${() => this.change({ type: 'close' })}>✕</button>
      </header>
      ${this.renderPicker('camera', text.cameraLabel, this.devices.cameras)}
      ${this.renderPicker('microphone', text.microphoneLabel, this.devices.microphones)}
      ${this.speakerChoice ? this.renderPicker('speaker', text.speakerLabel, this.devices.speakers) : nothing}
      ${this.effects.length > 1
        ? html`<label>
            <span>${text.backgroundEffect}</span>
            <select name="effect" @change=${(event: Event) => this.change({ type: 'effect', effect: (event.target as HTMLSelectElement).value as Effect })}>
              ${this.effects.map((effect) => html`<option value=${effect} ?selected=${effect === this.effect}>${effectLabel(effect, text)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${this.noiseSuppressionAvailable
        ? html`<label class="inline">
            <input
              type="checkbox"
              name="noise-suppression"
              .checked=${this.noiseSuppression}
              @change=${(event: Event) => this.change({ type: 'noise-suppression', on: (event.target as HTMLInputElement).checked })}
            />
            <span>${text.noiseSuppression}</span>
          </label>`
        : nothing}
    </div>`;
  }

  private renderPicker(kind: SettingsKind, label: string, options: DeviceOption[]) {
    const selected = this.selected[kind] ?? options[0]?.deviceId;
    return html`<label>
      <span>${label}</span>
      <select
        name=${kind}
        ?disabled=${options.length === 0}
        @change=${(event: Event) => {
          const device = options.find((option) => option.deviceId === (event.target as HTMLSelectElement).value);
          if (device) this.change({ type: 'device', kind, device });
        }}
      >
        ${options.length === 0 ? html`<option>${this.strings.noDevice}</option>` : nothing}
        ${options.map((option) => html`<option value=${option.deviceId} ?selected=${option.deviceId === selected}>${option.label}</option>`)}
      </select>
    </label>`;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('vr-settings-panel')) {
  customElements.define('vr-settings-panel', SettingsPanelElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'vr-settings-panel': SettingsPanelElement;
  }
}
