import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box size of one element of the host's shadow DOM and re-renders the host when
 * it changes while its render reads the size. The observer lives from the first element to observe
 * until the host is disconnected.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null | undefined,
    /** Whether the host's render reads the size now: otherwise a change is kept, not rendered. */
    private readonly inUse: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The observed element comes and goes with the host's state (stage only while in a call).
    const element = this.target() ?? undefined;
    if (element === this.observed) return;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = element;
    // Made for the first element to observe: none for a stage that has not been shown yet.
    if (element) (this.observer ??= this.observe()).observe(element);
  }

  private observe(): ResizeObserver {
    return new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      if (!this.inUse()) return;
      // Re-render in the next frame, not inside the observer's delivery: a render that moves
      // layout there makes the browser report a "ResizeObserver loop" error to the page.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
