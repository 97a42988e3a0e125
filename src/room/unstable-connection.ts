import type { OTPublisher } from '../sdk/types.js';
import { NetworkQualityWatcher, type NetworkQualityLevel, type NetworkQualityOptions, type NetworkQualityUpdate, type WatcherTimers } from './network-quality.js';

export interface UnstableConnectionUpdate extends NetworkQualityUpdate {
  /** The link has been poor for `unstableAfterMs` without a break. */
  unstable: boolean;
}

export interface UnstableConnectionOptions extends NetworkQualityOptions {
  /** Continuous `'poor'` for this long (ms; default 5000) makes the connection unstable. */
  unstableAfterMs?: number;
}

/**
 * For the local publisher: its quality, plus `unstable: true` after `unstableAfterMs` of
 * continuous `'poor'` (video paused for quality counts as poor), false again once it is fair or good.
 */
export class UnstableConnectionWatcher {
  private readonly watcher: NetworkQualityWatcher;
  private readonly timers: WatcherTimers;
  private readonly afterMs: number;
  private last: NetworkQualityUpdate | null = null;
  private isUnstable = false;
  private timer: unknown = null;
  private disposed = false;

  constructor(
    publisher: OTPublisher,
    private readonly onChange: (update: UnstableConnectionUpdate) => void,
    options: UnstableConnectionOptions = {},
  ) {
    this.afterMs = Math.max(0, options.unstableAfterMs ?? 5000);
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.watcher = new NetworkQualityWatcher(publisher, (update) => this.follow(update), { ...options, timers: this.timers });
  }

  get unstable(): boolean {
    return this.isUnstable;
  }

  get quality(): NetworkQualityLevel | null {
    return this.watcher.quality;
  }

  get videoPaused(): boolean {
    return this.watcher.videoPaused;
  }

  /** Removes every listener and timer. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearTimer();
    this.watcher.dispose();
  }

  private follow(update: NetworkQualityUpdate): void {
    this.last = update;
    if (update.quality !== 'poor') {
      this.clearTimer();
      this.isUnstable = false;
    } else if (!this.isUnstable && this.timer === null) {
      this.timer = this.timers.setTimeout(() => {
        this.timer = null;
        if (this.disposed || this.last?.quality !== 'poor') return;
        this.isUnstable = true;
        this.emit();
      }, this.afterMs);
    }
    this.emit();
  }

  private emit(): void {
    if (this.last && !this.disposed) this.onChange({ ...this.last, unstable: this.isUnstable });
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
