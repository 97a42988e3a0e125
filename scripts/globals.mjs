// Global names for ESLint's no-undef in plain JavaScript files, taken from the tools at hand: the
// browser's from TypeScript's DOM declarations, Node's from the running Node itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const toGlobals = (names) => Object.fromEntries([...new Set(names)].map((name) => [name, 'readonly']));

/** Every `declare var` / `declare function` of lib.dom.d.ts: window, document, fetch, HTMLElement… */
export function browserGlobals() {
  const dom = readFileSync(require.resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
  return toGlobals([...dom.matchAll(/^declare (?:var|function) ([A-Za-z_$][\w$]*)/gm)].map((match) => match[1]));
}

/** What Node's global object holds (process, Buffer, fetch, setTimeout…). */
export function nodeGlobals() {
  return toGlobals(Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)));
}
