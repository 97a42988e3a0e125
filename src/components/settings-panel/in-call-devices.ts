import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyDeviceLists, listDevices, watchDevices, type DeviceLists, type DeviceOption, type FallbackLabel } from '../../media/devices.js';
import type { SelectedDevices, SettingsKind } from './settings-panel.js';

/** Why a device is being switched: the user picked it, or the one in use went away. */
export type DeviceSwitchReason = 'user' | 'fallback';

/**
 * The devices during a call: keeps the lists fresh on `devicechange` (a newly plugged device
 * appears) and, when the device in use disappears, falls back to the first remaining one (the
 * browser's default) through `switchTo`.
 */
export class InCallDevices implements ReactiveController {
  lists: DeviceLists = emptyDeviceLists();
  selected: SelectedDevices = {};
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly switchTo: (kind: SettingsKind, device: DeviceOption, reason: DeviceSwitchReason) => Promise<void>,
    /** Names devices the browser lists without a label (a viewer has not granted access). */
    private readonly fallbackLabel: FallbackLabel,
  ) {
    host.addController(this);
  }

  /** Begins watching, from the devices the call started with. */
  start(selected: SelectedDevices): void {
    this.selected = { ...selected };
    this.stopWatching ??= watchDevices(() => void this.refresh());
    void this.refresh();
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** The user picked a device. */
  async choose(kind: SettingsKind, device: DeviceOption): Promise<void> {
    const before = this.selected;
    this.selected = { ...before, [kind]: device.deviceId };
    this.host.requestUpdate();
    try {
      await this.switchTo(kind, device, 'user');
    } catch (error) {
      // The switch failed: the picker goes back to the device still in use.
      this.selected = before;
      this.host.requestUpdate();
      throw error;
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async refresh(): Promise<void> {
    const lists = await listDevices(this.fallbackLabel);
    if (!this.stopWatching) return; // stopped meanwhile
    this.lists = lists;
    const byKind: Record<SettingsKind, DeviceOption[]> = { camera: lists.cameras, microphone: lists.microphones, speaker: lists.speakers };
    for (const kind of Object.keys(byKind) as SettingsKind[]) {
      const current = this.selected[kind];
      const options = byKind[kind];
      if (current === undefined || options.some((option) => option.deviceId === current)) continue;
      const fallback = options[0];
      this.selected = { ...this.selected, [kind]: fallback?.deviceId };
      if (fallback) await this.switchTo(kind, fallback, 'fallback').catch(() => undefined);
    }
    this.host.requestUpdate();
  }
}
