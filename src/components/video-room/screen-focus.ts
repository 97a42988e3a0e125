import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoomStatus } from '../../room/state.js';

export type Screen = 'join' | 'call' | 'left' | 'error';

/** What `<video-room>` shows: a join from the join screen keeps that screen up until connected. */
export function screenOf(status: RoomStatus, joiningFromScreen: boolean): Screen {
  if (status === 'idle' || (status === 'joining' && joiningFromScreen)) return 'join';
  return status === 'left' || status === 'error' ? status : 'call';
}

/** Where focus lands on each screen when what held it went away with the previous one. */
const landing: Record<Screen, string> = {
  join: 'button[part~="join"]',
  call: 'button[part~="control"][part~="mic"]',
  left: 'button[part~="rejoin"]',
  error: 'button[part~="retry"]',
};

/** What the controller needs from `<video-room>`. */
export interface ScreenFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly shownScreen: Screen;
}

/**
 * Keeps keyboard focus somewhere sensible when the element swaps what it shows, instead of letting
 * it fall to `<body>`: after Join it lands on the microphone control (once the control bar is
 * there), after Leave on Rejoin, after a failure on Retry; and a focused button that disables
 * itself (Next page on the last page) hands focus to the enabled button beside it. Only focus the
 * element held is moved: focus elsewhere on the page is never taken.
 */
export class ScreenFocus implements ReactiveController {
  private screen: Screen | undefined;
  /** The selector to focus once it renders, while focus is still lost. */
  private pending: string | undefined;
  private focused: Element | null = null;

  constructor(private readonly host: ScreenFocusHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Before rendering: what holds focus now may be gone after.
    this.focused = this.host.shadowRoot?.activeElement ?? null;
    const screen = this.host.shownScreen;
    if (this.screen !== undefined && screen !== this.screen && (this.focused || this.pending)) this.pending = landing[screen];
    this.screen = screen;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    if (this.pending) {
      // The user put focus somewhere themselves in the meantime: leave it there.
      if (!this.focusLost()) this.pending = undefined;
      const target = this.pending ? root.querySelector<HTMLElement>(this.pending) : null;
      if (!target) return;
      this.pending = undefined;
      target.focus();
      return;
    }
    const had = this.focused;
    if (had instanceof HTMLButtonElement && had.disabled && this.focusLost()) {
      had.parentElement?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    }
  }

  private focusLost(): boolean {
    const document = this.host.ownerDocument;
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    // Browsers may leave focus on a button that was disabled or removed inside the shadow root.
    const inner = this.host.shadowRoot?.activeElement;
    return active === this.host && (!inner || !inner.isConnected || (inner instanceof HTMLButtonElement && inner.disabled));
  }
}
