import { effectFilter, type Effect } from '../../media/effects.js';
import { loadPreferences } from '../../media/preferences.js';
import type { TokenEndpointOptions } from '../../room/credentials.js';
import type { PublisherSources } from '../../room/room.js';
import type { PrejoinController } from '../prejoin/prejoin-controller.js';
import type { SelectedDevices } from '../settings-panel/settings-panel.js';
import type { VideoRoomAttributes } from './video-room-attributes.js';

/** What a new call starts with. */
export interface JoinSetup {
  sources: PublisherSources | undefined;
  viewer: boolean;
  media: { audio: boolean; video: boolean };
  devices: SelectedDevices;
  effect: Effect;
}

/**
 * The join screen's tracks and choices when it is showing; otherwise (autojoin, retry, rejoin)
 * the remembered choices, with the remembered effect (the engine drops it where unsupported).
 */
export function prepareJoin(prejoin: PrejoinController, element: VideoRoomAttributes, viewer: boolean): JoinSetup {
  const fromPreview = prejoin.take(viewer);
  if (fromPreview) {
    return {
      sources: fromPreview.sources,
      viewer: fromPreview.viewer,
      media: fromPreview.media,
      devices: devicesOf(fromPreview.sources, fromPreview.speakerId),
      effect: fromPreview.effect,
    };
  }
  const remembered = element.noRemember ? {} : loadPreferences();
  const effect = remembered.effect ?? 'none';
  const videoFilter = effectFilter(effect, element.backgroundImage);
  const sources = videoFilter ? { videoFilter } : undefined;
  return {
    sources,
    viewer,
    media: { audio: !element.startAudioMuted, video: !element.startVideoMuted },
    devices: devicesOf(sources, remembered.speakerId),
    effect,
  };
}

/** The token request as the attributes describe it. */
export function endpointOptions(element: VideoRoomAttributes): TokenEndpointOptions {
  return {
    endpoint: element.tokenEndpoint,
    method: element.tokenMethod?.toUpperCase() === 'POST' ? 'POST' : 'GET',
    credentials: element.tokenCredentials,
    timeoutMs: element.tokenTimeout,
  };
}

/** The device IDs a call starts with: those of the handed-over tracks, or the IDs given. */
function devicesOf(sources: PublisherSources | undefined, speaker: string | undefined): SelectedDevices {
  const idOf = (source: MediaStreamTrack | string | undefined) =>
    typeof source === 'string' ? source : source?.getSettings().deviceId || undefined;
  return { camera: idOf(sources?.videoSource), microphone: idOf(sources?.audioSource), speaker };
}
