/** Longest wait for the frame: a page hidden while it loads gets none. */
const FALLBACK_MS = 100;

/**
 * While an ES module entry runs at the end of parsing (before `DOMContentLoaded`), resolves in the
 * page's first animation frame, where a render still reaches that frame's paint; undefined
 * otherwise. Rendered before `DOMContentLoaded`, the join screen's name field is read by the
 * browser's autofill scan at that event, in the task before the first frame (traced at 4× CPU:
 * about 5 ms); rendered in the frame, the field is found later, after the paint.
 */
export function firstFrameOfPage(): Promise<void> | undefined {
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (document.readyState !== 'interactive' || !navigation || navigation.domContentLoadedEventStart > 0 || document.hidden) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(done);
    const timer = setTimeout(done, FALLBACK_MS);
  });
}
