import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isInCall, type RoomStatus } from '../../room/state.js';

/** What a shortcut does. */
export type ShortcutCommand = 'microphone' | 'camera' | 'chat';

/** A shortcut as `aria-keyshortcuts` spells it and as a tooltip shows it. */
export interface KeyShortcut {
  /** `aria-keyshortcuts` value: `Control+D`, `Meta+D`. */
  readonly aria: string;
  /** For people: `Ctrl+D`, `⌘D`. */
  readonly hint: string;
}

interface Combo {
  letter: string;
  /** The platform's command key (Ctrl, or ⌘ on Apple devices) and, for chat, a second modifier. */
  alt?: boolean;
  control?: boolean;
}

// Google Meet's combinations: people who use one call app already know them. None of them types a
// character, and the browser's own use of them (Ctrl+D bookmark, Ctrl+E search) is replaced only
// while a call is on.
const others: Record<ShortcutCommand, Combo> = { microphone: { letter: 'D' }, camera: { letter: 'E' }, chat: { letter: 'C', alt: true } };
// ⌘⌥C opens the browser's inspector on macOS: Meet uses ⌃⌘C there.
const apple: Record<ShortcutCommand, Combo> = { microphone: { letter: 'D' }, camera: { letter: 'E' }, chat: { letter: 'C', control: true } };

/** Apple keyboards put the command key where others put Ctrl. */
export function isApplePlatform(nav: Navigator = navigator): boolean {
  const platform = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? nav.platform ?? '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** The names keyboards print on the modifier keys, in the element's language. */
export interface KeyNames {
  controlKey: string;
  altKey: string;
}

/** Each command's shortcut on this platform. */
export function keyShortcuts(appleKeys: boolean, keys: KeyNames): Record<ShortcutCommand, KeyShortcut> {
  const combos = appleKeys ? apple : others;
  const describe = ({ letter, alt, control }: Combo): KeyShortcut =>
    appleKeys
      ? { aria: `${control ? 'Control+' : ''}Meta+${letter}`, hint: `${control ? '⌃' : ''}⌘${letter}` }
      : { aria: `Control+${alt ? 'Alt+' : ''}${letter}`, hint: `${keys.controlKey}+${alt ? `${keys.altKey}+` : ''}${letter}` };
  return { microphone: describe(combos.microphone), camera: describe(combos.camera), chat: describe(combos.chat) };
}

/**
 * The command a key press asks for, if any. The letter is the one the layout types (so Dvorak and
 * AZERTY users press the key labelled D), or, on layouts without Latin letters, the key in that
 * position. AltGr (which Windows reports as Ctrl+Alt) types characters and is never a shortcut.
 */
export function shortcutCommand(event: KeyboardEvent, appleKeys: boolean): ShortcutCommand | undefined {
  if (event.shiftKey || event.getModifierState?.('AltGraph')) return undefined;
  const command = appleKeys ? event.metaKey : event.ctrlKey;
  const other = appleKeys ? event.ctrlKey : event.metaKey;
  if (!command) return undefined;
  const letter = /^[a-z]$/i.test(event.key) ? event.key.toUpperCase() : /^Key[A-Z]$/.test(event.code) ? event.code.slice(3) : '';
  const combos = appleKeys ? apple : others;
  return (Object.keys(combos) as ShortcutCommand[]).find((name) => {
    const combo = combos[name];
    return combo.letter === letter && Boolean(combo.alt) === event.altKey && Boolean(combo.control) === other;
  });
}

/** Typing belongs to the field: no shortcut reacts while one outside `<video-room>` has focus. */
function isTextField(node: EventTarget | undefined): boolean {
  if (!(node instanceof HTMLElement)) return false;
  if (node.isContentEditable || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return true;
  return node instanceof HTMLInputElement && !['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit'].includes(node.type);
}

/** What the shortcuts need from `<video-room>`. */
export interface ShortcutHost extends ReactiveControllerHost, HTMLElement {
  readonly state: RoomStatus;
  readonly noShortcuts: boolean;
}

/** What each command does right now; a missing one (chat with `no-chat`) leaves the key to the browser. */
export type ShortcutHandlers = () => Partial<Record<ShortcutCommand, () => void>>;

/** Rooms whose shortcuts are live on their page, in the order their calls started. */
const live: HTMLElement[] = [];

/**
 * The element's keyboard shortcuts (toggle microphone, toggle camera, open or close the chat): a
 * `keydown` listener on its document from the moment a call starts until it ends or the element
 * leaves the page, never with `no-shortcuts`. With several rooms on a page one reacts: the one
 * holding focus, else the one whose call started last.
 */
export class KeyboardShortcuts implements ReactiveController {
  readonly appleKeys = isApplePlatform();
  private described: { keys: KeyNames; shortcuts: Record<ShortcutCommand, KeyShortcut> } | undefined;
  private document: Document | undefined;

  constructor(
    private readonly host: ShortcutHost,
    private readonly handlers: ShortcutHandlers,
  ) {
    host.addController(this);
  }

  /** Each command's shortcut as the controls show it, with the key names of the element's language. */
  shortcuts(keys: KeyNames): Record<ShortcutCommand, KeyShortcut> {
    if (this.described?.keys.controlKey !== keys.controlKey || this.described.keys.altKey !== keys.altKey) {
      this.described = { keys: { controlKey: keys.controlKey, altKey: keys.altKey }, shortcuts: keyShortcuts(this.appleKeys, keys) };
    }
    return this.described.shortcuts;
  }

  /** Whether the listener is installed (a call is on and shortcuts are allowed). */
  get listening(): boolean {
    return this.document !== undefined;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private sync(): void {
    const wanted = this.host.isConnected && !this.host.noShortcuts && isInCall(this.host.state);
    if (wanted) this.start();
    else this.stop();
  }

  private start(): void {
    if (this.document) return;
    this.document = this.host.ownerDocument;
    this.document.addEventListener('keydown', this.onKeydown);
    live.push(this.host);
  }

  private stop(): void {
    this.document?.removeEventListener('keydown', this.onKeydown);
    this.document = undefined;
    const index = live.indexOf(this.host);
    if (index >= 0) live.splice(index, 1);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    const command = shortcutCommand(event, this.appleKeys);
    const run = command && this.handlers()[command];
    if (!run || chosenRoom(event) !== this.host) return;
    event.preventDefault();
    // Holding the keys down would flip the microphone on and off many times a second.
    if (!event.repeat) run();
  };
}

/** The room a shortcut is for: the one holding focus, none while a field elsewhere has it, else the latest call. */
function chosenRoom(event: KeyboardEvent): HTMLElement | undefined {
  const path = event.composedPath();
  const focused = live.find((room) => path.includes(room));
  if (focused) return focused;
  return isTextField(path[0]) ? undefined : live[live.length - 1];
}
