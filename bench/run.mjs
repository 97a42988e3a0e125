#!/usr/bin/env node
// `npm run bench`: layout speed in Node, then the built element with the in-page simulator in the
// system Chromium (start-up against a floor page and the bare simulator: bench/first-paint.mjs;
// adding participants, DOM work on mute, video subscriptions against the screen, 200 join/leave
// cycles for leaks: bench/leaks.mjs), then the pre-join script size. Prints a table, writes bench/RESULTS.md, exits 1 when a budget
// fails. Builds first only when dist/ is missing (or with --build).
//
//   node bench/run.mjs [--build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preJoinFiles } from '../scripts/prejoin-files.mjs';
import { VIEWPORT, measureHundred, measureJoinAndMute, measureVideoQuality, startChromium } from './browser.mjs';
import { frameRateChecks, frameRateMarkdown, measureFrameRate } from './frame-rate.mjs';
import { measureStartup, startPaintServer, startupChecks, startupMarkdown } from './first-paint.mjs';
import { leaksMarkdown, measureLeaks } from './leaks.mjs';
import { TILE_COUNTS, measureLayout } from './layout.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const RESULTS_FILE = path.join(ROOT, 'bench', 'RESULTS.md');

const BUDGET = {
  layoutUs: 50,
  longTaskMs: 100,
  pixelRatio: 1.25,
  preJoinBytes: 25 * 1024,
  changeMs: 2,
};
const ADD_PARTICIPANTS = 50;
const ADD_INTERVAL_MS = 75;
const QUALITY_PARTICIPANTS = 24; // + the local participant = 25 tiles
// The engine turns video off 3 s after the page is hidden; Chromium runs the timers of a hidden
// page at most once a second, so that takes 3.0–4.1 s: checked at 4.5 s, the moment it happened reported.
const HIDDEN_MS = 4_500;

const started = Date.now();
const forceBuild = process.argv.includes('--build');

// --- Build (only when needed) ----------------------------------------------------------------------

