import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { ariaState } from '../aria.js';
import { moreIcon } from '../call-icons.js';
import type { Icon } from '../icons.js';
import { menuButtonKeydown, menuKeydown, type MenuToggle } from './menu.js';

/** One control of the call bar; the caller builds the list each render from the room's state. */
export interface ControlSpec {
  /** The control's name, also its part: `control <name>` (`mic`, `camera`, `chat`, `leave`, …). */
  name: string;
  /** Accessible name and tooltip. */
  label: string;
  icon: Icon;
  /** May return a Promise; its rejection is swallowed (the room reports failures itself). */
  action: () => unknown;
  /** Present for toggles: `aria-pressed` in the bar, `aria-checked` in the More menu. */
  pressed?: boolean;
  /** Present for panel and popup openers: `aria-expanded`. */
  expanded?: boolean;
  /** Unread count; shown above 0 (as 99+ above 99). The caller puts the count into `label`. */
  badge?: number;
  /** A number shown next to the icon (the people count); the caller puts it into `label`. */
  count?: number;
  /** `danger` leave, `off` a device turned off (red, crossed icon), `active` a panel open or sharing on. */
  tone?: 'danger' | 'off' | 'active';
  /** Lower numbers stay in the bar longest. */
  priority: number;
  /** A keyboard shortcut: `aria-keyshortcuts` (`Control+D`), and `hint` (`Ctrl+D`) shown in the tooltip. */
  shortcut?: { aria: string; hint: string };
  /** Never moves into More; mic, camera and leave are pinned whatever this says. */
  pinned?: boolean;
  /**
   * A control choosing one of a few options (the layout): in the bar a menu button (`expanded`
   * says whether its menu, part `<name>-menu`, is open; `action` opens or closes it) whose menu
   * holds the choices as radio items; in More the choices themselves, as a group of radio items.
   */
  menu?: ControlMenu;
}

/** One option of a choice control: part `control <name>`, `role="menuitemradio"`. */
export interface ControlChoice {
  name: string;
  label: string;
  icon: Icon;
  checked: boolean;
  action: () => unknown;
}

export interface ControlMenu {
  choices: readonly ControlChoice[];
  /** Opens or closes the control's own menu (a MenuController's `toggle`). */
  toggle: MenuToggle;
}

export interface ControlBarModel {
  controls: readonly ControlSpec[];
  /** The bar's width in CSS pixels; 0 (not measured yet) shows every control. */
  width: number;
  moreOpen: boolean;
  text: VideoRoomStrings;
  /** Rendered inside the bar, after everything else: popups anchored to it, such as the reaction picker. */
  popup?: unknown;
}

export interface ControlBarActions {
  /** Opens or closes the More menu and then moves focus (see MenuController.toggle). */
  toggleMore: MenuToggle;
}

/** Geometry shared with controls.styles.ts: keep both in step. */
export const controlMetrics = {
  /** A round control. */
  size: 44,
  /** The leave (danger) control is a wider pill. */
  wide: 56,
  /** A control showing a count next to its icon. */
  withCount: 64,
  gap: 8,
  /** Left and right padding of the bar, each. */
  padding: 8,
} as const;

const alwaysPinned = new Set(['mic', 'camera', 'leave']);

const isPinned = (control: ControlSpec) => control.pinned === true || alwaysPinned.has(control.name);

function controlWidth(control: ControlSpec): number {
  if (control.tone === 'danger') return controlMetrics.wide;
  if (control.count !== undefined) return controlMetrics.withCount;
  return controlMetrics.size;
}

function rowWidth(controls: readonly ControlSpec[]): number {
  if (controls.length === 0) return 0;
  return controls.reduce((sum, control) => sum + controlWidth(control), 0) + (controls.length - 1) * controlMetrics.gap;
}

/**
 * Which controls fit in a bar `width` pixels wide and which go into the More menu. The least
 * important (highest `priority`; the later one on a tie) move first, never a pinned one; both lists
 * keep the given order. A width of 0 or less, or not a number, means not measured yet: all fit.
 */
