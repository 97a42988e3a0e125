/** Who holds a track: remote participants still in the room are "the far side" and not counted. */
export interface TrackOwner {
  readonly inRoom: boolean;
}

/** Tracks the simulator created or obtained, for `liveTracks()` and for stopping all on reset. */
export class TrackRegistry {
  private readonly tracks = new Map<MediaStreamTrack, TrackOwner | undefined>();

  add(track: MediaStreamTrack | null | undefined, owner?: TrackOwner): void {
    if (track) this.tracks.set(track, owner);
  }

  /** Live tracks, excluding those owned by remote participants still in the room. */
  live(): number {
    let count = 0;
    for (const [track, owner] of this.tracks) {
      if (track.readyState !== 'live') {
        this.tracks.delete(track);
        continue;
      }
      if (!owner?.inRoom) count += 1;
    }
    return count;
  }

  stopAll(): void {
    for (const track of this.tracks.keys()) track.stop();
    this.tracks.clear();
  }
}

/** Which source each clone came from, so unchanged tracks are not re-cloned. */
const cloneSources = new WeakMap<MediaStreamTrack, MediaStreamTrack>();

/** A registered clone of a live `source` (what a receiver plays), or null when there is nothing live to clone. */
export function cloneTrack(registry: TrackRegistry, source: MediaStreamTrack | null): MediaStreamTrack | null {
  if (!source || source.readyState !== 'live') return null;
  const clone = source.clone();
  cloneSources.set(clone, source);
  registry.add(clone);
  return clone;
}

/** Whether `clone` was made from `source` by `cloneTrack`. */
export function isCloneOf(clone: MediaStreamTrack, source: MediaStreamTrack): boolean {
  return cloneSources.get(clone) === source;
}
