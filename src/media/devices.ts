/** One camera, microphone or speaker as a picker shows it. */
export interface DeviceOption {
  deviceId: string;
  label: string;
}

/** The media devices of this browser, by what they are for. */
export interface DeviceLists {
  cameras: DeviceOption[];
  microphones: DeviceOption[];
  speakers: DeviceOption[];
}

export type DeviceKind = 'camera' | 'microphone' | 'speaker';

/** Names a device whose label the browser hides (before camera/microphone permission is granted). */
export type FallbackLabel = (kind: DeviceKind, position: number) => string;

const englishFallback: FallbackLabel = (kind, position) => `${kind[0].toUpperCase()}${kind.slice(1)} ${position}`;

const kindOf: Record<string, DeviceKind> = { videoinput: 'camera', audioinput: 'microphone', audiooutput: 'speaker' };

/** No devices: what to show where `navigator.mediaDevices` is missing (insecure pages). */
export function emptyDeviceLists(): DeviceLists {
  return { cameras: [], microphones: [], speakers: [] };
}

/**
 * Lists the cameras, microphones and speakers. Never rejects: a browser that cannot enumerate
 * gets empty lists. Labels are empty until permission is granted, so those get `fallbackLabel`.
 */
export async function listDevices(fallbackLabel: FallbackLabel = englishFallback): Promise<DeviceLists> {
  const lists = emptyDeviceLists();
  let devices: MediaDeviceInfo[];
  try {
    devices = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
  } catch {
    return lists;
  }
  const byKind: Record<DeviceKind, DeviceOption[]> = { camera: lists.cameras, microphone: lists.microphones, speaker: lists.speakers };
  for (const device of devices) {
    const kind = kindOf[device.kind];
    if (!kind) continue;
    const list = byKind[kind];
    // Before permission some browsers repeat an anonymous entry; one per ID is enough.
    if (list.some((option) => option.deviceId === device.deviceId)) continue;
    list.push({ deviceId: device.deviceId, label: device.label || fallbackLabel(kind, list.length + 1) });
  }
  return lists;
}

/** Whether this browser can route audio to a chosen output device (`HTMLMediaElement.setSinkId`). */
export function canChooseSpeaker(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/** Calls `onChange` whenever a device is plugged in or out. Returns the undo. */
export function watchDevices(onChange: () => void): () => void {
  const mediaDevices = navigator.mediaDevices;
  if (!mediaDevices?.addEventListener) return () => undefined;
  mediaDevices.addEventListener('devicechange', onChange);
  return () => mediaDevices.removeEventListener('devicechange', onChange);
}
