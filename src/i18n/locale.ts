import type { ErrorStrings } from './error-strings.js';
import type { VideoRoomStrings } from './strings.js';

/** A bundled translation: every text and every error sentence (a missing one is a type error). */
export type LocaleStrings = Omit<VideoRoomStrings, 'errors'> & { errors: ErrorStrings };

// One chunk per language: a page fetches only the one it asks for. English is built in.
const translations = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
} satisfies Record<string, () => Promise<{ strings: LocaleStrings }>>;

/** The bundled languages, by primary language subtag. */
export type LocaleCode = 'en' | keyof typeof translations;

/** The language an element asks for: its own `lang`, else the nearest one above it, else the browser's. */
export function requestedLanguage(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? shadowHost(node)) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return globalThis.navigator?.language ?? '';
}

/** Inside another component's shadow root, `lang` is inherited from its host. */
function shadowHost(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The bundled locale for a language tag, by its primary subtag (`pt-BR` → `pt`); English otherwise. */
export function matchLocale(tag: string): LocaleCode {
  const primary = tag.split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(translations, primary) ? (primary as LocaleCode) : 'en';
}

/** A locale's texts, fetched on first use; English is built in (undefined). */
export async function loadLocale(code: LocaleCode): Promise<LocaleStrings | undefined> {
  return code === 'en' ? undefined : (await translations[code]()).strings;
}

/** Arabic is written right to left. */
export function textDirection(code: LocaleCode): 'ltr' | 'rtl' {
  return code === 'ar' ? 'rtl' : 'ltr';
}
