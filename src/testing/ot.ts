/** The simulator's `OT` namespace: the entry points of the real SDK, backed by the simulated cloud. */
import type { OTCallback, OTEvent, OTNamespace, PublisherProperties } from '../sdk/types.js';
import type { SimContext } from './context.js';
import { Emitter } from './emitter.js';
import { titleForCode } from './errors.js';
import { createEvent } from './event.js';
import { SimPublisher } from './publisher.js';
import { SimSession } from './session.js';

/** `OT.on('exception')` events: errors the SDK also reports globally. */
export type ExceptionEvent = OTEvent<'exception', object> & {
  code: number | undefined;
  message: string;
  title: string;
  error?: unknown;
};

export interface OTEventMap {
  exception: ExceptionEvent;
}

/** A device as `OT.getDevices` lists it. */
export interface SimDevice {
  kind: 'audioInput' | 'videoInput';
  deviceId: string;
  label: string;
}

/** What `OT.checkScreenSharingCapability` reports. */
export interface ScreenSharingCapability {
  supported: boolean;
  extensionRequired?: string;
  extensionInstalled?: boolean;
  extensionRegistered?: boolean;
  supportedSources: { screen: boolean; window: boolean; application: boolean; browser: boolean };
}

export class SimOT extends Emitter<OTEventMap> implements OTNamespace {
  /** Like the real SDK's version, marked as the simulator. */
  readonly version = '2.35.2-sim';

  /** @internal Created by `createSimulator`. */
  constructor(private readonly ctx: SimContext) {
    super(ctx.listeners);
    ctx.reportException = (target, error) => {
      this._emit(
        createEvent('exception', target, {
          code: error.code,
          message: error.message,
          title: titleForCode(error.code),
          error,
        }),
      );
    };
  }

  /** A plain summary, so the namespace can be serialised. */
  toJSON(): object {
    return { type: 'OT', version: this.version };
  }

  /** Creates a Session for `sessionId`; Sessions with the same ID meet in one simulated room. */
  initSession(applicationIdOrApiKey: string, sessionId: string, options?: object): SimSession {
    this.ctx.record('OT', 'initSession', [applicationIdOrApiKey, sessionId, options]);
    const session = new SimSession(this.ctx, applicationIdOrApiKey, sessionId);
    this.ctx.sessions.add(session);
    return session;
  }

  /**
   * Creates a Publisher and starts getting camera/microphone media. Returns at once; the callback
   * gets `undefined` when media is ready or the error (`OT_USER_MEDIA_ACCESS_DENIED`,
   * `OT_HARDWARE_UNAVAILABLE`, `OT_NO_DEVICES_FOUND`, … all with code 1500).
   */
  initPublisher(
    target?: HTMLElement | string | PublisherProperties | OTCallback,
    properties?: PublisherProperties | OTCallback,
    callback?: OTCallback,
  ): SimPublisher {
    this.ctx.record('OT', 'initPublisher', [target, properties, callback]);
    // The SDK's optional-argument shuffling.
    if (typeof target === 'string' && typeof document !== 'undefined' && !document.getElementById(target)) {
      target = properties;
      properties = callback;
      callback = undefined;
    }
    if (typeof target === 'function') {
      callback = target;
      target = undefined;
      properties = undefined;
    } else if (target && typeof target === 'object' && !isElement(target)) {
      callback = properties as OTCallback | undefined;
      properties = target;
      target = undefined;
    }
    if (typeof properties === 'function') {
      callback = properties;
      properties = undefined;
    }
    return new SimPublisher(this.ctx, target, properties ?? {}, callback);
  }

  /** 1: the browser is supported. */
  checkSystemRequirements(): number {
    this.ctx.record('OT', 'checkSystemRequirements', []);
    return 1;
  }

  /** Lists cameras and microphones from `navigator.mediaDevices.enumerateDevices()`. */
  getDevices(callback?: (error: Error | undefined, devices?: SimDevice[]) => void): Promise<SimDevice[]> {
    this.ctx.record('OT', 'getDevices', [callback]);
    const devices = (async () => {
      const all = await navigator.mediaDevices.enumerateDevices();
      return all
        .filter((device) => device.kind === 'audioinput' || device.kind === 'videoinput')
        .map((device) => ({
          kind: device.kind === 'audioinput' ? ('audioInput' as const) : ('videoInput' as const),
          deviceId: device.deviceId,
          label: device.label,
        }));
    })();
    devices.then(
      (list) => callback?.(undefined, list),
      (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error))),
    );
    return devices;
  }

  /** Screen sharing is supported wherever `getDisplayMedia` exists; no extension is needed. */
  checkScreenSharingCapability(callback?: (response: ScreenSharingCapability) => void): Promise<ScreenSharingCapability> {
    this.ctx.record('OT', 'checkScreenSharingCapability', [callback]);
    const supported = typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
    const response: ScreenSharingCapability = {
      supported,
      supportedSources: { screen: supported, window: supported, application: false, browser: supported },
    };
    callback?.(response);
    return Promise.resolve(response);
  }

  /** False unless a test calls `sim.setMediaProcessorSupport(true)`; filters are then recorded, not drawn. */
  hasMediaProcessorSupport(): boolean {
    this.ctx.record('OT', 'hasMediaProcessorSupport', []);
    return this.ctx.mediaProcessorSupport;
  }

  /** Lifts a block set by `sim.blockAudio()`: every subscriber emits `audioUnblocked`. */
  unblockAudio(): Promise<void> {
    this.ctx.record('OT', 'unblockAudio', []);
    if (this.ctx.audioBlocked) {
      this.ctx.audioBlocked = false;
      for (const subscriber of this.ctx.subscribers) subscriber._setAudioBlocked(false);
    }
    return Promise.resolve();
  }

  /** The speakers, from `enumerateDevices()` (`audiooutput`). */
  async getAudioOutputDevices(): Promise<Array<{ deviceId: string; label: string }>> {
    this.ctx.record('OT', 'getAudioOutputDevices', []);
    const all = await navigator.mediaDevices.enumerateDevices();
    return all.filter((device) => device.kind === 'audiooutput').map((device) => ({ deviceId: device.deviceId, label: device.label }));
  }

  /** Chooses the speaker for every subscriber (recorded; the real SDK calls `setSinkId`). */
  async setAudioOutputDevice(deviceId: string): Promise<void> {
    this.ctx.record('OT', 'setAudioOutputDevice', [deviceId]);
    this.ctx.audioOutputDeviceId = deviceId;
  }

  /** The speaker chosen last, or null for the default. */
  async getActiveAudioOutputDevice(): Promise<{ deviceId: string | null; label: string | null }> {
    return { deviceId: this.ctx.audioOutputDeviceId, label: null };
  }

  /** Recorded only. */
  setLogLevel(level: number): void {
    this.ctx.record('OT', 'setLogLevel', [level]);
  }

  /** Recorded only. */
  upgradeSystemRequirements(): void {
    this.ctx.record('OT', 'upgradeSystemRequirements', []);
  }
}

function isElement(value: unknown): value is HTMLElement {
  return typeof HTMLElement !== 'undefined' && value instanceof HTMLElement;
}
