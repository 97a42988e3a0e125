// Prints raw and gzip sizes of the builds and fails when what a page loads before joining
// (the entry plus every chunk it pulls in, except the SDK chunk) exceeds the budget.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSdkChunk, preJoinFiles } from './prejoin-files.mjs';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const PRE_JOIN_BUDGET = 25 * 1024;

if (!existsSync(join(dist, 'video-room.js'))) {
  console.error('dist/video-room.js is missing: run `npm run build` first.');
  process.exit(1);
}

const measure = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every other chunk: loaded on join or on use. */
function lazyChunks(loadedBeforeJoin) {
  return readdirSync(join(dist, 'chunks'))
    .map((name) => join(dist, 'chunks', name))
    .filter((file) => !loadedBeforeJoin.includes(file));
}

const rows = [];
let preJoin = 0;
const beforeJoin = preJoinFiles(join(dist, 'video-room.js'));
for (const file of beforeJoin) {
  const size = measure(file);
  preJoin += size.gzip;
  rows.push([relative(dist, file), size, 'before join']);
}
for (const file of lazyChunks(beforeJoin)) {
  rows.push([relative(dist, file), measure(file), isSdkChunk(file) ? 'on join (SDK)' : 'on join or on use']);
}
for (const name of ['video-room.classic.js', 'testing.js']) {
  if (existsSync(join(dist, name))) rows.push([name, measure(join(dist, name)), name === 'testing.js' ? 'tests only' : 'classic script']);
}

console.log('file'.padEnd(42), 'raw'.padStart(10), 'gzip'.padStart(10), '  loaded');
for (const [name, size, when] of rows) {
  console.log(name.padEnd(42), kb(size.raw).padStart(10), kb(size.gzip).padStart(10), ' ', when);
}
const verdict = preJoin <= PRE_JOIN_BUDGET ? 'within' : 'OVER';
console.log(`\nBefore join: ${kb(preJoin)} gzip (${preJoin} bytes), budget ${kb(PRE_JOIN_BUDGET)}: ${verdict} budget.`);
if (preJoin > PRE_JOIN_BUDGET) process.exit(1);
