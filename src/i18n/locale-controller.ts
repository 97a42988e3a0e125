import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocale, matchLocale, requestedLanguage, textDirection, type LocaleCode, type LocaleStrings } from './locale.js';
import type { VideoRoomStrings } from './strings.js';

/** How long the first render waits for its locale before showing English (a slow or failing fetch). */
const FIRST_RENDER_WAIT_MS = 1500;

/**
 * The element's language: resolved on connection and again whenever `lang` changes on the element
 * or above it (or the browser's language changes); that locale's chunk is fetched and the texts
 * shown until now stay until it has arrived.
 */
export class LocaleController implements ReactiveController {
  /** The locale shown. */
  code: LocaleCode = 'en';
  /** Its texts; undefined for English, which is built in. */
  strings: LocaleStrings | undefined;
  /** While the first locale loads: the first render waits for it (at most FIRST_RENDER_WAIT_MS). */
  pending: Promise<void> | undefined;
  private wanted: LocaleCode = 'en';
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean }) {
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return textDirection(this.code);
  }

  /** The texts to show: `english`, this locale's over it, the host's `overrides` over both (error sentences merged too). */
  texts(english: VideoRoomStrings, overrides: Partial<VideoRoomStrings>): VideoRoomStrings {
    const errors = { ...this.strings?.errors, ...overrides.errors };
    return { ...english, ...this.strings, ...overrides, errors };
  }

  hostConnected(): void {
    this.observer = new MutationObserver(this.resolve);
    this.observer.observe(this.host, { attributeFilter: ['lang'] });
    this.observer.observe(this.host.ownerDocument.documentElement, { attributeFilter: ['lang'], subtree: true });
    addEventListener('languagechange', this.resolve);
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    removeEventListener('languagechange', this.resolve);
  }

  private readonly resolve = (): void => {
    const wanted = matchLocale(requestedLanguage(this.host));
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    const loading = loadLocale(wanted).then(
      (strings) => {
        if (this.wanted !== wanted) return; // asked for another language meanwhile
        this.code = wanted;
        this.strings = strings;
        this.host.requestUpdate();
      },
      () => {
        this.wanted = this.code; // not loaded: stay in the current language; a later change retries
      },
    );
    if (!this.host.hasUpdated) this.pending = boundedWait(loading);
  };
}

function boundedWait(loading: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_RENDER_WAIT_MS)));
  return Promise.race([loading, timeout]).finally(() => clearTimeout(timer));
}
