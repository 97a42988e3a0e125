import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes once a menu has opened or closed: an item, its checked item, its button, or nowhere. */
export type MenuFocus = 'first' | 'last' | 'checked' | 'button' | 'none';

/** Opens or closes a menu, then moves focus (see MenuController.toggle). */
export type MenuToggle = (open: boolean, focus?: MenuFocus) => void;

const itemSelector = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';

/** The button that opens the menu named `name` (part `control <name>`). */
export const menuButtonSelector = (name: string) => `button[part~="control"][part~="${name}"]`;
/** The menu named `name` itself (part `<name>-menu`). */
export const menuSelector = (name: string) => `[part~="${name}-menu"]`;

/**
 * A menu's state and side effects for the element that renders it (the More menu, the layout
 * menu): whether it is open, closing it on a pointer press anywhere else, and moving focus into it
 * and back to its button. The menu button has the part `control <name>`, the menu `<name>-menu`,
 * both in the host's shadow root. The document listener exists only while the menu is open (and
 * never after the host is disconnected).
 *
 * ```ts
 * private readonly more = new MenuController(this, 'more');
 * // in render():
 * renderControlBar({ controls, width, moreOpen: this.more.open, text }, { toggleMore: this.more.toggle });
 * ```
 */
export class MenuController implements ReactiveController {
  /** Whether the menu is open; read it when rendering. */
  open = false;
  private document: Document | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
  ) {
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
  readonly toggle: MenuToggle = (open, focus = open ? 'first' : 'none') => {
    if (!this.host.isConnected) open = false;
    if (open !== this.open) {
      this.open = open;
      if (open) this.listen();
      else this.unlisten();
      this.host.requestUpdate();
    }
    if (focus !== 'none') void this.host.updateComplete.then(() => this.focus(focus, open));
  };

  hostUpdated(): void {
    // Its control moved into More (the element shrank) or the bar is gone: the menu cannot stay open.
    if (this.open && !this.find(menuSelector(this.name))) {
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
    const menu = this.find(menuSelector(this.name));
    const button = this.find(menuButtonSelector(this.name));
    // The button's own click toggles the menu; closing here would reopen it on click.
    if ((menu && path.includes(menu)) || (button && path.includes(button))) return;
    this.toggle(false, 'none');
  };

  private focus(focus: MenuFocus, open: boolean): void {
    if (open !== this.open) return; // superseded by a later toggle
    if (focus === 'button') {
      this.find(menuButtonSelector(this.name))?.focus();
      return;
    }
    if (!open) return;
    const items = menuItems(this.find(menuSelector(this.name)));
    const checked = focus === 'checked' ? items.find((item) => item.getAttribute('aria-checked') === 'true') : undefined;
    (checked ?? (focus === 'last' ? items[items.length - 1] : items[0]))?.focus();
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
 * Keyboard handling inside an open menu (the WAI-ARIA menu button pattern): arrows move and wrap,
 * Home/End jump, Escape closes and returns focus to the menu's button, Tab closes and lets focus move on.
 */
export function menuKeydown(event: KeyboardEvent, toggle: MenuToggle): void {
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
      toggle(false, 'button');
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

/**
 * Keys on a menu button itself: ArrowDown opens the menu at `openAt` (its first item, or the
 * checked one of a choice menu), ArrowUp at the last item, Escape closes it. Enter and Space
 * click the button, whose handler opens at `openAt` too.
 */
export function menuButtonKeydown(event: KeyboardEvent, open: boolean, toggle: MenuToggle, openAt: MenuFocus = 'first'): void {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    toggle(true, event.key === 'ArrowUp' ? 'last' : openAt);
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();
    event.stopPropagation();
    toggle(false, 'button');
  }
}
