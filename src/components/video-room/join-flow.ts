import { effectFilter, type Effect } from '../../media/effects.js';
import { loadPreferences } from '../../media/preferences.js';
import type { TokenEndpointOptions } from '../../room/credentials.js';
import type { JoinOptions, PublisherSources } from '../../room/room.js';
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
function prepareJoin(prejoin: PrejoinController, element: VideoRoomAttributes, viewer: boolean): JoinSetup {
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

/**
 * A join as the attributes describe it. `name`: the one to join with (typed on the join screen, or
 * the attribute's); `fallbackName` when it is empty. From the join screen (not `inCall`), its
 * tracks and choices are taken once the token request has left, and handed to `taken` too.
 */
export function joinOptions(
  element: VideoRoomAttributes,
  prejoin: PrejoinController,
  join: { viewer: boolean; name: string; fallbackName: string; inCall: boolean },
  taken: (setup: JoinSetup) => void,
): JoinOptions {
  const withCaptions = (sources: PublisherSources | undefined) => (element.captions ? { ...sources, publishCaptions: true } : sources);
  return {
    sdk: element.sdk,
    tokenProvider: element.tokenProvider,
    endpoint: endpointOptions(element),
    room: element.room?.trim() || undefined,
    displayName: join.name.trim() || join.fallbackName,
    sources: withCaptions(undefined),
    viewer: join.viewer,
    rejoinTimeout: element.rejoinTimeout,
    prepare: join.inCall
      ? undefined
      : () => {
          const setup = prepareJoin(prejoin, element, join.viewer);
          taken(setup);
          return { sources: withCaptions(setup.sources), viewer: setup.viewer, media: setup.media };
        },
  };
}

/** The token request as the attributes describe it. */
function endpointOptions(element: VideoRoomAttributes): TokenEndpointOptions {
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
