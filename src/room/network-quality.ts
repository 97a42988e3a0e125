/**
 * Network quality of one subscriber or publisher: `'good' | 'fair' | 'poor'`, from the SDK's
 * `qualityScoreChanged` where it emits it (subscribers in SDK 2.35), else from `getStats()`
 * polled every 2 s; plus whether the SDK paused the video for bandwidth (`videoDisabled`, reason
 * `'quality'`). Framework-free.
 *
 * Stats: each poll compares the new sample with an earlier one (the latest that is at least
 * `MIN_WINDOW_PACKETS` packets back, within the last `HISTORY` samples), over audio and video
 * together:
 * - poor: packet loss ≥ 10 %, or video bitrate < 100 kbps while camera video is expected;
 * - fair: packet loss ≥ 3 %, or video bitrate < 400 kbps while camera video is expected;
 * - good: otherwise.
 * Loss needs at least `MIN_LOSS_PACKETS` packets in the window. "Video expected": the stream has
 * video, the app has not turned it off (`videoDisabled` reason `'subscribeToVideo'`), the SDK has
 * not paused it, and the whole window had video; screen and custom streams are exempt from the
 * bitrate rule (static content sends little, as the SDK's own estimator allows). Worse levels are
 * reported at once, better ones after `recoverSamples` measurements in a row (default 2).
 *
 * Scores (1 bad … 5 excellent): the lower of the audio and (while video is expected) video score;
 * ≥ 3.5 good, ≥ 2.5 fair, else poor. After the first `qualityScoreChanged`, polling stops: the SDK
 * is sampling already.
 *
 * While the SDK has the video paused for quality, the level reported is `'poor'`.
 */
import type { OTError, OTPublisher, OTPublisherStatsContainer, OTQualityScore, OTStream, OTSubscriber, OTSubscriberStats } from '../sdk/types.js';

export type NetworkQualityLevel = 'good' | 'fair' | 'poor';

/** What a watcher reports, each time either field changes. */
export interface NetworkQualityUpdate {
  quality: NetworkQualityLevel;
  /** The SDK turned the video off for bandwidth (`videoDisabled` with reason `'quality'`) and has not turned it back on. */
  videoPaused: boolean;
}

export interface NetworkQualityThresholds {
  /** Loss (%) from which the link is poor. */
  poorLossPercent: number;
  /** Loss (%) from which the link is fair. */
  fairLossPercent: number;
  /** Camera video bitrate (kbps) under which the link is poor. */
  poorVideoKbps: number;
  /** Camera video bitrate (kbps) under which the link is fair. */
  fairVideoKbps: number;
  /** Lowest SDK quality score (1–5) that counts as good. */
  goodScore: number;
  /** Lowest SDK quality score (1–5) that counts as fair. */
  fairScore: number;
}

export const DEFAULT_NETWORK_THRESHOLDS: Readonly<NetworkQualityThresholds> = Object.freeze({
  poorLossPercent: 10,
  fairLossPercent: 3,
  poorVideoKbps: 100,
  fairVideoKbps: 400,
  goodScore: 3.5,
  fairScore: 2.5,
});

/** Timer functions (injectable so tests can count what is pending). */
export interface WatcherTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface NetworkQualityOptions {
  /** Poll `getStats()` this often, ms (default 2000). */
  intervalMs?: number;
  /** A `getStats()` that has not answered after this long (ms; default 2 × interval) is abandoned; its late answer is ignored. */
  timeoutMs?: number;
  /** Better levels are reported after this many measurements in a row (default 2); worse ones at once. */
  recoverSamples?: number;
  thresholds?: Partial<NetworkQualityThresholds>;
  /** Follow `qualityScoreChanged` once the SDK emits it (default true). */
  useQualityScore?: boolean;
  /** Whether video should be arriving (default: from the stream and the SDK's video events). */
  videoExpected?: () => boolean;
  timers?: WatcherTimers;
}

