import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes once the More menu has opened or closed. */
export type MenuFocus = 'first' | 'last' | 'more' | 'none';

/** The selectors the controller and the render module agree on (both live in the host's shadow root). */
export const moreButtonSelector = 'button[part~="control"][part~="more"]';
export const moreMenuSelector = '[part~="more-menu"]';
const itemSelector = '[role="menuitem"], [role="menuitemcheckbox"]';

/**
 * The More menu's state and side effects for the element that renders the control bar: whether it
 * is open, closing it on a pointer press anywhere else, and moving focus into it and back to the
 * More button. The document listener exists only while the menu is open (and never after the host
 * is disconnected).
 *
 * ```ts
 * private readonly more = new MoreMenuController(this);
 * // in render():
 * renderControlBar({ controls, width, moreOpen: this.more.open, text }, this.more);
 * ```
 */
export class MoreMenuController implements ReactiveController {
  /** Whether the menu is open; read it when rendering. */
  open = false;
  private document: Document | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the outside-press listener is installed (only while open). */
  get listening(): boolean {
    return this.document !== undefined;
  }

  /**
   * Opens or closes the menu, re-renders the host and then moves focus: by default into the first
   * item when opening, nowhere when closing (a press outside must not pull focus back).
   */
  readonly toggle = (open: boolean, focus: MenuFocus = open ? 'first' : 'none'): void => {
    if (!this.host.isConnected) open = false;
    if (open !== this.open) {
      this.open = open;
      if (open) this.listen();
      else this.unlisten();
      this.host.requestUpdate();
    }
    if (focus !== 'none') void this.host.updateComplete.then(() => this.focus(focus, open));
  };

  /** The ControlBarActions shape, so the controller itself can be passed to renderControlBar. */
  toggleMore(open: boolean, focus?: MenuFocus): void {
    this.toggle(open, focus);
  }

  hostUpdated(): void {
    // Nothing overflows any more (the element grew) or the bar is gone: the menu cannot stay open.
    if (this.open && !this.find(moreMenuSelector)) {
      this.open = false;
      this.unlisten();
    }
  }

  hostDisconnected(): void {
    this.open = false;
    this.unlisten();
  }

  private listen(): void {
    if (this.document) return;
    this.document = this.host.ownerDocument;
    // Capture phase, so a page that stops propagation still lets the menu close.
    this.document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  private unlisten(): void {
    this.document?.removeEventListener('pointerdown', this.onPointerDown, true);
    this.document = undefined;
  }

  private readonly onPointerDown = (event: Event): void => {
    const path = event.composedPath();
    const menu = this.find(moreMenuSelector);
    const button = this.find(moreButtonSelector);
    // The More button's own click toggles the menu; closing here would reopen it on click.
    if ((menu && path.includes(menu)) || (button && path.includes(button))) return;
    this.toggle(false, 'none');
  };

  private focus(focus: MenuFocus, open: boolean): void {
    if (open !== this.open) return; // superseded by a later toggle
    if (focus === 'more') {
      this.find(moreButtonSelector)?.focus();
      return;
    }
    if (!open) return;
    const items = menuItems(this.find(moreMenuSelector));
    (focus === 'last' ? items[items.length - 1] : items[0])?.focus();
  }

  private find(selector: string): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
  }
}

function menuItems(menu: Element | null): HTMLElement[] {
  if (!menu) return [];
  return [...menu.querySelectorAll<HTMLElement>(itemSelector)].filter((item) => !item.hasAttribute('disabled'));
}

/**
 * Keyboard handling inside the open menu (the WAI-ARIA menu button pattern): arrows move and wrap,
 * Home/End jump, Escape closes and returns focus to More, Tab closes and lets focus move on.
 */
export function menuKeydown(event: KeyboardEvent, toggle: (open: boolean, focus?: MenuFocus) => void): void {
  const menu = event.currentTarget as HTMLElement;
  const items = menuItems(menu);
  const current = items.findIndex((item) => item === (event.target as Element).closest?.(itemSelector));
  let next: number | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = (current + 1) % items.length;
      break;
    case 'ArrowUp':
      next = current <= 0 ? items.length - 1 : current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    case 'Escape':
      event.preventDefault();
      event.stopPropagation();
      toggle(false, 'more');
      return;
    case 'Tab':
      toggle(false, 'none');
      return;
    default:
      return;
  }
  event.preventDefault();
  items[next]?.focus();
}

/** Keys on the More button itself: arrows open the menu (ArrowUp at the last item), Escape closes it. */
export function moreButtonKeydown(event: KeyboardEvent, open: boolean, toggle: (open: boolean, focus?: MenuFocus) => void): void {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    toggle(true, event.key === 'ArrowUp' ? 'last' : 'first');
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();
    event.stopPropagation();
    toggle(false, 'more');
  }
}
