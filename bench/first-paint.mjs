// The start-up half of the bench, always side by side with a floor or baseline page in the same run:
// - join screen painted (first contentful paint) for the ESM and classic builds against a minimal
//   Lit element with one button (bench/pages/floor.html), at 4× CPU, with and without added latency;
//   and the element's own first update (defined → painted) against the floor's;
// - the scripts requested before that paint (a chain delays it by a round trip per link);
// - long tasks and input delay while the join screen shows (1× CPU), typing a name;
// - Join click → `vr-joined` against the bare simulator: the same token request, then its connect
//   (bench/pages/bare-join.html).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { closeServer, createStaticServer, listen } from '../test/e2e/support.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
/** Added round-trip time of a mobile 4G link (Lighthouse's "slow 4G" latency). */
export const LATENCY_MS = 150;
// One run's medians moved ±15 % from run to run with 11 visits and 9 joins; more of each, and
// ratios taken visit by visit against the floor's visit of the same round, steady the reading.
// With 21 visits a paint ratio still moved ±0.05 between runs of one build; 33 narrow that (a
// multiple of the three pages: each comes first, second and last in as many rounds).
const LOADS = 33;
const JOINS = 15;
const JOIN_SCREEN_MS = 6_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

/** Each value over the baseline measured in the same round: the median, and the middle half's range. */
function pairedRatio(values, baselines) {
  const sorted = values.map((value, index) => value / baselines[index]).sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
  return { median: median(sorted), low: at(0.25), high: at(0.75) };
}

/** The repo's static server plus the floor element bundled with Lit in memory (nothing is written). */
export async function startPaintServer() {
  const bundle = await build({
    entryPoints: [path.join(BENCH, 'pages', 'floor-element.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const floor = bundle.outputFiles[0].contents;
  const files = createStaticServer();
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/bench/floor.js') return files.emit('request', req, res);
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Length': floor.length, 'Cache-Control': 'no-store' });
    res.end(floor);
  });
  const baseUrl = await listen(server);
  return { baseUrl, close: () => closeServer(server) };
}

/** A fresh tab with CPU throttling, added latency and no cache, as a first visit on a phone. */
async function throttledPage(context, { cpu, latency }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  return page;
}

/**
 * In the page once its join screen is painted: first contentful paint, defined → paint, and the
 * scripts fetched before the paint. Polls with timers: it is sent before the paint may have come.
 */
function readPaint() {
  return new Promise((resolve) => {
    const read = () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (!fcp || !document.body.firstElementChild?.shadowRoot?.querySelector('button')) return setTimeout(read, 50);
      const paint = fcp.startTime;
      const defined = performance.getEntriesByName('defined')[0]?.startTime ?? paint;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'script' || entry.initiatorType === 'link' || entry.name.endsWith('.js'))
        .filter((entry) => entry.startTime < paint);
      // Links in a chain: a script that started only after another had arrived (it was found in it).
      const sorted = [...scripts].sort((a, b) => a.startTime - b.startTime);
      const depths = [];
      sorted.forEach((entry, index) => {
        const before = sorted.slice(0, index).filter((other) => other.responseEnd <= entry.startTime);
        depths.push(1 + Math.max(0, ...before.map((other) => depths[sorted.indexOf(other)])));
      });
      resolve({ paint, firstUpdate: paint - defined, scripts: scripts.length, chain: Math.max(0, ...depths) });
    };
    read();
  });
}

/**
 * One first visit. Read with a plain `Runtime.evaluate`: Playwright's own waiting functions first
 * inject its helper script into the page, a task of 30–40 ms at 4× CPU that often landed before
 * the first frame (the load event comes just before it) and delayed the paint being measured
 * (paired ratios spread twice as wide with it).
 */