/** Minimum packets in a stats window before it is measured. */
export const MIN_WINDOW_PACKETS = 50;
/** Minimum packets in a window for its loss to count. */
export const MIN_LOSS_PACKETS = 10;
/** Samples kept per media link. */
export const HISTORY = 10;

/** What one window of stats shows; `null` where it could not be measured. */
export interface LinkMeasure {
  lossPercent: number | null;
  videoKbps: number | null;
}

/** The level a window shows, or null when nothing could be measured. */
export function levelFromMeasure(measure: LinkMeasure, thresholds: NetworkQualityThresholds = DEFAULT_NETWORK_THRESHOLDS): NetworkQualityLevel | null {
  const { lossPercent: loss, videoKbps: kbps } = measure;
  if (loss === null && kbps === null) return null;
  if ((loss !== null && loss >= thresholds.poorLossPercent) || (kbps !== null && kbps < thresholds.poorVideoKbps)) return 'poor';
  if ((loss !== null && loss >= thresholds.fairLossPercent) || (kbps !== null && kbps < thresholds.fairVideoKbps)) return 'fair';
  return 'good';
}

/** The level SDK scores show (video counted only when `withVideo`), or null without scores. */
export function levelFromScore(score: OTQualityScore, withVideo: boolean, thresholds: NetworkQualityThresholds = DEFAULT_NETWORK_THRESHOLDS): NetworkQualityLevel | null {
  const scores = [score.audioQualityScore, withVideo ? score.videoQualityScore : undefined].filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  if (scores.length === 0) return null;
  const lowest = Math.min(...scores);
  return lowest >= thresholds.goodScore ? 'good' : lowest >= thresholds.fairScore ? 'fair' : 'poor';
}

const RANK: Record<NetworkQualityLevel, number> = { good: 0, fair: 1, poor: 2 };

/** One normalised stats sample of one media link. */
interface Sample {
  timestamp: number;
  /** Packets the sender sent (received + lost). */
  packets: number;
  lost: number;
  videoBytes: number;
  /** Whether video was expected when the sample was taken. */
  video: boolean;
}

type Target = OTSubscriber | OTPublisher;
type StatsCallback = (error?: OTError | null, stats?: unknown) => void;

/** Watches one subscriber or publisher; see the module comment for the rules. */
export class NetworkQualityWatcher {
  private measured: NetworkQualityLevel | null = null;
  private reported: NetworkQualityUpdate | null = null;
  private paused = false;
  private appVideoOff = false;
  private candidate: { level: NetworkQualityLevel; count: number } | null = null;
  private readonly history = new Map<string, Sample[]>();
  private scoreMode = false;
  private disposed = false;
  private timer: unknown = null;
  private deadline: unknown = null;
  private generation = 0;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly recoverSamples: number;
  private readonly thresholds: NetworkQualityThresholds;
  private readonly timers: WatcherTimers;
  private readonly handlers: Array<[string, (event: never) => void]>;

  constructor(
    private readonly target: Target,
    private readonly onChange: (update: NetworkQualityUpdate) => void,
    private readonly options: NetworkQualityOptions = {},
  ) {
    this.intervalMs = Math.max(1, options.intervalMs ?? 2000);
    this.timeoutMs = Math.max(1, options.timeoutMs ?? this.intervalMs * 2);
    this.recoverSamples = Math.max(1, Math.floor(options.recoverSamples ?? 2));
    this.thresholds = { ...DEFAULT_NETWORK_THRESHOLDS, ...options.thresholds };
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.handlers = [
      ['videoDisabled', (event: { reason?: string }) => this.videoChanged(false, event.reason)],
      ['videoEnabled', (event: { reason?: string }) => this.videoChanged(true, event.reason)],
      ['qualityScoreChanged', (event: { qualityScore?: OTQualityScore }) => this.scoreChanged(event.qualityScore)],
      ['destroyed', () => this.dispose()],
    ];
    const on = target.on as (type: string, handler: (event: never) => void) => void;
    for (const [type, handler] of this.handlers) on.call(target, type, handler);
    this.schedule();
  }

