import type { OTDimensions, OTSubscriber } from '../sdk/types.js';

/** The CSS size a remote stream is drawn at; absent when it is not on screen. */
export interface VideoTarget {
  width: number;
  height: number;
}

export interface VideoQualityOptions {
  /** Wait this long after the last size change before asking for a new resolution. */
  debounceMs?: number;
  /** Turn remote video off once the page has been hidden this long. */
  hiddenDelayMs?: number;
  devicePixelRatio?: () => number;
}

/** A resolution request is re-sent only when width or height moves by more than this share. */
const RESOLUTION_TOLERANCE = 0.2;

/**
 * Frame rate by tile width (CSS px): full rate where motion is visible, less for thumbnails.
 * ≥ 480 px → 30 fps, ≥ 240 px → 15 fps, smaller → 7 fps.
 */
export function frameRateFor(width: number): number {
  if (width >= 480) return 30;
  if (width >= 240) return 15;
  return 7;
}

/** The pixels worth receiving for a tile: its CSS size × DPR, never more than the stream sends. */
export function preferredResolution(target: VideoTarget, dpr: number, stream: OTDimensions | undefined): OTDimensions {
  let width = Math.round(target.width * dpr);
  let height = Math.round(target.height * dpr);
  if (stream && stream.width > 0 && stream.height > 0) {
    const scale = Math.min(1, stream.width / width, stream.height / height);
    width = Math.round(width * scale);
    height = Math.round(height * scale);
  }
  return { width: Math.max(1, width), height: Math.max(1, height) };
}

interface Sent {
  video: boolean;
  resolution?: OTDimensions;
  frameRate?: number;
}

interface Feed {
  subscriber: OTSubscriber;
  kind: 'camera' | 'screen';
  sent: Sent;
}

/**
 * Keeps every remote subscription as cheap as the screen allows: video only for streams that are
 * drawn and in view (none while the page has been hidden a few seconds), and for cameras a
 * preferred resolution and frame rate that match the tile. Audio is never touched. SDK rejections
 * (peer-to-peer sessions refuse preferred resolutions) are expected and ignored; a request is
 * re-sent only when the tile size really changes, so nothing loops.
 */
export class VideoQuality {
  private readonly feeds = new Map<string, Feed>();
  private targets: ReadonlyMap<string, VideoTarget> | undefined;
  private pageHidden = false;
  private hiddenLongEnough = false;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly debounceMs: number;
  private readonly hiddenDelayMs: number;
  private readonly dpr: () => number;

  constructor(options: VideoQualityOptions = {}) {
    this.debounceMs = options.debounceMs ?? 150;
    this.hiddenDelayMs = options.hiddenDelayMs ?? 3000;
    this.dpr = options.devicePixelRatio ?? (() => globalThis.devicePixelRatio || 1);
  }

  /**
   * Whether a new subscription starts with video: yes unless the page is hidden, so a newcomer's
   * picture shows at once; if their tile lands off screen, the next pass turns it off.
   */
  get startWithVideo(): boolean {
    return !this.hiddenLongEnough;
  }

  add(streamId: string, subscriber: OTSubscriber, kind: 'camera' | 'screen', subscribedToVideo: boolean): void {
    this.feeds.set(streamId, { subscriber, kind, sent: { video: subscribedToVideo } });
    this.schedule();
  }

  remove(streamId: string): void {
    this.feeds.delete(streamId);
  }

  /** The latest sizes of the streams on screen (everything else gets no video). */
  setTargets(targets: ReadonlyMap<string, VideoTarget>): void {
    this.targets = targets;
    this.schedule();
  }

  setPageHidden(hidden: boolean): void {
    if (hidden === this.pageHidden) return;
    this.pageHidden = hidden;
    clearTimeout(this.hiddenTimer);
    this.hiddenTimer = undefined;
    if (hidden) {
      // A quick switch to another tab should not blank every video.
      this.hiddenTimer = setTimeout(() => {
        this.hiddenTimer = undefined;
        this.hiddenLongEnough = true;
        this.apply();
      }, this.hiddenDelayMs);
    } else {
      this.hiddenLongEnough = false;
      this.apply();
    }
  }

  dispose(): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.hiddenTimer);
    this.debounceTimer = this.hiddenTimer = undefined;
    this.feeds.clear();
  }

  private schedule(): void {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      this.apply();
    }, this.debounceMs);
  }

  /** Sends what differs from what was last sent. */
  private apply(): void {
    if (!this.targets) return;
    const dpr = this.dpr();
    for (const [streamId, feed] of this.feeds) {
      const target = this.hiddenLongEnough ? undefined : this.targets.get(streamId);
      const video = target !== undefined;
      if (video !== feed.sent.video) {
        feed.sent.video = video;
        quietly(() => feed.subscriber.subscribeToVideo(video));
      }
      if (!target || feed.kind !== 'camera') continue;
      const resolution = preferredResolution(target, dpr, feed.subscriber.stream?.videoDimensions);
      if (!feed.sent.resolution || movedEnough(feed.sent.resolution, resolution)) {
        feed.sent.resolution = resolution;
        quietly(() => feed.subscriber.setPreferredResolution?.(resolution));
      }
      const frameRate = frameRateFor(target.width);
      if (frameRate !== feed.sent.frameRate) {
        feed.sent.frameRate = frameRate;
        quietly(() => feed.subscriber.setPreferredFrameRate?.(frameRate));
      }
    }
  }
}

function movedEnough(previous: OTDimensions, next: OTDimensions): boolean {
  return (
    Math.abs(next.width - previous.width) > previous.width * RESOLUTION_TOLERANCE ||
    Math.abs(next.height - previous.height) > previous.height * RESOLUTION_TOLERANCE
  );
}

/** Calls an SDK method whose failure only means "not supported here" (sync throw or rejection). */
function quietly(call: () => unknown): void {
  try {
    const result = call();
    if (result && typeof (result as Promise<unknown>).catch === 'function') (result as Promise<unknown>).catch(() => undefined);
  } catch {
    // Not supported by this SDK build or session type.
  }
}
