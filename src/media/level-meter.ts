/**
 * The loudness of a microphone track, read on demand (no timer of its own). One AudioContext per
 * meter, created on the first track; `close()` releases it.
 */
export class AudioLevelMeter {
  private context: AudioContext | undefined;
  private source: MediaStreamAudioSourceNode | undefined;
  private analyser: AnalyserNode | undefined;
  private samples: Float32Array<ArrayBuffer> | undefined;

  /** Measures `track` from now on (none: the level is 0). */
  setTrack(track: MediaStreamTrack | undefined): void {
    this.source?.disconnect();
    this.source = undefined;
    if (!track || typeof AudioContext === 'undefined') return;
    try {
      this.context ??= new AudioContext();
      if (!this.analyser) {
        this.analyser = this.context.createAnalyser();
        this.analyser.fftSize = 512;
        this.samples = new Float32Array(this.analyser.fftSize);
      }
      this.source = this.context.createMediaStreamSource(new MediaStream([track]));
      // Not connected to the destination: the user must not hear themselves.
      this.source.connect(this.analyser);
      this.resume();
    } catch {
      this.source = undefined; // a closed or exhausted AudioContext: no meter, no failure
    }
  }

  /** Browsers may start the context suspended until a user gesture; call this from one. */
  resume(): void {
    if (this.context?.state === 'suspended') this.context.resume().catch(() => undefined);
  }

  /** The current loudness from 0 (silence, −60 dBFS or less) to 1 (full scale). */
  level(): number {
    if (!this.source || !this.analyser || !this.samples) return 0;
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) sum += sample * sample;
    const rms = Math.sqrt(sum / this.samples.length);
    if (rms <= 0) return 0;
    return Math.min(1, Math.max(0, (20 * Math.log10(rms) + 60) / 60));
  }

  close(): void {
    this.source?.disconnect();
    this.source = undefined;
    this.analyser = undefined;
    this.samples = undefined;
    const context = this.context;
    this.context = undefined;
    if (context && context.state !== 'closed') context.close().catch(() => undefined);
  }
}