  /** The level last reported, or null before the first measurement. */
  get quality(): NetworkQualityLevel | null {
    return this.reported?.quality ?? null;
  }

  /** Whether the SDK has the video paused for quality. */
  get videoPaused(): boolean {
    return this.paused;
  }

  /** Where the level comes from: the SDK's scores once it has sent one, else polled stats. */
  get source(): 'score' | 'stats' {
    return this.scoreMode ? 'score' : 'stats';
  }

  /** Removes every listener and timer; a pending `getStats()` answer is ignored. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopPolling();
    const off = this.target.off as (type: string, handler: (event: never) => void) => void;
    for (const [type, handler] of this.handlers) {
      try {
        off.call(this.target, type, handler);
      } catch {
        // A destroyed SDK object may refuse; its handlers are gone anyway.
      }
    }
  }

  // ---- Events ----

  private videoChanged(on: boolean, reason: string | undefined): void {
    if (this.disposed) return;
    if (reason === 'subscribeToVideo') this.appVideoOff = !on;
    if (reason !== 'quality' || this.paused === !on) return;
    this.paused = !on;
    this.report();
  }

  private scoreChanged(score: OTQualityScore | undefined): void {
    if (this.disposed || this.options.useQualityScore === false || !score) return;
    if (!this.scoreMode) {
      this.scoreMode = true;
      this.stopPolling();
    }
    const level = levelFromScore(score, this.videoExpected(), this.thresholds);
    if (level === null) return;
    this.measured = level;
    this.candidate = null;
    this.report();
  }

  // ---- Polling ----

  private schedule(): void {
    if (this.disposed || this.scoreMode || typeof this.target.getStats !== 'function') return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.poll();
    }, this.intervalMs);
  }

  private stopPolling(): void {
    this.generation += 1;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    if (this.deadline !== null) this.timers.clearTimeout(this.deadline);
    this.timer = null;
    this.deadline = null;
  }

  /** One `getStats()` at a time: the next is scheduled once this one answered, failed or timed out. */
  private poll(): void {
    if (this.disposed || this.scoreMode) return;
    const generation = ++this.generation;
    let settled = false;
    const finish = (stats: unknown): void => {
      if (settled || generation !== this.generation || this.disposed) return;
      settled = true;
      if (this.deadline !== null) this.timers.clearTimeout(this.deadline);
      this.deadline = null;
      try {
        if (stats !== undefined && stats !== null) this.ingest(stats);
      } finally {
        this.schedule();
      }
    };
    this.deadline = this.timers.setTimeout(() => {
      this.deadline = null;
      finish(undefined);
    }, this.timeoutMs);
    try {
      const getStats = this.target.getStats as (callback: StatsCallback) => unknown;
      const result = getStats.call(this.target, (error, stats) => finish(error ? undefined : stats));
      if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
        (result as Promise<unknown>).then(finish, () => finish(undefined));
      }
    } catch {
      finish(undefined);
    }
  }

  // ---- Measuring ----

  private ingest(raw: unknown): void {
    const video = this.videoExpected();
    const samples = Array.isArray(raw) ? publisherSamples(raw as OTPublisherStatsContainer[], video) : subscriberSamples(raw as OTSubscriberStats, video);
    let worst: NetworkQualityLevel | null = null;
    for (const [key, sample] of samples) {
      const level = levelFromMeasure(this.measure(key, sample), this.thresholds);
      if (level !== null && (worst === null || RANK[level] > RANK[worst])) worst = level;
    }
    if (worst === null) return;
    if (this.measured === null || RANK[worst] >= RANK[this.measured]) {
      this.measured = worst;
      this.candidate = null;
    } else {
      this.candidate = this.candidate?.level === worst ? { level: worst, count: this.candidate.count + 1 } : { level: worst, count: 1 };
      if (this.candidate.count >= this.recoverSamples) {
        this.measured = worst;
        this.candidate = null;
      }
    }
    this.report();
  }

  private measure(key: string, sample: Sample): LinkMeasure {
    const none: LinkMeasure = { lossPercent: null, videoKbps: null };
    if (![sample.timestamp, sample.packets, sample.lost, sample.videoBytes].every(Number.isFinite)) return none;
    let list = this.history.get(key) ?? [];
    const last = list[list.length - 1];
    // Counters went back (a new peer connection) or time did not move: start over.
    if (last && (sample.packets < last.packets || sample.lost < last.lost || sample.videoBytes < last.videoBytes || sample.timestamp <= last.timestamp)) list = [];
    list.push(sample);
    if (list.length > HISTORY) list.splice(0, list.length - HISTORY);
    this.history.set(key, list);
    if (list.length < 2) return none;
    let base = list[0];
    for (let i = list.length - 2; i >= 0; i -= 1) {
      if (sample.packets - list[i].packets >= MIN_WINDOW_PACKETS) {
        base = list[i]!;
        break;
      }
    }
    const packets = sample.packets - base.packets;
    const lost = sample.lost - base.lost;
    const elapsed = sample.timestamp - base.timestamp;
    const window = list.slice(list.indexOf(base));
    const withVideo = this.cameraStream() && window.every((entry) => entry.video);
    return {
      lossPercent: packets >= MIN_LOSS_PACKETS ? (Math.max(0, lost) / packets) * 100 : null,
      videoKbps: withVideo && elapsed > 0 ? ((sample.videoBytes - base.videoBytes) * 8) / elapsed : null,
    };
  }

  private videoExpected(): boolean {
    if (this.paused) return false;
    if (this.options.videoExpected) return this.options.videoExpected();
    return !this.appVideoOff && this.stream()?.hasVideo !== false;
  }

  private cameraStream(): boolean {
    const type = this.stream()?.videoType;
    return type !== 'screen' && type !== 'custom';
  }

  private stream(): OTStream | undefined {
    return this.target.stream;
  }

  private report(): void {
    if (this.disposed) return;
    const quality: NetworkQualityLevel | null = this.paused ? 'poor' : this.measured;
    if (quality === null) return;
    if (this.reported && this.reported.quality === quality && this.reported.videoPaused === this.paused) return;
    this.reported = { quality, videoPaused: this.paused };
    this.onChange({ ...this.reported });
  }
}

