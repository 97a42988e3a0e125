/**
 * Turns the SDK's raw audio levels (about 60 per second, 0–1) into a steady speaking flag:
 * levels are smoothed, speech must rise above a higher threshold than it falls below, and silence
 * must last a moment before the flag drops, so a ring does not flicker between words.
 */
export class SpeakingDetector {
  private smoothed = 0;
  private speaking = false;
  private quietSince: number | undefined;

  constructor(
    private readonly onThreshold = 0.15,
    private readonly offThreshold = 0.08,
    private readonly holdMs = 500,
  ) {}

  /** The smoothed level, 0–1. */
  get level(): number {
    return this.smoothed;
  }

  /** Feeds one level; returns the speaking flag after it. */
  update(level: number, now: number): boolean {
    this.smoothed = this.smoothed * 0.7 + Math.max(0, Math.min(1, level)) * 0.3;
    if (this.smoothed >= this.onThreshold) {
      this.speaking = true;
      this.quietSince = undefined;
    } else if (this.speaking && this.smoothed < this.offThreshold) {
      this.quietSince ??= now;
      if (now - this.quietSince >= this.holdMs) this.speaking = false;
    } else {
      this.quietSince = undefined;
    }
    return this.speaking;
  }
}
