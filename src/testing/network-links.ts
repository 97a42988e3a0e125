/**
 * How subscribers and publishers show the quality of their link, as the SDK does: `getStats()`
 * numbers, `qualityScoreChanged` (subscribers only, as in SDK 2.35) and the audio-only fallback
 * (`videoDisableWarning`, `videoDisabled`/`videoEnabled` with reason `'quality'`).
 */
import type { OTPublisherStatsContainer, OTSubscriberStats } from '../sdk/types.js';
import type { StreamRecord } from './cloud.js';
import type { SimContext } from './context.js';
import { otError, type SimOTError } from './errors.js';
import { LINK_PROFILES, TrafficMeter, streamQuality, type NetworkQuality, type TrackCounter } from './network.js';

/** The SDK's `getStats` callback: an error, or `null` and the stats. */
export type StatsCallback<T> = (error: SimOTError | null, stats?: T) => void;

/**
 * Answers a `getStats` call as the SDK does: asynchronously, through the callback and the returned
 * Promise (which also rejects on error). `sample` returns null when there is no peer connection.
 */
export function answerStats<T>(sample: () => T | null, callback: unknown): Promise<T> {
  const done = typeof callback === 'function' ? (callback as StatsCallback<T>) : null;
  return new Promise<T>((resolve, reject) => {
    void Promise.resolve().then(() => {
      const stats = sample();
      const error = stats === null ? otError('OT_PEER_CONNECTION_NOT_CONNECTED', 'PeerConnection not connected, cannot call this method', 1015) : null;
      try {
        done?.(error, stats ?? undefined);
      } catch (thrown) {
        console.error('[ot-simulator] An error occurred in a getStats callback', thrown);
      }
      if (error) reject(error);
      else resolve(stats as T);
    });
  });
}

/** What a subscriber's link needs to know of, and tell, its subscriber. */
export interface SubscriberLinkHost {
  readonly record: StreamRecord;
  /** Connected (events may be emitted). */
  connected(): boolean;
  /** Connected and not interrupted by a network drop: media flows. */
  receiving(): boolean;
  audioWanted(): boolean;
  videoWanted(): boolean;
  /** The quality pause changed: enable or disable the received video track. */
  applyEnabled(): void;
  emit(type: string, payload?: object): void;
}

/** A subscriber's downlink: its counters, its quality pause and its quality scores. */
export class SubscriberLink {
  /** Video turned off by the SDK's audio-only fallback (reason `'quality'`). */
  paused = false;
  private quality: NetworkQuality;
  private readonly meter: TrafficMeter;
  private lastScores: string | null = null;
  private lastScoresAt = Date.now();

  constructor(
    private readonly ctx: SimContext,
    private readonly host: SubscriberLinkHost,
  ) {
    this.quality = streamQuality(ctx, host.record);
    this.meter = new TrafficMeter(() => ({
      quality: this.quality,
      audio: host.receiving() && host.audioWanted() && host.record.hasAudio,
      video: host.receiving() && this.videoFlowing(),
    }));
  }

  /** Counts traffic up to now; call before what flows changes. */
  settle(): void {
    this.meter.settle();
  }

  /** The app called `subscribeToVideo`: its choice replaces the SDK's own fallback. */
  videoChosen(): void {
    this.meter.settle();
    this.paused = false;
  }

  /** The link's quality may have changed (or the subscriber just connected): follow it with the SDK's audio-only fallback. */
  qualityChanged(): void {
    this.meter.settle();
    this.quality = streamQuality(this.ctx, this.host.record);
    this.follow();
  }

  /** Every level tick: `qualityScoreChanged` each `qualityScoreIntervalMs` when the scores changed, as the SDK. */
  tick(): void {
    const interval = this.ctx.options.qualityScoreIntervalMs;
    const now = Date.now();
    if (interval <= 0 || !this.host.receiving() || now - this.lastScoresAt < interval) return;
    this.lastScoresAt = now;
    const { record } = this.host;
    const profile = LINK_PROFILES[this.quality];
    const qualityScore: { audioQualityScore?: number; videoQualityScore?: number } = {};
    if (record.hasAudio && this.host.audioWanted()) qualityScore.audioQualityScore = profile.audioScore;
    // Paused video still has its (frameless) receiver: the SDK scores frame rate 0 as 1.
    if (record.hasVideo && (this.paused || this.host.videoWanted())) qualityScore.videoQualityScore = this.paused ? 1 : profile.videoScore;
    const key = JSON.stringify(qualityScore);
    if (key === this.lastScores) return;
    this.lastScores = key;
    if (Object.keys(qualityScore).length > 0) this.host.emit('qualityScoreChanged', { qualityScore });
  }