function subscriberSamples(stats: OTSubscriberStats, video: boolean): Array<[string, Sample]> {
  if (!stats || typeof stats !== 'object') return [];
  const audio = stats.audio ?? { packetsReceived: 0, packetsLost: 0, bytesReceived: 0 };
  const media = stats.video ?? { packetsReceived: 0, packetsLost: 0, bytesReceived: 0 };
  const lost = (audio.packetsLost ?? 0) + (media.packetsLost ?? 0);
  const received = (audio.packetsReceived ?? 0) + (media.packetsReceived ?? 0);
  return [['subscriber', { timestamp: stats.timestamp, packets: received + lost, lost, videoBytes: media.bytesReceived ?? 0, video }]];
}

function publisherSamples(entries: OTPublisherStatsContainer[], video: boolean): Array<[string, Sample]> {
  return entries
    .filter((entry) => entry && entry.stats)
    .map((entry, index) => {
      const { audio, video: media, timestamp } = entry.stats;
      const sample: Sample = {
        timestamp,
        packets: (audio?.packetsSent ?? 0) + (media?.packetsSent ?? 0),
        lost: (audio?.packetsLost ?? 0) + (media?.packetsLost ?? 0),
        videoBytes: media?.bytesSent ?? 0,
        video,
      };
      return [entry.subscriberId ?? entry.connectionId ?? `link-${index}`, sample];
    });
}
