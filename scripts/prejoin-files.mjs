// Which built files a page loads before the user joins; shared by `npm run size` and the bench.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** The SDK: the vendor file and the small chunk that runs it with a script element. */
export const isSdkChunk = (file) => /^(module-sdk-.*|opentok\.min)\.js$/.test(basename(file));

/**
 * What a page loads before the user joins: the entry, which defines the element, and every
 * chunk it imports statically, transitively. Dynamic imports (the call, the in-call view, the
 * settings panel, the locales, the SDK) load on join or on use, or, for a locale, only on pages
 * in that language.
 */
export function preJoinFiles(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']|import\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), match[1] ?? match[2]));
    }
  };
  visit(entry);
  return [...seen];
}
