/**
 * Decides who the active speaker is from each participant's smoothed audio level, with a minimum
 * hold: once someone has the focus, it moves only after they have held it for `holdMs`, so a
 * cough or a quick "yes" does not flip the stage. The last active speaker keeps the focus through
 * silence.
 */
export class ActiveSpeakerTracker {
  private readonly levels = new Map<string, { speaking: boolean; level: number }>();
  private current: string | undefined;
  private since = Number.NEGATIVE_INFINITY;

  constructor(private readonly holdMs = 1500) {}

  get activeSpeaker(): string | undefined {
    return this.current;
  }

  /** Records one participant's state; returns true when the active speaker changed. */
  update(participantId: string, speaking: boolean, level: number, now: number): boolean {
    this.levels.set(participantId, { speaking, level });
    let loudest: string | undefined;
    let loudestLevel = -1;
    for (const [id, entry] of this.levels) {
      if (entry.speaking && entry.level > loudestLevel) {
        loudest = id;
        loudestLevel = entry.level;
      }
    }
    if (!loudest || loudest === this.current) return false;
    if (this.current !== undefined && now - this.since < this.holdMs) return false;
    this.current = loudest;
    this.since = now;
    return true;
  }

  /** Forgets a participant who left; returns true when they were the active speaker. */
  remove(participantId: string): boolean {
    this.levels.delete(participantId);
    if (this.current !== participantId) return false;
    this.current = undefined;
    this.since = Number.NEGATIVE_INFINITY;
    return true;
  }
}
