// Which built files a page loads before the user joins; shared by `npm run size` and the bench.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const isSdkChunk = (file) => file.includes('bundled-sdk');

/**
 * What a page loads before the user joins: the entry with everything it imports statically, and
 * the chunks that this start-up code imports dynamically (the element), with their static imports.
 * Chunks imported dynamically from there on (the call, the in-call view, the settings panel, the
 * SDK) load on join or on use.
 */
export function preJoinFiles(entry) {
  const seen = new Set();
  const visit = (file, followDynamic) => {
    if (seen.has(file) || isSdkChunk(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']|import\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), match[1] ?? match[2]), followDynamic);
    }
    if (!followDynamic) return;
    for (const match of code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) visit(resolve(dirname(file), match[1]), false);
  };
  visit(entry, true);
  return [...seen];
}