export function splitControls(controls: readonly ControlSpec[], width: number): { bar: ControlSpec[]; overflow: ControlSpec[] } {
  const all = [...controls];
  const available = width - 2 * controlMetrics.padding;
  if (!(width > 0) || !Number.isFinite(width) || rowWidth(all) <= available) return { bar: all, overflow: [] };
  const budget = available - controlMetrics.size - controlMetrics.gap; // the More button's room
  const candidates = all
    .map((control, index) => ({ control, index }))
    .filter(({ control }) => !isPinned(control))
    .sort((a, b) => b.control.priority - a.control.priority || b.index - a.index);
  const moved = new Set<ControlSpec>();
  let used = rowWidth(all);
  for (const { control } of candidates) {
    if (used <= budget) break;
    moved.add(control);
    used -= controlWidth(control) + controlMetrics.gap;
  }
  return { bar: all.filter((control) => !moved.has(control)), overflow: all.filter((control) => moved.has(control)) };
}

/**
 * The call's control bar: the controls that fit, in order, then a More button (with its menu)
 * just before a trailing leave control when the rest do not fit. Rendered into the host's shadow
 * root; pair it with a MenuController on the host for More (and one for each choice control).
 */
export function renderControlBar(model: ControlBarModel, actions: ControlBarActions): TemplateResult {
  const { bar, overflow } = splitControls(model.controls, model.width);
  const last = bar[bar.length - 1];
  const trailing = overflow.length > 0 && last?.tone === 'danger' ? 1 : 0;
  const lead = bar.slice(0, bar.length - trailing);
  const tail = bar.slice(bar.length - trailing);
  return html`<div part="controls" class="controls" role="toolbar" aria-label=${model.text.controlsLabel}>
    <slot name="controls-start"></slot>
    ${repeat(lead, (control) => control.name, barButton)}
    ${overflow.length > 0 ? renderMore(model, overflow, actions) : nothing}
    ${repeat(tail, (control) => control.name, barButton)}
    <slot name="controls-end"></slot>
    ${model.popup ?? nothing}
  </div>`;
}

function run(action: () => unknown): void {
  const result = action();
  if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(undefined, () => undefined);
}

const toneClasses = (control: ControlSpec) => ({
  'tone-danger': control.tone === 'danger',
  'tone-off': control.tone === 'off',
  'tone-active': control.tone === 'active',
});

const badgeText = (count: number) => (count > 99 ? '99+' : String(count));

function badge(count: number | undefined) {
  return count && count > 0 ? html`<span part="badge" class="badge" aria-hidden="true">${badgeText(count)}</span>` : nothing;
}

/** The name, and the shortcut where there is one: "Microphone (Ctrl+D)". */
function tooltip(control: ControlSpec): string {
  return control.shortcut ? `${control.label} (${control.shortcut.hint})` : control.label;
}

/**
 * Drawn from `data-count` by CSS rather than as text: the label ("People (3)") already says it, and
 * a visible "3" that axe cannot find in the name (it drops parentheticals) fails label-in-name.
 */
const countText = (count: number) => (count > 999 ? '999+' : String(count));

function barButton(control: ControlSpec) {
  if (control.menu) return choiceMenuButton(control, control.menu);
  const withCount = control.count !== undefined;
  return html`<button
    part="control ${control.name}"
    type="button"
    class="control ${classMap({ ...toneClasses(control), 'with-count': withCount })}"
    aria-label=${control.label}
    title=${tooltip(control)}
    aria-keyshortcuts=${control.shortcut?.aria ?? nothing}
    aria-pressed=${ifDefined(ariaState(control.pressed))}
    aria-expanded=${ifDefined(ariaState(control.expanded))}
    @click=${() => run(control.action)}
  >
    ${control.icon}${withCount ? html`<span class="count" data-count=${countText(control.count!)} aria-hidden="true"></span>` : nothing}${badge(control.badge)}
  </button>`;
}

/** Unread counts hidden in the menu still show, as a dot on More and in its name. */
function overflowUnread(overflow: readonly ControlSpec[]): number {
  return overflow.reduce((sum, control) => sum + (control.badge && control.badge > 0 ? control.badge : 0), 0);
}

