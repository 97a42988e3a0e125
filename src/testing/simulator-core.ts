/**
 * The simulator's state, inspection and lifecycle: one simulated cloud with its OT namespace.
 * `Simulator` (simulator.ts) adds the controls.
 */
import { SimContext, type SimCall, type SubscriberReport } from './context.js';
import { SimOT } from './ot.js';
import type { Participant, SimulatedParticipant } from './participant.js';
import type { SimSession } from './session.js';

/** Options of `createSimulator()`. */
export interface SimulatorOptions {
  /** How often subscribers (and publishers) emit `audioLevelUpdated`, in ms. Default 60, as the SDK. */
  audioLevelIntervalMs?: number;
  /**
   * How often subscribers may emit `qualityScoreChanged` (only when the scores changed), in ms.
   * Default 2000, as SDK 2.35; 0 never emits it, like SDKs without the event.
   */
  qualityScoreIntervalMs?: number;
}

export class SimulatorCore {
  /** The OT-compatible namespace; pass it as `sdk` or install it as `window.OT`. */
  readonly OT: SimOT;
  /** @internal */
  protected readonly ctx: SimContext;
  /** @internal Remote participants by connection ID. */
  protected readonly roster = new Map<string, Participant>();
  /** @internal */
  protected participantsAdded = 0;
  private restoreGlobal: (() => void) | null = null;

  constructor(options: SimulatorOptions = {}) {
    this.ctx = new SimContext({ audioLevelIntervalMs: options.audioLevelIntervalMs ?? 60, qualityScoreIntervalMs: options.qualityScoreIntervalMs ?? 2000 });
    this.OT = new SimOT(this.ctx);
  }

  /**
   * Every SDK method call made on simulator objects, in order (event methods `on`/`once`/`off`
   * excluded). Trailing callbacks are left out of `args`; a `connect` token is recorded as `'[token]'`.
   */
  get calls(): SimCall[] {
    return this.ctx.calls;
  }

  /** Remote participants currently in the simulated cloud. */
  participants(): SimulatedParticipant[] {
    return [...this.roster.values()];
  }

  // ---- Inspection ----

  /** Local sessions that are connecting, connected or disconnecting. */
  sessions(): SimSession[] {
    return [...this.ctx.sessions].filter((session) => session.currentState !== 'disconnected');
  }

  /**
   * Handlers registered with `on`/`once` (not removed with `off`, not yet fired-once) on every
   * emitter the simulator created: the OT namespace, sessions, publishers and subscribers. A
   * session keeps its handlers after disconnecting, so an app that cleans up brings this to 0.
   * (Like the SDK, destroyed publishers and subscribers drop their own handlers.)
   */
  liveListeners(): number {
    return this.ctx.listeners.count();
  }

  /** Every live subscriber and what it currently asks for (video on or off, resolution, frame rate). */
  subscribers(): SubscriberReport[] {
    return [...this.ctx.subscribers].map((subscriber) => subscriber._report());
  }

  /**
   * MediaStreamTracks the simulator obtained or created (publishers' camera/microphone tracks,
   * tracks passed to a publisher as `audioSource`/`videoSource`, black placeholder tracks,
   * subscribers' clones) that are still live — excluding the source tracks of remote
   * participants still in the room. 0 after every session disconnected and every publisher was
   * destroyed, even with participants left.
   */
  liveTracks(): number {
    return this.ctx.tracks.live();
  }

  /** Pending timeouts and running intervals of the simulator (drawing loops of remote media included). */
  liveTimers(): number {
    return this.ctx.timers.size;
  }

  // ---- Lifecycle ----

  /**
   * Back to a clean state, without events: sessions are dropped, publishers and subscribers
   * stopped, participants removed, all media, timers and handlers (OT's included) released,
   * recorded calls, failure settings, archives and mute states cleared. The OT namespace stays usable.
   */
  reset(): void {
    for (const session of this.ctx.sessions) session._discard();
    this.ctx.sessions.clear();
    for (const publisher of [...this.ctx.publishers]) publisher._discard();
    this.ctx.publishers.clear();
    for (const participant of this.roster.values()) participant.dispose();
    this.roster.clear();
    this.participantsAdded = 0;
    this.ctx.cloud.clear();
    this.ctx.timers.clearAll();
    this.ctx.tracks.stopAll();
    this.ctx.audio.close();
    this.ctx.listeners.clear();
    this.OT.off();
    this.ctx.listeners.add(this.OT);
    this.ctx.calls.length = 0;
    this.ctx.archives.clear();
    this.ctx.moderation.clear();
    this.ctx.pendingConnectError = null;
    this.ctx.pendingSignalError = null;
    this.ctx.mediaDenial = null;
    this.ctx.networkDown = false;
    this.ctx.networkQuality.clear();
    this.ctx.localNetworkQuality = 'good';
    this.ctx.connectDelay = 20;
  }

  /** `reset()` and `uninstall()`. */
  dispose(): void {
    this.reset();
    this.uninstall();
  }

  /** @internal Sets `globalThis.OT` (see `installSimulator`). */
  _install(): void {
    if (this.restoreGlobal) return;
    const global = globalThis as { OT?: unknown };
    const had = Object.prototype.hasOwnProperty.call(global, 'OT');
    const previous = global.OT;
    global.OT = this.OT;
    this.restoreGlobal = () => {
      if (global.OT !== this.OT) return;
      if (had) global.OT = previous;
      else delete global.OT;
    };
  }

  /** Removes `window.OT` again if `installSimulator` set it (restoring any previous value). */
  uninstall(): void {
    this.restoreGlobal?.();
    this.restoreGlobal = null;
  }
  protected participant(connectionId: string): Participant {
    const participant = this.roster.get(connectionId);
    if (!participant) throw new Error(`[ot-simulator] No participant with connection ID "${connectionId}"`);
    return participant;
  }
}
