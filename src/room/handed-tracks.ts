/**
 * Tracks given to a publisher that may never take them: a join can fail (a token error, say)
 * before the publisher exists. Whoever handed them over keeps them here until the publisher has
 * started, and stops them if it never does, so no camera light outlives a failed join.
 */
export class HandedTracks {
  private tracks: MediaStreamTrack[] = [];

  /** Holds the tracks among `sources`, replacing (and stopping) any held before. */
  hold(sources: Record<string, unknown>): void {
    this.stop();
    this.tracks = Object.values(sources).filter((source): source is MediaStreamTrack => source instanceof MediaStreamTrack);
  }

  /** The publisher took them: it stops them from now on. */
  forget(): void {
    this.tracks = [];
  }

  /** Nobody took them: stop them. */
  stop(): void {
    for (const track of this.tracks) track.stop();
    this.tracks = [];
  }

  get holding(): boolean {
    return this.tracks.length > 0;
  }
}