const ENTRY = path.join(DIST, 'video-room.js');
if (forceBuild || !existsSync(ENTRY) || !existsSync(path.join(DIST, 'testing.js'))) {
  console.log(forceBuild ? 'Building (--build)…' : 'dist/ is missing: building first…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
}

/** The newest modification time under `dir` (files only). */
function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
const builtAt = statSync(ENTRY).mtimeMs;
const staleDist = newestMtime(path.join(ROOT, 'src')) > builtAt;
if (staleDist) console.warn('Warning: src/ changed after dist/ was built; the browser numbers are for the older build (run with --build).\n');

// --- Measurements -----------------------------------------------------------------------------------

const checks = [];
const check = (name, value, budget, pass) => checks.push({ name, value, budget, pass });
const us = (value) => `${value.toFixed(1)} µs`;
const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

console.log('1/4 layout functions in Node…');
const layoutRows = await measureLayout();
for (const arrangement of ['grid', 'speaker']) {
  const row = layoutRows.find((candidate) => candidate.fn === `computeLayout (${arrangement})` && candidate.tiles === 100);
  check(`computeLayout ${arrangement}, 100 tiles (median)`, us(row.medianUs), `≤ ${BUDGET.layoutUs} µs`, row.medianUs <= BUDGET.layoutUs);
}

console.log('2/4 the element in Chromium…');
const server = await startPaintServer();
const baseUrl = server.baseUrl;
const chromium = await startChromium();
let chromiumVersion;
let joinAndMute;
let quality;
let leaks;
let startup;
let frameRate;
let hundred;
try {
  chromiumVersion = chromium.browser.version();
  console.log('   start-up: first paint against the floor, the join screen, Join against the bare simulator…');
  startup = await measureStartup(chromium.context, baseUrl);
  joinAndMute = await measureJoinAndMute(chromium.context, baseUrl, { participants: ADD_PARTICIPANTS, intervalMs: ADD_INTERVAL_MS });
  console.log('   25 tiles against 25 plain videos; one change among 100 participants…');
  frameRate = await measureFrameRate(chromium.context, baseUrl);
  hundred = await measureHundred(chromium.context, baseUrl);
  quality = await measureVideoQuality(chromium.context, baseUrl, { participants: QUALITY_PARTICIPANTS, hiddenMs: HIDDEN_MS });
  console.log('3/4 leaks: join/leave cycles in Chromium…');
  leaks = await measureLeaks(chromium.context, baseUrl);
} finally {
  await chromium.close();
  await server.close();
}

startupChecks(startup, check);
frameRateChecks(frameRate, check);
for (const change of ['speak', 'mute']) {
  const { all, median } = hundred[change];
  const times = all.map((result) => result.updateMs);
  check(
    `${hundred.participants} participants, one ${change === 'speak' ? 'starts speaking' : 'mutes'}: updates (median of ${all.length})`,
    `<video-room> ${Math.max(...all.map((result) => result.roomUpdates))}, their tile ${median.tileUpdates}, ${median.updateMs.toFixed(1)} ms ` +
      `(${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}); other tiles ${median.otherTileUpdates} (${median.otherTileUpdatesBefore} in the quiet window before)`,
    `0 <video-room>, ≤ ${BUDGET.changeMs} ms, no more other tiles than when quiet (±1)`,
    all.length === hundred.changes &&
      median.updateMs <= BUDGET.changeMs &&
      all.every(
        (result) =>
          result.roomUpdates === 0 &&
          result.otherTileUpdates <= result.otherTileUpdatesBefore + 1 &&
          (change === 'speak' ? result.tileSpeaking : result.tileMuted),
      ),
  );
}

const { adding, mute } = joinAndMute;
const longest = Math.max(0, ...adding.longTasks.map((task) => task.duration));
check(
  `adding ${ADD_PARTICIPANTS} participants: longest long task`,
  adding.longTasks.length ? `${ms(longest)} (${adding.longTasks.length} long tasks)` : 'none',
  `≤ ${BUDGET.longTaskMs} ms`,
  longest <= BUDGET.longTaskMs,
);
check(
  'one participant mutes: mutation records',
  `${mute.records} (${mute.insideTile} in or on their tile)`,
  'only their tile',
  mute.records > 0 && mute.insideTile === mute.records && mute.tileMuted,
);

const ratio = (state) => state.requestedPixels / state.stagePixels;
const { paged, onePage } = quality;
if (!paged.page2) check('grid, default paging: a second page', 'no pager (all 25 tiles on one page)', 'fewer than 25 tiles per page', false);
for (const [label, state] of [
  ['grid, default paging, page 1', paged.page1],
  ['grid, default paging, page 2', paged.page2],
  ['grid, max-tiles=25 (one page)', onePage],
]) {
  if (!state) continue;
  check(`${label}: requested pixels / stage pixels`, `${ratio(state).toFixed(2)}×`, `≤ ${BUDGET.pixelRatio}×`, ratio(state) <= BUDGET.pixelRatio);
  check(
    `${label}: remote videos on`,
    `${state.videoOn} of ${state.subscribers} (${state.visibleRemote} remote tiles shown)`,
    '= remote tiles shown',
    state.videoOn === state.visibleRemote,
  );
}
check(
  `page hidden ${(HIDDEN_MS / 1000).toFixed(1)} s: remote videos on`,
  `${paged.hidden.atDeadline.videoOn}${paged.hidden.offAfterMs ? ` (0 after ${ms(paged.hidden.offAfterMs)})` : ''}`,
  '0',
  paged.hidden.atDeadline.videoOn === 0,
);
check(
  'page visible again: remote videos on',
  `${paged.visibleAgain.videoOn}${paged.visibleAgain.afterMs !== null ? ` (after ${ms(paged.visibleAgain.afterMs)})` : ''}`,
  `= ${paged.page1.videoOn} (as before)`,
  paged.visibleAgain.videoOn === paged.page1.videoOn && paged.visibleAgain.videoOn === paged.visibleAgain.visibleRemote,
);

for (const entry of leaks.checks) check(entry.name, entry.value, entry.budget, entry.pass);

console.log('4/4 pre-join script size…');
const sizeRows = preJoinFiles(ENTRY).map((file) => {
  const bytes = readFileSync(file);
  return { file: path.relative(DIST, file).split(path.sep).join('/'), raw: bytes.length, gzip: gzipSync(bytes).length };
});
const preJoin = sizeRows.reduce((sum, row) => sum + row.gzip, 0);
check('pre-join script (gzip)', `${kb(preJoin)} (${preJoin} B)`, `≤ ${kb(BUDGET.preJoinBytes)}`, preJoin <= BUDGET.preJoinBytes);

// --- Output -------------------------------------------------------------------------------------------

const failed = checks.filter((entry) => !entry.pass);
const elapsed = (Date.now() - started) / 1000;

const columns = ['measurement', 'value', 'budget', 'result'];
const cells = checks.map((entry) => [entry.name, entry.value, entry.budget, entry.pass ? 'PASS' : 'FAIL']);
const widths = columns.map((title, index) => Math.max(title.length, ...cells.map((row) => row[index].length)));
const line = (row) => row.map((cell, index) => cell.padEnd(widths[index])).join('  ');
console.log(`\n${line(columns)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
for (const row of cells) console.log(line(row));
console.log('\nLayout per call (median / p95, µs):');
for (const fn of [...new Set(layoutRows.map((row) => row.fn))]) {
  const values = TILE_COUNTS.map((count) => {
    const row = layoutRows.find((candidate) => candidate.fn === fn && candidate.tiles === count);
    return `${count}: ${row.medianUs.toFixed(1)} / ${row.p95Us.toFixed(1)}`;
  });
  console.log(`  ${fn.padEnd(38)} ${values.join('   ')}`);
}

const md = [];
const table = (head, rows) => {
  md.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const row of rows) md.push(`| ${row.join(' | ')} |`);
  md.push('');
};
const cpus = os.cpus();
md.push(
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString()}, in ${elapsed.toFixed(0)} s. ` +
    `${failed.length === 0 ? 'Every budget holds.' : `**${failed.length} budget(s) failed.**`}`,
  '',
  '## Machine',
  '',
  `- CPU: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown model'})`,
  `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
  `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
  `- Node ${process.version}; Chromium ${chromiumVersion} headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}, devicePixelRatio ${paged.page1.dpr}`,
  `- Build measured: dist/ from ${new Date(builtAt).toISOString()}${staleDist ? ' — **older than src/: these browser numbers are for that build**' : ''}`,
  '',
  '## Budgets',
  '',
);
table(columns, cells.map((row) => row.map((cell) => cell.replace(/\|/g, '\\|'))));

md.push(
  '## 1. Layout computation (Node)',
  '',
  'Median and 95th percentile of 2000 timed calls after 500 warm-up calls, each call timed on its own, stage 1264×640 px, gap 8 px. ' +
    '`planStage` runs as the element runs it: one `PageOrder` kept across calls, an active speaker that changes between calls; ' +
    '"default paging" is as many tiles per page as stay at least 160 × 90 px (at most 16).',
  '',
);
table(
  ['function', ...TILE_COUNTS.map((count) => `${count} tiles`)],
  [...new Set(layoutRows.map((row) => row.fn))].map((fn) => [
    `\`${fn}\``,
    ...TILE_COUNTS.map((count) => {
      const row = layoutRows.find((candidate) => candidate.fn === fn && candidate.tiles === count);
      return `${row.medianUs.toFixed(1)} µs (p95 ${row.p95Us.toFixed(1)})`;
    }),
  ]),
);

const lastTen = adding.toTile.slice(-10);
const describeTasks = (tasks) =>
  tasks.length ? tasks.map((task) => `${ms(task.duration)} (element updates inside: ${ms(task.elementUpdateMs)})`).join(', ') : 'none';
md.push(
  `## 2. Adding ${ADD_PARTICIPANTS} participants one by one`,
  '',
  `\`<video-room autojoin layout="auto">\` filling a ${VIEWPORT.width}×${VIEWPORT.height} viewport, the simulator installed as \`window.OT\`, ` +
    `the local microphone muted (\`start-audio-muted\`). The call is joined with one simulated participant already present ` +
    `(join took ${ms(joinAndMute.joinMs)}), then ${ADD_PARTICIPANTS} more are added, one every ${ADD_INTERVAL_MS} ms or as soon as the previous tile appeared if that took longer.`,
  '',
  `- Total: ${ms(adding.totalMs)} for ${ADD_PARTICIPANTS} participants (${joinAndMute.tileCount} tiles at the end)`,
  `- Time from \`addParticipant\` to its tile in the DOM: median ${ms(median(adding.toTile))}, max ${ms(Math.max(...adding.toTile))}; ` +
    `first ten median ${ms(median(adding.toTile.slice(0, 10)))}, last ten median ${ms(median(lastTen))}`,
  `- Long tasks while adding: ${describeTasks(adding.longTasks)}`,
  `- Long tasks during the join (not budgeted; the simulator creates its AudioContext for the participant already present): ${describeTasks(joinAndMute.joinLongTasks)}`,
  `- The element's own synchronous updates while adding (Lit \`performUpdate\`: render, DOM commit, \`updated()\`): ` +
    `\`<video-room>\` ${adding.updates.room.count} updates, longest ${ms(adding.updates.room.maxMs)}, ${ms(adding.updates.room.totalMs)} in all; ` +
    `tiles ${adding.updates.tiles.count} updates, longest ${ms(adding.updates.tiles.maxMs)}, ${ms(adding.updates.tiles.totalMs)} in all`,
  '',
  'The simulated participants are real media in the same page (a canvas drawn at 15 fps and an oscillator each), so the long tasks ' +
    'and times above include the simulator\'s work as well as the element\'s; the element\'s own share is the update line.',
  '',
  '## 3. DOM mutations when one participant mutes',
  '',
  `On the page above (${joinAndMute.tileCount} tiles), a remote participant whose tile is on the current page mutes ` +
    '(`sim.setParticipantAudio(id, false)`). One MutationObserver (subtree, attributes, childList, characterData) watches the element\'s ' +
    `shadow root and every tile's shadow root for ${400} ms before (baseline: ${mute.baseline} records) and ${400} ms after the mute.`,
  '',
  `- ${mute.records} records, ${mute.insideTile} in or on the muted participant's tile; tile shows muted: ${mute.tileMuted}`,
  ...mute.detail.map((text) => `  - ${text}`),
  ...(mute.outside.length ? [`- Outside the tile: ${mute.outside.join('; ')}`] : []),
  `- Element updates it caused: \`<video-room>\` ${mute.roomUpdates}, tiles ${mute.tileUpdates}, ${mute.updateMs.toFixed(1)} ms`,
  '',
  `With ${hundred.participants} participants (grid, default paging), the same window around each of ${hundred.changes} changes of each kind, ` +
    'each to another participant on the page (a speaker stops again before the next starts); the change with the median update time: ' +
    ['speak', 'mute'].map((change) => describeSeries(change, hundred[change])).join('; ') + '.',
  '',
  '## 4. Remote video against the screen',
  '',
  `${QUALITY_PARTICIPANTS} simulated participants and the local one (25 tiles), \`layout="grid"\`, settled (no SDK call for 600 ms). ` +
    '"Requested pixels" is the sum, over subscribers with video on, of the latest `setPreferredResolution` width×height ' +
    '(the stream size where none was sent); the stage is `.stage` clientWidth×clientHeight × DPR². ' +
    `Subscriber states read from ${describeSource(paged.page1)}.`,
  '',
);
function describeSource(state) {
  if (state.source !== 'sim.subscribers()') return 'the bench\'s wrappers around `session.subscribe` (this simulator build has no `sim.subscribers()`)';
  const states = [paged.page1, paged.page2, paged.visibleAgain, onePage].filter(Boolean);
  const agree = states.every((candidate) => candidate.sourcesAgree);
  return `\`sim.subscribers()\`; the bench's own wrappers around \`session.subscribe\` ${agree ? 'agree in every state' : '**disagree in some state**'}`;
}
const stateRow = (label, state) => [
  label,
  `${state.stageWidth}×${state.stageHeight}`,
  state.pageStatus ?? 'one page',
  String(state.visibleRemote),
  `${state.videoOn} of ${state.subscribers}`,
  state.withoutRequest ? `${state.requestedPixels} (${state.withoutRequest} without a request)` : String(state.requestedPixels),
  `${ratio(state).toFixed(2)}×`,
];
table(
  ['state', 'stage (CSS px)', 'pager', 'remote tiles shown', 'videos on', 'requested pixels', 'ratio to stage'],
  [
    stateRow('default paging, page 1', paged.page1),
    stateRow('default paging, visible again after hidden', paged.visibleAgain),
    ...(paged.page2 ? [stateRow('default paging, page 2', paged.page2)] : []),
    stateRow('max-tiles=25', onePage),
  ],
);
const hidden = paged.hidden;
md.push(
  `Page hidden: ${
    hidden.method === 'tab-switch'
      ? 'a real tab switch. The bench starts Chromium itself with a DevTools port and attaches playwright-core with ' +
        '`connectOverCDP(…, { noDefaults: true })`; in that default context Playwright does not turn on focus emulation (which keeps ' +
        'every page it creates `visible`), so bringing another tab of the same window to the front (`page.bringToFront()`, CDP ' +
        '`Page.bringToFront`) makes Chromium fire `visibilitychange` with `document.visibilityState === "hidden"`; bringing the page back makes it visible again.'
      : 'the tab switch did not hide the page in this Chromium, so `document.visibilityState`/`document.hidden` were overridden with ' +
        '`Object.defineProperty` and `visibilitychange` dispatched.'
  }`,
  '',
  `- Right after the switch (${hidden.afterSwitch.visibilityState}): ${hidden.afterSwitch.videoOn} videos on (a short switch keeps them)`,
  `- After ${(hidden.hiddenForMs / 1000).toFixed(1)} s hidden: ${hidden.atDeadline.videoOn} videos on${hidden.offAfterMs ? ` (0 reached after ${ms(hidden.offAfterMs)})` : ''}`,
  `- Visible again: ${paged.visibleAgain.videoOn} videos on${paged.visibleAgain.afterMs !== null ? `, within ${ms(paged.visibleAgain.afterMs)}` : ''}`,
  '',
  '## 5. Script loaded before joining',
  '',
  'gzip of dist/video-room.js, what it imports statically, and the chunks its start-up code imports (the element with the join screen); the call, in-call view, settings and SDK chunks load on join or on use (as `npm run size`).',
  '',
);
table(['file', 'raw', 'gzip'], [...sizeRows.map((row) => [row.file, kb(row.raw), kb(row.gzip)]), ['**total**', '', `**${kb(preJoin)}**`]]);
md.push(...startupMarkdown(startup));
md.push(...frameRateMarkdown(frameRate));
md.push(...leaksMarkdown(leaks, `## 6. Leaks: ${leaks.cycles} join/leave cycles`));
const pageErrors = [...joinAndMute.errors, ...quality.errors, ...leaks.errors];
if (pageErrors.length) md.push('## Page errors', '', ...pageErrors.map((error) => `- ${error}`), '');

writeFileSync(RESULTS_FILE, `${md.join('\n').trimEnd()}\n`);
console.log(`\n${failed.length === 0 ? 'All budgets hold' : `${failed.length} budget(s) FAILED`} (${elapsed.toFixed(0)} s). Written: bench/RESULTS.md`);
if (pageErrors.length) console.log(`Page errors:\n  ${pageErrors.join('\n  ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;

/** One kind of change among the 100 participants: the median change, and every change's time. */
function describeSeries(change, { all, median }) {
  return (
    `${change}: \`<video-room>\` ${median.roomUpdates} updates, their tile ${median.tileUpdates} (other tiles ${median.otherTileUpdates}, ${median.otherTileUpdatesBefore} when quiet), ` +
    `${median.updateMs.toFixed(1)} ms (all ${all.length}: ${all.map((result) => result.updateMs.toFixed(1)).join(', ')} ms), ${median.records} mutation records (${median.baseline} in the quiet window before)`
  );
}