function renderMore(model: ControlBarModel, overflow: readonly ControlSpec[], actions: ControlBarActions) {
  const { text, moreOpen: open } = model;
  const unread = overflowUnread(overflow);
  const label = unread > 0 ? `${text.more}, ${text.unreadMessages(unread)}` : text.more;
  const toggle = actions.toggleMore;
  const choose = (action: () => unknown) => {
    // Closing first: the action may re-render the bar (or throw) and the menu must not stay open.
    if (open) toggle(false, 'button');
    run(action);
  };
  // The menu stays in the DOM while closed (hidden), so each control's button always exists once.
  return html`<button
      part="control more"
      type="button"
      class="control ${classMap({ 'tone-active': open })}"
      aria-label=${label}
      title=${text.more}
      aria-haspopup="menu"
      aria-expanded=${ariaState(open)}
      aria-controls="vr-more-menu"
      @click=${() => toggle(!open, open ? 'none' : 'first')}
      @keydown=${(event: KeyboardEvent) => menuButtonKeydown(event, open, toggle)}
    >
      ${moreIcon}${unread > 0 ? html`<span part="more-badge" class="dot" aria-hidden="true"></span>` : nothing}
    </button>
    <div
      id="vr-more-menu"
      role="menu"
      part="more-menu"
      class="menu more-menu"
      aria-label=${text.more}
      ?hidden=${!open}
      @keydown=${(event: KeyboardEvent) => menuKeydown(event, toggle)}
    >
      ${repeat(overflow, (control) => control.name, (control) => menuItem(control, choose))}
    </div>`;
}

/**
 * The visible label is drawn from `data-label` by CSS, like the count: it repeats `aria-label`,
 * and as text next to a numeric badge ("Chat, 4 unread" + "4") it would fail axe's label-in-name.
 */
function menuItem(control: ControlSpec, choose: (action: () => unknown) => void) {
  if (control.menu) {
    return html`<div role="group" class="menu-group" aria-label=${control.label}>
      ${control.menu.choices.map((choice) => choiceItem(choice, choose))}
    </div>`;
  }
  const checkable = control.pressed !== undefined;
  return html`<button
    part="control ${control.name}"
    type="button"
    role=${checkable ? 'menuitemcheckbox' : 'menuitem'}
    tabindex="-1"
    class="menu-item ${classMap(toneClasses(control))}"
    aria-label=${control.label}
    title=${tooltip(control)}
    aria-keyshortcuts=${control.shortcut?.aria ?? nothing}
    aria-checked=${ifDefined(ariaState(control.pressed))}
    aria-expanded=${ifDefined(ariaState(control.expanded))}
    @click=${() => choose(control.action)}
  >
    ${control.icon}<span class="menu-label" data-label=${control.label}></span>${badge(control.badge)}
  </button>`;
}

function choiceItem(choice: ControlChoice, choose: (action: () => unknown) => void) {
  return html`<button
    part="control ${choice.name}"
    type="button"
    role="menuitemradio"
    tabindex="-1"
    class="menu-item"
    aria-label=${choice.label}
    title=${choice.label}
    aria-checked=${ariaState(choice.checked)}
    @click=${() => choose(choice.action)}
  >
    ${choice.icon}<span class="menu-label" data-label=${choice.label}></span>
  </button>`;
}

/** A choice control in the bar: its button, and its menu just above it (hidden while closed, so it exists once). */
function choiceMenuButton(control: ControlSpec, menu: ControlMenu) {
  const open = control.expanded === true;
  const id = `vr-${control.name}-menu`;
  const choose = (action: () => unknown) => {
    if (open) menu.toggle(false, 'button');
    run(action);
  };
  return html`<span class="menu-anchor">
    <button
      part="control ${control.name}"
      type="button"
      class="control ${classMap({ ...toneClasses(control), 'tone-active': open })}"
      aria-label=${control.label}
      title=${tooltip(control)}
      aria-haspopup="menu"
      aria-expanded=${ariaState(open)}
      aria-controls=${id}
      @click=${() => run(control.action)}
      @keydown=${(event: KeyboardEvent) => menuButtonKeydown(event, open, menu.toggle, 'checked')}
    >
      ${control.icon}
    </button>
    <div
      id=${id}
      role="menu"
      part="${control.name}-menu"
      class="menu choice-menu"
      aria-label=${control.label}
      ?hidden=${!open}
      @keydown=${(event: KeyboardEvent) => menuKeydown(event, menu.toggle)}
    >
      ${menu.choices.map((choice) => choiceItem(choice, choose))}
    </div>
  </span>`;
}
