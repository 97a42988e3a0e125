// What the built files weigh, grouped by when a page loads them; shared by `npm run size` and the
// README's size table (scripts/readme-sizes.mjs), so both always quote the same measurement.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSdkChunk, preJoinFiles } from './prejoin-files.mjs';

export const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
export const PRE_JOIN_BUDGET = 25 * 1024;

const measure = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};

/** A chunk's name without its content hash: `chunks/call-Ab12.js` → `call`. */
export const chunkName = (file) => relative(DIST, file).replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

/**
 * Every built script with its raw and gzip size and when it loads; `preJoin` is the gzip total of
 * what a page loads before the user joins. Throws when there is no build.
 */
export function measureBuild() {
  const entry = join(DIST, 'video-room.js');
  if (!existsSync(entry)) throw new Error('dist/video-room.js is missing: run `npm run build` first.');
  const beforeJoin = preJoinFiles(entry);
  const rows = beforeJoin.map((file) => ({ file, ...measure(file), when: 'before join' }));
  for (const name of readdirSync(join(DIST, 'chunks'))) {
    const file = join(DIST, 'chunks', name);
    if (!beforeJoin.includes(file)) rows.push({ file, ...measure(file), when: isSdkChunk(file) ? 'on join (SDK)' : 'on join or on use' });
  }
  const others = [['opentok.min.js', 'on join (SDK)'], ['react.js', 'React apps (with the entry)'], ['video-room.classic.js', 'classic script'], ['testing.classic.js', 'tests only (classic script)'], ['testing.js', 'tests only']];
  for (const [name, when] of others) {
    if (existsSync(join(DIST, name))) rows.push({ file: join(DIST, name), ...measure(join(DIST, name)), when });
  }
  const preJoin = rows.filter((row) => row.when === 'before join').reduce((sum, row) => sum + row.gzip, 0);
  return { rows, preJoin };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