async function loadOnce(context, url, conditions) {
  const page = await throttledPage(context, conditions);
  let timer;
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    const reading = cdp.send('Runtime.evaluate', { expression: `(${readPaint})()`, awaitPromise: true, returnByValue: true });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: no join screen painted in 60 s`)), 60_000);
    });
    const { result, exceptionDetails } = await Promise.race([reading, timeout]);
    if (exceptionDetails) throw new Error(`${url}: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/**
 * Median of LOADS page loads of each page under the same conditions, interleaved so noise hits all
 * alike. The order turns by one page each round: a page's visit depends on the one before it (in
 * one run of 45 rounds, the ES module page read 1.21× the floor where it followed itself, 1.07× and
 * 1.11× in the other two orders), so no page may always follow the same one.
 */
export async function measureFirstPaint(context, baseUrl, conditions) {
  const pages = { esm: 'esm.html', classic: 'classic.html', floor: 'floor.html' };
  const names = Object.keys(pages);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let load = 0; load < LOADS; load += 1) {
    const order = names.map((_, index) => names[(index + load) % names.length]);
    for (const name of order) runs[name].push(await loadOnce(context, `${baseUrl}/bench/pages/${pages[name]}`, conditions));
  }
  const of = (loads, key) => loads.map((load) => load[key]);
  return Object.fromEntries(
    Object.entries(runs).map(([name, loads]) => [
      name,
      {
        paintMs: median(of(loads, 'paint')),
        firstUpdateMs: median(of(loads, 'firstUpdate')),
        paintRatio: pairedRatio(of(loads, 'paint'), of(runs.floor, 'paint')),
        firstUpdateRatio: pairedRatio(of(loads, 'firstUpdate'), of(runs.floor, 'firstUpdate')),
        scripts: Math.max(...of(loads, 'scripts')),
        chain: Math.max(...of(loads, 'chain')),
      },
    ]),
  );
}