  /** The SDK's subscriber stats: cumulative counters since subscribing. */
  stats(): OTSubscriberStats {
    const timestamp = this.meter.settle();
    const { record } = this.host;
    const flowing = this.host.receiving() && this.videoFlowing();
    return {
      timestamp,
      audio: incoming(this.meter.audio),
      video: {
        ...incoming(this.meter.video),
        frameRate: flowing ? Math.round(record.frameRate * LINK_PROFILES[this.quality].frameRateShare) : 0,
        width: record.videoDimensions.width,
        height: record.videoDimensions.height,
      } as OTSubscriberStats['video'],
    };
  }

  private videoFlowing(): boolean {
    return this.host.videoWanted() && this.host.record.hasVideo && !this.paused;
  }

  private follow(): void {
    const { host } = this;
    if (!host.connected()) return;
    // The SDK's default: subscriber audio fallback for every stream but screen shares.
    const fallback = host.record.subscriberAudioFallback ?? host.record.videoType !== 'screen';
    if (this.quality === 'poor' && !this.paused && fallback && host.videoWanted() && host.record.hasVideo) {
      this.paused = true;
      host.applyEnabled();
      host.emit('videoDisableWarning');
      host.emit('videoDisabled', { reason: 'quality' });
    } else if (this.quality !== 'poor' && this.paused) {
      this.paused = false;
      host.applyEnabled();
      host.emit('videoEnabled', { reason: 'quality' });
      host.emit('videoDisableWarningLifted');
    }
  }
}

/** What a publisher's link needs to know of, and tell, its publisher. */
export interface PublisherLinkHost {
  /** Whether the publisher asked for `audioFallback.publisher`. */
  publisherFallback(): boolean;
  /** The published stream's record, or null while not published. */
  record(): StreamRecord | null;
  emit(type: string, payload?: object): void;
}

/** A publisher's uplink: counters per publication, and the publisher audio fallback (`audioFallback.publisher`). */
export class PublisherLink {
  /** Video turned off by the publisher audio fallback. */
  paused = false;
  private quality: NetworkQuality;
  private meter: TrafficMeter | null = null;
  private metered: StreamRecord | null = null;

  constructor(
    private readonly ctx: SimContext,
    private readonly host: PublisherLinkHost,
  ) {
    this.quality = ctx.localNetworkQuality;
  }

  /** The SDK's routed-session publisher stats: one entry, without `connectionId`; `[]` while not published. */
  stats(): OTPublisherStatsContainer[] {
    const record = this.current();
    if (!record || !this.meter) return [];
    const timestamp = this.meter.settle();
    const frameRate = record.hasVideo && !this.paused ? Math.round(record.frameRate * LINK_PROFILES[this.quality].frameRateShare) : 0;
    return [{ stats: { timestamp, audio: outgoing(this.meter.audio), video: { ...outgoing(this.meter.video), frameRate } } }];
  }

  /** The local uplink's quality may have changed (or the stream was just published). */
  qualityChanged(): void {
    this.current();
    this.meter?.settle();
    this.quality = this.ctx.localNetworkQuality;
    if (!this.metered || !this.host.publisherFallback()) return;
    if (this.quality === 'poor' && !this.paused && this.metered.hasVideo) {
      this.paused = true;
      this.host.emit('videoDisableWarning');
      this.host.emit('videoDisabled', { reason: 'quality' });
    } else if (this.quality !== 'poor' && this.paused) {
      // Straight from suspended to active video: the SDK sends no `videoDisableWarningLifted` then.
      this.paused = false;
      this.host.emit('videoEnabled', { reason: 'quality' });
    }
  }

  /** The published record; counters restart with each publication. */
  private current(): StreamRecord | null {
    const record = this.host.record();
    if (record !== this.metered) {
      this.metered = record;
      this.paused = false;
      this.meter = record
        ? new TrafficMeter(() => ({ quality: this.quality, audio: record.hasAudio, video: record.hasVideo && !this.paused }))
        : null;
    }
    return record;
  }
}

function incoming(counter: TrackCounter): { packetsReceived: number; packetsLost: number; bytesReceived: number } {
  return { packetsReceived: counter.received, packetsLost: counter.lost, bytesReceived: counter.bytes };
}

function outgoing(counter: TrackCounter): { packetsSent: number; packetsLost: number; bytesSent: number } {
  return { packetsSent: counter.packets, packetsLost: counter.lost, bytesSent: counter.bytes };
}
