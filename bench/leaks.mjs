#!/usr/bin/env node
// The leak run of the bench: 200 join/leave cycles of a new `<video-room>` each (one simulated
// participant in the room, so every call publishes and subscribes), then what is left: the
// simulator's live listeners, tracks and timers, live <video-room> and tile instances after a
// forced garbage collection (CDP `Runtime.queryObjects`, as test/support/heap-plugin.mjs), and the
// JS heap growth per cycle (heap after GC at the end minus after the first 10 cycles, / 190).
//
// `npm run bench` runs it as one of its sections (bench/run.mjs); alone: `node bench/leaks.mjs`
// (builds nothing: dist/ must exist). Exits 1 when a budget fails.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEWPORT } from './browser.mjs';

export const LEAK_CYCLES = 200;
export const LEAK_WARMUP_CYCLES = 10;
export const LEAK_BUDGET = { leftovers: 0, bytesPerCycle: 20 * 1024 };

const PROTOTYPES = {
  rooms: 'customElements.get("video-room").prototype',
  tiles: 'customElements.get("vr-video-tile")?.prototype ?? null',
};

/** Forces full collections until the heap stops shrinking (objects freed by one may free others). */
async function heapAfterGc(cdp) {
  let used = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (pass >= 2 && usedSize >= used) return Math.min(used, usedSize);
    used = usedSize;
  }
  return used;
}

/** Live objects whose prototype chain holds the object `expression` evaluates to (null: none defined yet). */
async function liveInstances(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'leaks' });
  if (!result.objectId) return 0;
  try {
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId, objectGroup: 'leaks' });
    const { result: count } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return count.value;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'leaks' });
  }
}

/**
 * Runs the cycles on bench/page.html?leaks (the page's own recorders off) in `context`.
 * Returns the figures and the pass/fail of each budget.
 */