/** Long tasks while the join screen shows, and how long each keystroke of a name waited (1× CPU). */
export async function measureJoinScreen(context, baseUrl) {
  const page = await throttledPage(context, { cpu: 1, latency: 0 });
  try {
    await page.goto(`${baseUrl}/bench/pages/esm.html`);
    const name = page.locator('video-room input').first();
    await name.waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      window.keyEvents = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') window.keyEvents.push({ delay: entry.processingStart - entry.startTime, duration: entry.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    const typing = (async () => {
      await name.click();
      for (const key of 'Ana Lima') {
        await page.keyboard.type(key);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    await Promise.all([typing, new Promise((resolve) => setTimeout(resolve, JOIN_SCREEN_MS))]);
    return await page.evaluate(() => ({
      longestTaskMs: Math.max(0, ...window.longTasks),
      longTasks: window.longTasks.length,
      // Event Timing only reports events of 16 ms or more: none means every key was handled within that.
      worstKeyDelayMs: Math.max(0, ...window.keyEvents.map((event) => event.delay)),
      worstKeyMs: Math.max(0, ...window.keyEvents.map((event) => event.duration)),
    }));
  } finally {
    await page.close();
  }
}

/**
 * Join click → `vr-joined` against the bare simulator doing what any integration must: the same
 * token request, then connect. Each page gets a fresh tab of its own: a navigation in the same tab
 * would give the second page the first one's warm renderer.
 */
export async function measureJoin(context, baseUrl, cpu) {
  const element = [];
  const bare = [];
  const inFreshTab = async (file, ready, join) => {
    const page = await throttledPage(context, { cpu, latency: 0 });
    try {
      await page.goto(`${baseUrl}/bench/pages/${file}`);
      await page.waitForFunction(ready, null, { timeout: 60_000 });
      // Joins happen after the user looked at the join screen for a moment, not at first paint.
      await page.waitForTimeout(1_000);
      return await page.evaluate(join);
    } finally {
      await page.close();
    }
  };
  for (let run = 0; run < JOINS; run += 1) {
    element.push(await inFreshTab('join.html', () => window.joinReady?.(), () => window.elementJoin()));
    bare.push(await inFreshTab('bare-join.html', () => window.ready === true, () => window.bareJoin()));
  }
  return { elementMs: median(element), bareMs: median(bare), ratio: pairedRatio(element, bare) };
}

export const STARTUP_BUDGET = { paintRatio: 1.2, firstUpdateRatio: 1.5, chain: 2, longTaskMs: 100, keyDelayMs: 50, joinRatio: 1.3 };

/** Every start-up measurement, in the order the bench prints them. */
export async function measureStartup(context, baseUrl) {
  return {
    paint: await measureFirstPaint(context, baseUrl, { cpu: 4, latency: 0 }),
    paintLatency: await measureFirstPaint(context, baseUrl, { cpu: 4, latency: LATENCY_MS }),
    joinScreen: await measureJoinScreen(context, baseUrl),
    join1x: await measureJoin(context, baseUrl, 1),
    join4x: await measureJoin(context, baseUrl, 4),
  };
}

/** The budget checks of the start-up measurements, each with its floor or baseline and the ratio. */
export function startupChecks(startup, check) {
  const ms = (value) => `${Math.round(value)} ms`;
  const versus = (value, floor, ratio) =>
    `${ms(value)} vs ${ms(floor)}: ${ratio.median.toFixed(2)}× (middle half ${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)}×)`;
  const budget = STARTUP_BUDGET;
  for (const [label, runs] of [['4× CPU', startup.paint], [`4× CPU + ${LATENCY_MS} ms RTT`, startup.paintLatency]]) {
    for (const build of ['esm', 'classic']) {
      const { paintMs, paintRatio, chain } = runs[build];
      check(`join screen painted, ${build} build, ${label} (vs floor)`, versus(paintMs, runs.floor.paintMs, paintRatio), `≤ ${budget.paintRatio}×`, paintRatio.median <= budget.paintRatio);
      check(`scripts in a chain before paint, ${build} build, ${label}`, `${chain} (${runs[build].scripts} scripts)`, `≤ ${budget.chain}`, chain <= budget.chain);
    }
  }
  const { esm, floor } = startup.paint;
  check('first update (defined → painted), esm build, 4× CPU (vs floor)', versus(esm.firstUpdateMs, floor.firstUpdateMs, esm.firstUpdateRatio), `≤ ${budget.firstUpdateRatio}×`, esm.firstUpdateRatio.median <= budget.firstUpdateRatio);
  const screen = startup.joinScreen;
  check('join screen, 1× CPU: longest long task', screen.longTasks ? `${ms(screen.longestTaskMs)} (${screen.longTasks} long tasks)` : 'none', `≤ ${budget.longTaskMs} ms`, screen.longestTaskMs <= budget.longTaskMs);
  check('join screen, 1× CPU: typing a name, worst key input delay', screen.worstKeyDelayMs ? ms(screen.worstKeyDelayMs) : '< 16 ms', `≤ ${budget.keyDelayMs} ms`, screen.worstKeyDelayMs <= budget.keyDelayMs);
  for (const [label, join] of [['1×', startup.join1x], ['4×', startup.join4x]]) {
    check(`Join click → connected, ${label} CPU (vs bare simulator)`, versus(join.elementMs, join.bareMs, join.ratio), `≤ ${budget.joinRatio}×`, join.ratio.median <= budget.joinRatio);
  }
}

/** The start-up section of bench/RESULTS.md. */
export function startupMarkdown(startup) {
  const ms = (value) => `${Math.round(value)} ms`;
  const row = (runs) => ['esm', 'classic', 'floor'].map((build) => `${ms(runs[build].paintMs)} (${runs[build].chain} in chain)`).join(' | ');
  return [
    '## Start-up (side by side with the floor and the bare simulator)',
    '',
    `Median of ${LOADS} first visits per page (cache off), interleaved: each round visits every page once, in an order that turns by one page each round, and a budget's ratio is the ` +
      "median of each round's visit over the floor's visit of that round (\"middle half\": the 25th to 75th percentile of those ratios). " +
      'Paint is first contentful paint; the floor is a minimal Lit element ' +
      'with a heading and one button (bench/pages/floor.html). "In chain": the longest run of scripts each requested only after another arrived.',
    '',
    '| conditions | ESM build | classic build | floor |',
    '|---|---|---|---|',
    `| 4× CPU | ${row(startup.paint)} |`,
    `| 4× CPU + ${LATENCY_MS} ms RTT | ${row(startup.paintLatency)} |`,
    '',
    `- First update (defined → painted), 4× CPU: ESM ${ms(startup.paint.esm.firstUpdateMs)}, classic ${ms(startup.paint.classic.firstUpdateMs)}, floor ${ms(startup.paint.floor.firstUpdateMs)}`,
    `- Join screen for ${JOIN_SCREEN_MS / 1000} s at 1× CPU while a name is typed: longest task ${ms(startup.joinScreen.longestTaskMs)}, ` +
      `worst key input delay ${ms(startup.joinScreen.worstKeyDelayMs)} (longest key event ${ms(startup.joinScreen.worstKeyMs)}; Event Timing reports events of 16 ms or more)`,
    `- Join click → \`vr-joined\` (token request included), median of ${JOINS}, each join followed by the bare simulator's: 1× CPU ${ms(startup.join1x.elementMs)} vs the bare simulator's token request and connect ` +
      `${ms(startup.join1x.bareMs)}; 4× CPU ${ms(startup.join4x.elementMs)} vs ${ms(startup.join4x.bareMs)}`,
    '',
  ];
}
