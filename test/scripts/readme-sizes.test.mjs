// The README's sizes: its table is the measured one, and sizes quoted in prose are table figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readmeSizeProblems, sizeTable } from '../../scripts/readme-sizes.mjs';

const build = {
  preJoin: 20_480,
  rows: [
    { file: 'dist/video-room.js', raw: 60_000, gzip: 20_480, when: 'before join' },
    { file: 'dist/chunks/call-AbCdEf12.js', raw: 40_000, gzip: 12_186, when: 'on join or on use' },
  ],
};
const table = sizeTable(build);
const readme = (prose, body = table) => `# x\n\n${prose}\n\n<!-- sizes:start -->\n${body}\n<!-- sizes:end -->\n`;

test('the table names chunks without their hash and totals what loads before join', () => {
  assert.match(table, /\| \*\*before join\*\* \(`video-room`\) \| \*\*20\.0 KB\*\*/);
  assert.match(table, /\| `call` \| 11\.9 KB \| 39\.1 KB \| on join or on use \|/);
});

test('a README that quotes measured sizes and budgets passes', () => {
  assert.deepEqual(readmeSizeProblems(readme('20.0 KB before joining (budget 25 KB); the call is 12 KB.'), table), []);
});

test('a stale table and an invented size are both reported', () => {
  const problems = readmeSizeProblems(readme('Only 19.5 KB before joining.', table.replace('11.9 KB', '11.0 KB')), table);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /stale/);
  assert.match(problems[1], /"19\.5 KB" \(line 3\)/);
});

test('the README has the size table markers', () => {
  const text = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(text.includes('<!-- sizes:start -->') && text.includes('<!-- sizes:end -->'));
});
