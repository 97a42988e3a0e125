// Prints raw and gzip sizes of the builds and fails when what a page loads before joining
// (the entry plus every chunk it pulls in, except the SDK chunk) exceeds the budget.
import { relative } from 'node:path';
import { DIST, PRE_JOIN_BUDGET, kb, measureBuild } from './build-sizes.mjs';

let build;
try {
  build = measureBuild();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log('file'.padEnd(42), 'raw'.padStart(10), 'gzip'.padStart(10), '  loaded');
for (const row of build.rows) {
  console.log(relative(DIST, row.file).padEnd(42), kb(row.raw).padStart(10), kb(row.gzip).padStart(10), ' ', row.when);
}
const within = build.preJoin <= PRE_JOIN_BUDGET;
console.log(`\nBefore join: ${kb(build.preJoin)} gzip (${build.preJoin} bytes), budget ${kb(PRE_JOIN_BUDGET)}: ${within ? 'within' : 'OVER'} budget.`);
if (!within) process.exit(1);
