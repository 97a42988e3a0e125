/**
 * When to try again after the session was lost for network reasons: 1, 2, 4, 8, 16 s (then 16 s)
 * with ±20 % jitter, so clients that lost the same network do not all come back at once; while
 * the browser says it is offline, the next try waits for `online`. Framework-free.
 */
export function rejoinDelay(attempt: number, random: () => number = Math.random): number {
  const base = 1000 * 2 ** Math.min(attempt, 4);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Calls `tryOnce` until it resolves or `timeoutMs` has passed; resolves true when a try
 * succeeded, false when it gave up or `signal` aborted. Every timer and listener is released.
 */
export async function keepRejoining(tryOnce: () => Promise<void>, timeoutMs: number, signal: AbortSignal): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (let attempt = 0; !signal.aborted; attempt += 1) {
    const delay = rejoinDelay(attempt);
    if (performance.now() + delay > deadline) return false;
    if (!(await wait(delay, signal)) || !(await whenOnline(deadline, signal))) return false;
    try {
      await tryOnce();
      return !signal.aborted;
    } catch {
      // A failed try (no token, no connection) counts as one attempt: back off and try again.
    }
  }
  return false;
}

/** Resolves true after `ms`, false as soon as `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (result: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves true once the browser is online (at once if it is), false at the deadline or on abort. */
function whenOnline(deadline: number, signal: AbortSignal): Promise<boolean> {
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (result: boolean) => {
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onOnline = () => done(true);
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(false), Math.max(0, deadline - performance.now()));
    window.addEventListener('online', onOnline);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
