// What a user can read or hear in an element, and which English words of ours are among it: for
// the tests that walk every screen in another language.
import { englishStrings } from '../../src/i18n/talk-strings.js';
import type { LocaleStrings } from '../../src/i18n/locale.js';

/** Attributes a user sees or a screen reader says (`data-label` is drawn by CSS on menu items). */
const SPOKEN_ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt', 'data-label'];

/** Every text node and spoken attribute under `root`, through nested shadow roots; styles excluded. */
export function shownTexts(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent!.trim();
      if (value) texts.push(value);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

const MARK = '\u0000';
const trimPunctuation = (text: string) => text.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/** A text's fixed words: a string as it is, a function's output around its arguments ("Pin {name}" → "Pin"). */
function fixedWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'function') return [];
  return String((value as (...args: string[]) => string)(MARK, MARK))
    .split(MARK)
    .map(trimPunctuation)
    .filter((part) => part.length >= 3);
}

/** The English words of our strings that `locale` words differently (so they must not show in it). */
export function englishOnlyWords(locale: LocaleStrings): string[] {
  const words = new Set<string>();
  for (const [key, english] of Object.entries(englishStrings)) {
    if (key === 'chatTime') continue; // a clock, not words
    const own = fixedWords((locale as unknown as Record<string, unknown>)[key]).join('\n');
    for (const word of fixedWords(english)) if (!own.includes(word)) words.add(word);
  }
  return [...words];
}

/** Whether `phrase` occurs in `text` as whole words ("Send" is not in "Senden"). */
function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/** "“Mute” in “Mute Grace”" for each English phrase found in a shown text. */
export function englishLeaks(texts: readonly string[], words: readonly string[]): string[] {
  return texts.flatMap((text) => words.filter((word) => containsWords(text, word)).map((word) => `“${word}” in “${text}”`));
}
