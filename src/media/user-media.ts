/** Why the camera or microphone could not be opened. */
export type MediaFailure = 'denied' | 'not-found' | 'unavailable';

export interface TrackRequest {
  audio: boolean;
  video: boolean;
  /** Exact device IDs; a device that is gone falls back to the browser's default. */
  microphoneId?: string;
  cameraId?: string;
}

/** What `openTracks` obtained; `failure` says why a requested kind is missing. */
export interface OpenedTracks {
  audio?: MediaStreamTrack;
  video?: MediaStreamTrack;
  failure?: MediaFailure;
}

/**
 * Opens the camera and/or microphone with one `getUserMedia` call (one permission prompt). Never
 * rejects. When a remembered device is gone it takes the default one; when one kind is missing or
 * busy it still returns the other, so a laptop without a camera keeps its microphone.
 */
export async function openTracks(request: TrackRequest): Promise<OpenedTracks> {
  if (!request.audio && !request.video) return {};
  if (!navigator.mediaDevices?.getUserMedia) return { failure: 'unavailable' };
  let useIds = true;
  let failure: MediaFailure;
  try {
    return tracksOf(await navigator.mediaDevices.getUserMedia(constraints(request, useIds)));
  } catch (error) {
    failure = classify(error);
  }
  if (failure === 'denied') return { failure };
  if (failure === 'not-found' && (request.cameraId || request.microphoneId)) {
    useIds = false;
    try {
      return tracksOf(await navigator.mediaDevices.getUserMedia(constraints(request, useIds)));
    } catch (error) {
      failure = classify(error);
      if (failure === 'denied') return { failure };
    }
  }
  if (!(request.audio && request.video)) return { failure };
  // One call asks for both, and fails for both when either fails: try each kind on its own.
  const audio = await openOne({ ...request, video: false }, useIds);
  const video = await openOne({ ...request, audio: false }, useIds);
  const failures = [audio, video].filter((result): result is MediaFailure => typeof result === 'string');
  return {
    audio: typeof audio === 'string' ? undefined : audio,
    video: typeof video === 'string' ? undefined : video,
    failure: failures.includes('denied') ? 'denied' : failures.includes('unavailable') ? 'unavailable' : failures[0],
  };
}

async function openOne(request: TrackRequest, useIds: boolean): Promise<MediaStreamTrack | MediaFailure> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia(constraints(request, useIds));
    const [track, ...extra] = stream.getTracks();
    for (const other of extra) other.stop();
    return track ?? 'not-found';
  } catch (error) {
    return classify(error);
  }
}

function constraints(request: TrackRequest, useIds: boolean): MediaStreamConstraints {
  const device = (wanted: boolean, deviceId: string | undefined): MediaTrackConstraints | boolean =>
    wanted ? (useIds && deviceId ? { deviceId: { exact: deviceId } } : true) : false;
  return { audio: device(request.audio, request.microphoneId), video: device(request.video, request.cameraId) };
}

function tracksOf(stream: MediaStream): OpenedTracks {
  return { audio: stream.getAudioTracks()[0], video: stream.getVideoTracks()[0] };
}

/** Maps getUserMedia's error names (current and legacy) to what the user can do about them. */
export function classify(error: unknown): MediaFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (['NotAllowedError', 'SecurityError', 'PermissionDeniedError'].includes(name)) return 'denied';
  if (['NotFoundError', 'OverconstrainedError', 'DevicesNotFoundError'].includes(name)) return 'not-found';
  return 'unavailable';
}
