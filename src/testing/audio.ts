/**
 * One AudioContext shared by every oscillator and level meter (browsers limit how many may be
 * open), created on first use and closed when the last user releases it.
 */
export class SharedAudio {
  private context: AudioContext | null = null;
  private users = 0;

  /** Returns the shared context, or null where Web Audio is unavailable. */
  acquire(): AudioContext | null {
    const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!Ctor) return null;
    if (!this.context || this.context.state === 'closed') this.context = new Ctor();
    // Autoplay policy may start it suspended; test browsers run without that policy.
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    this.users += 1;
    return this.context;
  }

  release(): void {
    this.users = Math.max(0, this.users - 1);
    if (this.users === 0) this.close();
  }

  close(): void {
    const context = this.context;
    this.context = null;
    this.users = 0;
    if (context && context.state !== 'closed') void context.close().catch(() => undefined);
  }
}

/** Measures a track's audio level (peak amplitude, 0..1) the way a receiver's meter would. */
export interface LevelMeter {
  level(): number;
  dispose(): void;
}

const silentMeter: LevelMeter = { level: () => 0, dispose: () => undefined };

export function createLevelMeter(audio: SharedAudio, track: MediaStreamTrack | null): LevelMeter {
  if (!track) return silentMeter;
  const context = audio.acquire();
  if (!context) return silentMeter;
  const source = context.createMediaStreamSource(new MediaStream([track]));
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let disposed = false;
  return {
    level() {
      if (disposed || !track.enabled || track.readyState !== 'live') return 0;
      analyser.getFloatTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
      return Math.min(1, peak);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      source.disconnect();
      analyser.disconnect();
      audio.release();
    },
  };
}
