import type { OTCallback, OTEmitter, OTError } from './types.js';

/** Adds an SDK event handler and returns the function that removes it again. */
export function listen<EventMap, K extends keyof EventMap & string>(
  emitter: OTEmitter<EventMap>,
  type: K,
  handler: (event: EventMap[K]) => void,
): () => void {
  emitter.on(type, handler);
  return () => emitter.off(type, handler);
}

/** Runs an SDK method that reports through a Node-style callback, as a Promise. */
export function viaCallback(start: (callback: OTCallback) => unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const result = start((error?: OTError | null) => (error ? reject(error) : resolve()));
      // Newer SDKs also return a Promise that rejects with the same error: the callback has it.
      if (result && typeof (result as PromiseLike<unknown>).then === 'function') (result as Promise<unknown>).catch(() => undefined);
    } catch (error) {
      reject(error);
    }
  });
}
