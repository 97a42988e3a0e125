/** State shared by every object of one simulator instance. */
import { Archives } from './archives.js';
import { SharedAudio } from './audio.js';
import { Cloud } from './cloud.js';
import { ListenerRegistry } from './emitter.js';
import type { ConnectErrorCode, SimOTError } from './errors.js';
import { Moderation } from './moderation.js';
import type { NetworkQuality } from './network.js';
import type { SimPublisher } from './publisher.js';
import type { SimSession } from './session.js';
import type { SimSubscriber } from './subscriber.js';
import { Timers } from './timers.js';
import { TrackRegistry } from './tracks.js';

/** One recorded SDK method call. */
export interface SimCall {
  target: 'OT' | 'session' | 'publisher' | 'subscriber';
  method: string;
  /** The call's arguments without trailing callbacks; a `connect` token is recorded as `'[token]'`. */
  args: unknown[];
  /** For subscriber calls: the stream subscribed to, so tests can tell subscribers apart. */
  streamId?: string;
}

/** What a live subscriber currently asks for, as the element's video-quality rules set it. */
export interface SubscriberReport {
  streamId: string;
  subscribeToVideo: boolean;
  subscribeToAudio: boolean;
  /** What `isSubscribedToCaptions()` answers. */
  subscribeToCaptions: boolean;
  preferredResolution: { width: number; height: number } | null;
  preferredFrameRate: number | null;
}

/** What a live publisher sends now (`Simulator.publishers()`). */
export interface PublisherReport {
  /** The publisher's `id`. */
  id: string;
  /** Its stream while published, else null. */
  streamId: string | null;
  /** The session it publishes (or is publishing) to, else null. */
  sessionId: string | null;
  publishAudio: boolean;
  publishVideo: boolean;
  /** Whether it was created with `publishCaptions: true` (or `publishCaptions(true)` was called since). */
  publishCaptions: boolean;
}

export type MediaDenial = 'denied' | 'unavailable' | null;

export interface SimOptions {
  audioLevelIntervalMs: number;
  /** How often subscribers may emit `qualityScoreChanged`; 0: never. */
  qualityScoreIntervalMs: number;
}

/** Delay of simulated server round trips (publish, subscribe, signal). */
export const LATENCY_MS = 5;

export class SimContext {
  readonly listeners = new ListenerRegistry();
  readonly timers = new Timers();
  readonly tracks = new TrackRegistry();
  readonly audio = new SharedAudio();
  readonly cloud = new Cloud();
  readonly calls: SimCall[] = [];
  /** Running archives (`startArchive`). */
  readonly archives = new Archives(this);
  /** Moderators' actions and the rooms' mute-on-entry state. */
  readonly moderation = new Moderation(this);
  /** Every session created through `initSession`, connected or not. */
  readonly sessions = new Set<SimSession>();
  /** Every publisher not yet destroyed. */
  readonly publishers = new Set<SimPublisher>();
  /** Every subscriber not yet destroyed. */
  readonly subscribers = new Set<SimSubscriber>();
  connectDelay = 20;
  pendingConnectError: ConnectErrorCode | null = null;
  /** Set by `failNextSignal()`: the error the next local `session.signal()` that reaches the server gets. */
  pendingSignalError: SimOTError | null = null;
  mediaDenial: MediaDenial = null;
  /** What `OT.hasMediaProcessorSupport()` answers (background effects, noise suppression). */
  mediaProcessorSupport = false;
  /** Set by `blockAudio()` until `OT.unblockAudio()`: the browser's autoplay policy is blocking sound. */
  audioBlocked = false;
  /** The speaker chosen with `OT.setAudioOutputDevice`. */
  audioOutputDeviceId: string | null = null;
  /** Remote participants' link quality by connection ID (`setNetworkQuality`); unset: good. */
  readonly networkQuality = new Map<string, NetworkQuality>();
  /** The local client's uplink (`setLocalNetworkQuality`). */
  localNetworkQuality: NetworkQuality = 'good';
  /** Between dropNetwork() and restoreNetwork(): connects fail with 1006. */
  networkDown = false;
  /** Dispatches an `exception` event on the OT namespace (set by the namespace). */
  reportException: (target: object, error: { message: string; code?: number }) => void = () => undefined;
  /** Removes a simulated participant with `reason`; false when there is none with that ID (set by the simulator). */
  removeParticipant: (connectionId: string, reason: string) => boolean = () => false;

  constructor(readonly options: SimOptions) {}

  record(target: SimCall['target'], method: string, args: unknown[], streamId?: string): void {
    const kept = [...args];
    // Callbacks are noise in assertions; drop trailing ones.
    while (kept.length > 0 && typeof kept[kept.length - 1] === 'function') kept.pop();
    while (kept.length > 0 && kept[kept.length - 1] === undefined) kept.pop();
    this.calls.push(streamId === undefined ? { target, method, args: kept } : { target, method, args: kept, streamId });
  }
}
