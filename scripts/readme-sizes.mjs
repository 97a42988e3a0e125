// Keeps the sizes the README quotes equal to what `npm run size` measures:
//   node scripts/readme-sizes.mjs --write   regenerates the table between the `sizes` markers
//   node scripts/readme-sizes.mjs --check   fails when that table is stale, or when a size quoted
//                                           anywhere else in the README (`N KB`) is none of the
//                                           table's figures (at the precision quoted) nor a budget
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRE_JOIN_BUDGET, chunkName, kb, measureBuild } from './build-sizes.mjs';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';
const BUDGETS_KB = [PRE_JOIN_BUDGET / 1024];

/** The README's size table for this build. */
export function sizeTable({ rows, preJoin }) {
  const lines = ['| what | gzip | raw | loaded |', '|---|---|---|---|'];
  const beforeJoin = rows.filter((row) => row.when === 'before join');
  lines.push(`| **before join** (${beforeJoin.map((row) => `\`${chunkName(row.file)}\``).join(' + ')}) | **${kb(preJoin)}** | ${kb(beforeJoin.reduce((sum, row) => sum + row.raw, 0))} | first render |`);
  for (const row of rows.filter((candidate) => candidate.when !== 'before join')) {
    lines.push(`| \`${chunkName(row.file)}\` | ${kb(row.gzip)} | ${kb(row.raw)} | ${row.when} |`);
  }
  return lines.join('\n');
}

/** Problems of `readme` against `table`: a stale table, or quoted sizes that are not measured ones. */
export function readmeSizeProblems(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return [`README.md has no ${START} … ${END} table`];
  const problems = [];
  if (readme.slice(start + START.length, end).trim() !== table.trim()) problems.push('the size table is stale: run `node scripts/readme-sizes.mjs --write`');
  const measured = [...table.matchAll(/(\d+\.\d) KB/g)].map((match) => Number(match[1]));
  for (const match of readme.matchAll(/(\d+(?:\.(\d+))?) KB/g)) {
    if (match.index > start && match.index < end) continue;
    const quoted = Number(match[1]);
    const decimals = match[2]?.length ?? 0;
    const matches = [...measured, ...BUDGETS_KB].some((value) => Number(value.toFixed(decimals)) === quoted);
    if (!matches) problems.push(`"${match[0]}" (line ${readme.slice(0, match.index).split('\n').length}) is not a size \`npm run size\` prints`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = sizeTable(measureBuild());
  const readme = readFileSync(README, 'utf8');
  if (process.argv.includes('--write')) {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
    writeFileSync(README, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
    console.log('README size table written.');
  } else {
    const problems = readmeSizeProblems(readme, table);
    for (const problem of problems) console.error(`README sizes: ${problem}`);
    if (problems.length) process.exit(1);
    console.log('README sizes match the build.');
  }
}
