/**
 * Real media for simulated remote participants: a canvas picture (a person on their colour, who
 * sways a little; no name: the tile shows it)
 * captured as a video track, and an oscillator as the audio track. Created lazily, only in a
 * browser, and only when something subscribes.
 */
import type { SharedAudio } from './audio.js';
import type { Timers } from './timers.js';

export interface FakeMediaOptions {
  color: string;
  kind: 'camera' | 'screen';
  width: number;
  height: number;
  withAudio: boolean;
  /** Oscillator pitch, so participants sound different. */
  frequency: number;
}

const FRAME_RATE = 15;
/** Quiet but non-zero, so the track carries signal like an open microphone. */
export const SILENT_GAIN = 0.02;

export class FakeMedia {
  readonly videoTrack: MediaStreamTrack | null;
  readonly audioTrack: MediaStreamTrack | null;
  private readonly stopDrawing: () => void;
  private oscillator: OscillatorNode | null = null;
  private gain: GainNode | null = null;
  private destination: MediaStreamAudioDestinationNode | null = null;
  private stopped = false;

  constructor(
    private readonly options: FakeMediaOptions,
    timers: Timers,
    private readonly audio: SharedAudio,
  ) {
    const canvas = document.createElement('canvas');
    canvas.width = options.width;
    canvas.height = options.height;
    const context = canvas.getContext('2d');
    let frame = 0;
    const draw = () => {
      if (context) drawFrame(context, options, frame);
      frame += 1;
    };
    draw();
    this.videoTrack = canvas.captureStream(FRAME_RATE).getVideoTracks()[0] ?? null;
    // setInterval rather than requestAnimationFrame: rAF stops in background tabs.
    this.stopDrawing = timers.interval(draw, Math.round(1000 / FRAME_RATE));

    this.audioTrack = options.withAudio ? this.createAudio() : null;
  }

  /** Makes the oscillator louder while "speaking" (level 0..1), quiet otherwise. */
  setSpeaking(level: number | null): void {
    if (!this.gain || !this.oscillator) return;
    const now = this.gain.context.currentTime;
    this.gain.gain.setValueAtTime(level === null ? SILENT_GAIN : 0.05 + 0.25 * level, now);
    this.oscillator.frequency.setValueAtTime(level === null ? this.options.frequency : this.options.frequency * 1.5, now);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopDrawing();
    this.videoTrack?.stop();
    this.audioTrack?.stop();
    if (this.oscillator) {
      this.oscillator.stop();
      this.oscillator.disconnect();
      this.gain?.disconnect();
      this.destination?.disconnect();
      this.audio.release();
    }
    this.oscillator = null;
    this.gain = null;
    this.destination = null;
  }

  private createAudio(): MediaStreamTrack | null {
    const context = this.audio.acquire();
    if (!context) return null;
    this.oscillator = context.createOscillator();
    this.oscillator.type = 'sine';
    this.oscillator.frequency.value = this.options.frequency;
    this.gain = context.createGain();
    this.gain.gain.value = SILENT_GAIN;
    this.destination = context.createMediaStreamDestination();
    this.oscillator.connect(this.gain).connect(this.destination);
    this.oscillator.start();
    return this.destination.stream.getAudioTracks()[0] ?? null;
  }
}

function drawFrame(ctx: CanvasRenderingContext2D, options: FakeMediaOptions, frame: number): void {
  if (options.kind === 'screen') drawScreen(ctx, options, frame);
  else drawPerson(ctx, options, frame);
}

/** A shared document: a title bar and lines of text, with a moving progress bar so frames differ. */
function drawScreen(ctx: CanvasRenderingContext2D, { width, height, color }: FakeMediaOptions, frame: number): void {
  ctx.fillStyle = '#eef1f5';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, width, Math.round(height * 0.08));
  ctx.fillStyle = '#c9d1dc';
  for (let line = 0; line < 6; line += 1) {
    ctx.fillRect(width * 0.1, height * (0.25 + line * 0.09), width * (0.5 + ((line * 37) % 30) / 100), height * 0.04);
  }
  ctx.fillStyle = color;
  ctx.fillRect(width * 0.1, height * 0.85, ((frame * 8) % Math.round(width * 0.8)) + 1, height * 0.03);
}

/**
 * Head and shoulders in front of a backdrop of the participant's colour, swaying slowly as people
 * do on camera: something like a face for the tile's face area, without the name (the tile has it).
 */
function drawPerson(ctx: CanvasRenderingContext2D, { width, height, color }: FakeMediaOptions, frame: number): void {
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, width, height);
  const t = frame / 15;
  const x = width / 2 + Math.sin(t * 0.7) * width * 0.04;
  const head = height * 0.17;
  const headY = height * 0.42 + Math.sin(t * 1.1) * height * 0.015;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.78)';
  ctx.beginPath();
  ctx.ellipse(x, height * 1.02, width * 0.3, height * 0.36, 0, Math.PI, 0);
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, headY, head, 0, Math.PI * 2);
  ctx.fill();
}

/**
 * The black picture a publisher sends while its video is off; the real SDK swaps the camera for a
 * canvas track like this one so the camera (and its light) can be released.
 */
export class BlackVideo {
  readonly track: MediaStreamTrack | null;
  private readonly stopRedraw: () => void;

  constructor(width: number, height: number, timers: Timers) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    const draw = () => {
      if (!ctx) return;
      ctx.fillStyle = '#000000';
      ctx.fillRect(0, 0, width, height);
    };
    draw();
    this.track = canvas.captureStream(1).getVideoTracks()[0] ?? null;
    // A static canvas produces no new frames; redraw so late receivers still get one.
    this.stopRedraw = timers.interval(draw, 1000);
  }

  stop(): void {
    this.stopRedraw();
    this.track?.stop();
  }
}
