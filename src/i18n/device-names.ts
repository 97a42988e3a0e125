import type { DeviceKind, FallbackLabel } from '../media/devices.js';
import type { VideoRoomStrings } from './strings.js';

/**
 * Names devices whose labels the browser hides until access is granted ("Camera 2"), in the
 * language `text()` gives at the moment they are listed.
 */
export function unnamedDevices(text: () => VideoRoomStrings): FallbackLabel {
  return (kind: DeviceKind, position: number) => {
    const { unnamedCamera, unnamedMicrophone, unnamedSpeaker } = text();
    return { camera: unnamedCamera, microphone: unnamedMicrophone, speaker: unnamedSpeaker }[kind](position);
  };
}
