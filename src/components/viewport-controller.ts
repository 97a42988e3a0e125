import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows which of the host's tiles are scrolled out of the viewport (for example a tall element in
 * a scrolling page), so their video need not be received. Re-renders the host when that changes.
 */
export class ViewportController implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private readonly observed = new Map<Element, string>();
  private readonly outside = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The elements to watch after each render, each with its key. */
    private readonly targets: () => Iterable<[Element, string]>,
  ) {
    host.addController(this);
  }

  /** Whether the tile with `key` is known to be outside the viewport. */
  isOutside(key: string): boolean {
    return this.outside.has(key);
  }

  hostConnected(): void {
    this.observer = new IntersectionObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = this.observed.get(entry.target);
        if (key === undefined) continue;
        const wasOutside = this.outside.has(key);
        if (entry.isIntersecting === wasOutside) {
          changed = true;
          if (entry.isIntersecting) this.outside.delete(key);
          else this.outside.add(key);
        }
      }
      if (changed) this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    if (!this.observer) return;
    const current = new Map(this.targets());
    for (const [element, key] of this.observed) {
      if (current.get(element) === key) continue;
      this.observer.unobserve(element);
      this.observed.delete(element);
      this.outside.delete(key);
    }
    for (const [element, key] of current) {
      if (this.observed.has(element)) continue;
      this.observed.set(element, key);
      this.observer.observe(element);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
    this.outside.clear();
  }
}
