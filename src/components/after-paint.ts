/** Longest wait for a frame: a page in a background tab gets none, and must still go on. */
const FALLBACK_MS = 200;

/**
 * Runs `callback` once the next frame has been painted (a task after `requestAnimationFrame`),
 * or after FALLBACK_MS where no frame comes. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(run);
  });
  timer = setTimeout(run, FALLBACK_MS);
  function cancel() {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return cancel;
}
