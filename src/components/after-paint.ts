/** Longest wait for a frame: a page in a background tab gets none, and must still go on. */
const FALLBACK_MS = 200;

/**
 * Runs `callback` once the next frame has been painted, or after FALLBACK_MS where no frame comes.
 * A first `requestAnimationFrame` runs before that frame is drawn; a second runs at the start of
 * the frame after it, when the first has gone to the screen: the callback is a task after that,
 * so its work never holds back the frame it waited for. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancel();
    callback();
  };
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(run);
    });
  });
  timer = setTimeout(run, FALLBACK_MS);
  function cancel() {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return cancel;
}
