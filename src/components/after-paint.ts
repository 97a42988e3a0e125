/** Longest wait for a frame: a page in a background tab gets none, and must still go on. */
const FALLBACK_MS = 1_000;

/** Whether the page is still waiting for its first text or image to reach the screen. */
function firstContentfulPaintPending(): boolean {
  return (
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint') &&
    performance.getEntriesByName('first-contentful-paint').length === 0
  );
}

/**
 * Runs `callback` once the next frame has been painted, or after FALLBACK_MS where no frame comes.
 * A first `requestAnimationFrame` runs before that frame is drawn; a second runs at the start of
 * the frame after it. On a page's first paint that frame may still be on its way to the screen
 * (rastered and drawn off the main thread): then the callback waits for the first contentful paint
 * to be reported, so that what it starts never competes with the page's first picture. Returns a
 * function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  const run = () => {
    cancel();
    callback();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run);
  };
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      if (!firstContentfulPaintPending()) return soon();
      // A `first-paint` without text or image may come first: only the contentful one counts.
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) soon();
      });
      observer.observe({ type: 'paint' });
    });
  });
  timer = setTimeout(run, FALLBACK_MS);
  function cancel() {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    observer?.disconnect();
  }
  return cancel;
}
