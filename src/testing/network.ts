/**
 * Simulated network quality: what a good, fair or poor link carries, and cumulative traffic
 * counters that grow with time at the current quality, as a peer connection's stats do.
 */
import type { StreamRecord } from './cloud.js';
import type { SimContext } from './context.js';

/** The quality of a simulated link (see `Simulator.setNetworkQuality`). */
export type NetworkQuality = 'good' | 'fair' | 'poor';

/** What one link quality carries. Packet loss is spread evenly, so short samples stay close to it. */
export interface LinkProfile {
  /** Share of packets lost, 0..1. */
  readonly loss: number;
  readonly videoBitsPerSecond: number;
  readonly videoPacketsPerSecond: number;
  readonly audioBitsPerSecond: number;
  readonly audioPacketsPerSecond: number;
  /** Share of the stream's frame rate that arrives. */
  readonly frameRateShare: number;
  /** The 1–5 scores the SDK's estimator gives such a link (`qualityScoreChanged`). */
  readonly audioScore: number;
  readonly videoScore: number;
}

/**
 * good: 0.2 % loss, 1.5 Mbps video; fair: 4 % loss, 300 kbps; poor: 15 % loss, 60 kbps.
 * Audio is Opus at 50 packets/s. Scores as the SDK's MOS estimator (rtcscore) would put them.
 */
export const LINK_PROFILES: Readonly<Record<NetworkQuality, LinkProfile>> = {
  good: {
    loss: 0.002,
    videoBitsPerSecond: 1_500_000,
    videoPacketsPerSecond: 150,
    audioBitsPerSecond: 40_000,
    audioPacketsPerSecond: 50,
    frameRateShare: 1,
    audioScore: 4.3,
    videoScore: 4.1,
  },
  fair: {
    loss: 0.04,
    videoBitsPerSecond: 300_000,
    videoPacketsPerSecond: 60,
    audioBitsPerSecond: 32_000,
    audioPacketsPerSecond: 50,
    frameRateShare: 0.8,
    audioScore: 3.8,
    videoScore: 3.1,
  },
  poor: {
    loss: 0.15,
    videoBitsPerSecond: 60_000,
    videoPacketsPerSecond: 25,
    audioBitsPerSecond: 24_000,
    audioPacketsPerSecond: 50,
    frameRateShare: 0.33,
    audioScore: 2.6,
    videoScore: 1.6,
  },
};

/** Throws unless `value` is a network quality the simulator knows. */
export function checkQuality(value: unknown): NetworkQuality {
  if (value === 'good' || value === 'fair' || value === 'poor') return value;
  throw new Error(`[ot-simulator] Unknown network quality ${JSON.stringify(value)}: use 'good', 'fair' or 'poor'`);
}

/**
 * The quality of the link behind a stream: its remote participant's (`setNetworkQuality`) or,
 * for a stream published by a local publisher, the local uplink's (`setLocalNetworkQuality`).
 */
export function streamQuality(ctx: SimContext, record: StreamRecord): NetworkQuality {
  if (record.connection.peer) return ctx.localNetworkQuality;
  return ctx.networkQuality.get(record.connection.connectionId) ?? 'good';
}

/** One track's cumulative counters: whole packets, lost ones spread evenly, bytes. */
export class TrackCounter {
  /** Packets that left the sender (received + lost). */
  packets = 0;
  lost = 0;
  bytes = 0;
  private packetShare = 0;
  private lossShare = 0;
  private byteShare = 0;

  get received(): number {
    return this.packets - this.lost;
  }

  advance(seconds: number, packetsPerSecond: number, bitsPerSecond: number, loss: number): void {
    this.packetShare += seconds * packetsPerSecond;
    const packets = Math.floor(this.packetShare);
    this.packetShare -= packets;
    this.lossShare += packets * loss;
    const lost = Math.floor(this.lossShare);
    this.lossShare -= lost;
    this.packets += packets;
    this.lost += lost;
    this.byteShare += (seconds * bitsPerSecond) / 8;
    const bytes = Math.floor(this.byteShare);
    this.byteShare -= bytes;
    this.bytes += bytes;
  }
}

/** What a link carries right now. */
export interface LinkState {
  quality: NetworkQuality;
  audio: boolean;
  video: boolean;
}

/** The traffic of one media link (a subscriber's downlink or a publisher's uplink) since it started. */
export class TrafficMeter {
  readonly audio = new TrackCounter();
  readonly video = new TrackCounter();
  private last = Date.now();

  constructor(private readonly state: () => LinkState) {}

  /** Counts the traffic up to now at the current state (call before the state changes); returns now. */
  settle(): number {
    const now = Date.now();
    const seconds = Math.max(0, now - this.last) / 1000;
    this.last = now;
    const { quality, audio, video } = this.state();
    const profile = LINK_PROFILES[quality];
    if (audio) this.audio.advance(seconds, profile.audioPacketsPerSecond, profile.audioBitsPerSecond, profile.loss);
    if (video) this.video.advance(seconds, profile.videoPacketsPerSecond, profile.videoBitsPerSecond, profile.loss);
    return now;
  }
}
