import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { unnamedDevices } from '../../i18n/device-names.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { canChooseSpeaker, type DeviceOption } from '../../media/devices.js';
import { availableEffects, effectFilter, type Effect } from '../../media/effects.js';
import { updatePreferences } from '../../media/preferences.js';
import type { Room } from '../../room/room.js';
import { InCallDevices, type DeviceSwitchReason } from './in-call-devices.js';
import type { SelectedDevices, SettingsChange, SettingsChangeEvent, SettingsKind } from './settings-panel.js';

const deviceKinds: Record<SettingsKind, 'videoinput' | 'audioinput' | 'audiooutput'> = {
  camera: 'videoinput',
  microphone: 'audioinput',
  speaker: 'audiooutput',
};

/** What the settings need from `<video-room>`. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  readonly engine: Room;
  readonly noRemember: boolean;
  readonly backgroundImage: string | undefined;
  readonly text: VideoRoomStrings;
  /** Tells the user something while the call goes on, worded in the language shown. */
  notify(code: string, message: (text: VideoRoomStrings) => string): void;
}

/**
 * The in-call settings of `<video-room>`: whether the panel is open (its code is fetched on first
 * use), the devices in use and their fallback after an unplug, the effect and noise suppression.
 */
export class SettingsController implements ReactiveController {
  open = false;
  effect: Effect = 'none';
  private noiseSuppression = false;
  private readonly devices: InCallDevices;

  constructor(private readonly host: SettingsHost) {
    this.devices = new InCallDevices(host, (kind, device, reason) => this.switchDevice(kind, device, reason), unnamedDevices(() => host.text));
    host.addController(this);
  }

  /** The call started with these devices and the join screen's effect: follow them from now on. */
  callStarted(devices: SelectedDevices, effect: Effect): void {
    this.effect = effect;
    this.devices.start(devices);
  }

  /** Closes what only makes sense during a call; a new call starts with a fresh publisher. */
  callEnded(): void {
    this.open = false;
    this.noiseSuppression = false;
    this.devices.stop();
  }

  hostDisconnected(): void {
    this.devices.stop();
  }

  async toggle(inCall: boolean): Promise<void> {
    if (this.open) return this.close();
    await import('./settings-panel.js');
    if (inCall) {
      this.open = true;
      this.host.requestUpdate();
    }
  }

  close(): void {
    this.open = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('button[part~="settings"]')?.focus());
  }

  render(text: VideoRoomStrings) {
    if (!this.open) return nothing;
    const engine = this.host.engine;
    const effects = availableEffects(engine.hasMediaProcessorSupport, this.host.backgroundImage);
    return html`<vr-settings-panel
      part="settings"
      exportparts="control, close"
      .devices=${this.devices.lists}
      .selected=${this.devices.selected}
      .speakerChoice=${canChooseSpeaker()}
      .effects=${effects}
      .effect=${this.effect}
      .noiseSuppressionAvailable=${engine.hasMediaProcessorSupport}
      .noiseSuppression=${this.noiseSuppression}
      .strings=${text}
      @settings-change=${(event: SettingsChangeEvent) => this.apply(event.detail).catch(() => undefined)}
    ></vr-settings-panel>`;
  }

  private async apply(change: SettingsChange): Promise<void> {
    const engine = this.host.engine;
    switch (change.type) {
      case 'close':
        return this.close();
      case 'device':
        return this.devices.choose(change.kind, change.device);
      case 'effect':
        this.effect = change.effect;
        this.host.requestUpdate();
        if (!this.host.noRemember) updatePreferences({ effect: change.effect });
        return engine.setFilter('video', effectFilter(change.effect, this.host.backgroundImage) ?? null);
      case 'noise-suppression':
        this.noiseSuppression = change.on;
        this.host.requestUpdate();
        return engine.setFilter('audio', change.on ? { type: 'advancedNoiseSuppression' } : null);
    }
  }

  /** Carries out a device choice (or a fallback after an unplug) and remembers it. */
  private async switchDevice(kind: SettingsKind, device: DeviceOption, reason: DeviceSwitchReason): Promise<void> {
    await this.host.engine.setDevice(deviceKinds[kind], device.deviceId, device.label);
    if (!this.host.noRemember) updatePreferences({ [`${kind}Id`]: device.deviceId });
    if (reason === 'fallback') this.host.notify('device-fallback', (text) => text.deviceFallback(device.label));
  }
}