export async function measureLeaks(context, baseUrl, { cycles = LEAK_CYCLES, warmup = LEAK_WARMUP_CYCLES } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  try {
    await page.setViewportSize(VIEWPORT);
    await page.goto(`${baseUrl}/bench/page.html?leaks`);
    await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 15_000 }).catch((error) => {
      throw new Error(`bench/page.html?leaks did not get ready (is dist/ built?): ${error.message.split('\n')[0]}; page errors: ${errors.join('; ') || 'none'}`);
    });
    await page.evaluate(() => window.bench.sim.addParticipant({ name: 'Grace Hopper' }));
    const started = Date.now();

    const first = await page.evaluate((count) => window.bench.joinLeaveCycles(count), warmup);
    await page.evaluate(() => window.bench.forgetSimulatorCalls());
    const heapAfterWarmup = await heapAfterGc(cdp);

    const rest = await page.evaluate((count) => window.bench.joinLeaveCycles(count), cycles - warmup);
    await page.evaluate(() => window.bench.forgetSimulatorCalls());
    const heapAtEnd = await heapAfterGc(cdp);
    const rooms = await liveInstances(cdp, PROTOTYPES.rooms);
    const tiles = await liveInstances(cdp, PROTOTYPES.tiles);
    // Not budgeted, part of the growth: the simulator's listener registry keeps every emitter it
    // created (OT, and each call's session, publisher and subscriber) so that it can count their
    // handlers. Counted through their common prototype, found on one probe session (not counted).
    const simEmitters =
      (await liveInstances(cdp, 'Object.getPrototypeOf(Object.getPrototypeOf(window.bench.sim.OT.initSession("leak-probe", "leak-probe")))')) - 1;
    // With the participant still in the room: no session, publisher or subscriber is left.
    const withParticipant = await page.evaluate(() => window.bench.simulatorLeftovers());
    // Their picture is drawn by simulator timers: they leave before timers are counted.
    await page.evaluate(() => window.bench.removeParticipants());
    await page.waitForTimeout(200);
    const alone = await page.evaluate(() => window.bench.simulatorLeftovers());
    const durations = [...first, ...rest];
    const totalMs = Date.now() - started;

    const growthPerCycle = (heapAtEnd - heapAfterWarmup) / (cycles - warmup);
    const leftovers = { listeners: withParticipant.listeners, tracks: withParticipant.tracks, timers: alone.timers, rooms, tiles };
    return {
      cycles,
      warmup,
      totalMs,
      cycleMs: { median: median(durations), max: Math.max(...durations), first: median(first), last: median(rest.slice(-10)) },
      heapAfterWarmup,
      heapAtEnd,
      growthPerCycle,
      leftovers,
      simEmitters,
      checks: [
        ...Object.entries({
          'SDK listeners (simulator)': leftovers.listeners,
          'media tracks (simulator)': leftovers.tracks,
          'timers (simulator)': leftovers.timers,
          '<video-room> instances after GC': leftovers.rooms,
          'tile instances after GC': leftovers.tiles,
        }).map(([name, value]) => ({
          name: `${cycles} join/leave cycles: ${name}`,
          value: String(value),
          budget: `${LEAK_BUDGET.leftovers}`,
          pass: value <= LEAK_BUDGET.leftovers,
        })),
        {
          name: `${cycles} join/leave cycles: JS heap growth per cycle`,
          value: `${(growthPerCycle / 1024).toFixed(1)} KB`,
          budget: `< ${LEAK_BUDGET.bytesPerCycle / 1024} KB`,
          pass: growthPerCycle < LEAK_BUDGET.bytesPerCycle,
        },
      ],
      errors,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** The RESULTS.md section for a `measureLeaks` result. */
export function leaksMarkdown(result, heading = '## Leaks: join and leave') {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
  const { leftovers } = result;
  return [
    heading,
    '',
    `${result.cycles} calls one after another, each with a new \`<video-room autojoin start-audio-muted>\` (the simulator as \`window.OT\`, ` +
      'one simulated participant in the room): placed on the page, connected with both tiles and both videos up, `leave()`, removed. ' +
      `${(result.totalMs / 1000).toFixed(1)} s in all; a cycle took ${Math.round(result.cycleMs.median)} ms (median), ` +
      `${Math.round(result.cycleMs.max)} ms at most (first ${result.warmup}: median ${Math.round(result.cycleMs.first)} ms; last 10: ${Math.round(result.cycleMs.last)} ms).`,
    '',
    `- Simulator after the last leave: ${leftovers.listeners} SDK listeners, ${leftovers.tracks} media tracks (participant still in the room), ` +
      `${leftovers.timers} timers (after the participant left: its picture is drawn by simulator timers)`,
    `- Live after a forced GC (CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.queryObjects\` on the prototype): ` +
      `${leftovers.rooms} \`<video-room>\` (VideoRoomElement), ${leftovers.tiles} \`vr-video-tile\``,
    `- JS heap after GC (\`Runtime.getHeapUsage\`): ${mb(result.heapAfterWarmup)} after the first ${result.warmup} cycles, ` +
      `${mb(result.heapAtEnd)} after all ${result.cycles}: **${kb(result.growthPerCycle)} per cycle** over the last ${result.cycles - result.warmup} ` +
      `(budget < ${kb(LEAK_BUDGET.bytesPerCycle)}). The simulator's record of SDK calls (\`sim.calls\`, every call with its arguments, kept by design) is cleared before each reading; ` +
      `the growth still includes the simulator's own ${result.simEmitters} emitters (the OT object and each call's session, publisher and subscriber), which its listener registry keeps to count their handlers.`,
    '',
  ];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

// --- Alone: `node bench/leaks.mjs` ------------------------------------------------------------------

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { closeServer, createStaticServer, listen } = await import('../test/e2e/support.mjs');
  const { startChromium } = await import('./browser.mjs');
  const server = createStaticServer();
  const baseUrl = await listen(server);
  const chromium = await startChromium();
  let result;
  try {
    result = await measureLeaks(chromium.context, baseUrl);
  } finally {
    await chromium.close();
    await closeServer(server);
  }
  for (const check of result.checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.value} (budget ${check.budget})`);
  console.log(`\n${leaksMarkdown(result).join('\n')}`);
  if (result.errors.length) console.log(`Page errors:\n  ${result.errors.join('\n  ')}`);
  process.exitCode = result.checks.every((check) => check.pass) && result.errors.length === 0 ? 0 : 1;
}
