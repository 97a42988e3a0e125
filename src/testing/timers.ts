/** Every timeout and interval the simulator starts, so `reset()` can prove none is left running. */
export class Timers {
  private readonly timeouts = new Set<ReturnType<typeof setTimeout>>();
  private readonly intervals = new Set<ReturnType<typeof setInterval>>();

  /** Runs `fn` once after `ms`; returns a cancel function. */
  timeout(fn: () => void, ms = 0): () => void {
    const handle = setTimeout(() => {
      this.timeouts.delete(handle);
      fn();
    }, ms);
    this.timeouts.add(handle);
    return () => {
      clearTimeout(handle);
      this.timeouts.delete(handle);
    };
  }

  /** Runs `fn` every `ms`; returns a cancel function. */
  interval(fn: () => void, ms: number): () => void {
    const handle = setInterval(fn, ms);
    this.intervals.add(handle);
    return () => {
      clearInterval(handle);
      this.intervals.delete(handle);
    };
  }

  /** Number of pending timeouts plus running intervals. */
  get size(): number {
    return this.timeouts.size + this.intervals.size;
  }

  clearAll(): void {
    for (const handle of this.timeouts) clearTimeout(handle);
    for (const handle of this.intervals) clearInterval(handle);
    this.timeouts.clear();
    this.intervals.clear();
  }
}
