/** Unique, random-looking ids like the real SDK's UUIDs. */
let fallbackCounter = 0;

export function newId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // Only hit on very old runtimes; uniqueness is all the simulator needs.
  fallbackCounter += 1;
  return `sim-${Date.now().toString(36)}-${fallbackCounter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
