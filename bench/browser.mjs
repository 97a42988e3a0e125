// The Chromium half of the bench: the system Chromium started by hand with a DevTools port and
// attached with playwright-core's connectOverCDP({ noDefaults: true }).
//
// Why not chromium.launch(): Playwright turns on focus emulation for every page of a context it
// creates, and a page with focus emulation stays `visibilityState === 'visible'` whatever tab is
// in front, so a real tab switch could not hide the page. In the browser's default context with
// `noDefaults`, Playwright leaves that off, and bringing another tab to the front really hides the
// page (`visibilitychange` fires, `document.hidden` becomes true).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

export const VIEWPORT = { width: 1280, height: 720 };
const START_TIMEOUT_MS = 20_000;

/** Starts Chromium headless with a DevTools port; resolves to `{ browser, context, close }`. */
export async function startChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), 'video-room-bench-'));
  const child = spawn(
    chromiumPath(),
    [
      ...chromiumArgs(),
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
      '--hide-scrollbars',
      '--mute-audio',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port in ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${output}`));
    });
  });
  child.stderr.resume();

  const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true, isLocal: true });
  const context = browser.contexts()[0];
  // Nothing may leave this machine.
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.abort('internetdisconnected'),
  );

  const close = async () => {
    try {
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => undefined);
    } catch {
      // Already gone.
    }
    const timeout = new Promise((resolve) => setTimeout(resolve, 5_000, 'timeout'));
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  return { browser, context, close };
}

/** A fresh tab at 1280×720 with bench/page.html loaded; page errors are collected. */
export async function openBenchPage(context, baseUrl) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${baseUrl}/bench/page.html`);
  await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 15_000 });
  return { page, errors };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Measurements 2 and 3 on one page: join a room where one participant is already present, add 50
 * participants one by one (one every 75 ms, each waiting for its tile), then mute one visible
 * participant and record the DOM mutations.
 *
 * The participant already present makes the simulator create its shared AudioContext (for the
 * simulated microphones) during the join: that one-off costs 120–200 ms on this machine and is
 * the simulator's, not the element's (the real SDK receives audio over WebRTC).
 */
export async function measureJoinAndMute(context, baseUrl, { participants = 50, intervalMs = 75 } = {}) {
  const { page, errors } = await openBenchPage(context, baseUrl);
  try {
    const { joinMs } = await page.evaluate(() => window.bench.mount({ layout: 'auto', participants: 1 }));
    const joinLongTasks = await page.evaluate(() => window.bench.longTasks());
    const adding = await page.evaluate(({ count, interval }) => window.bench.addParticipantsOneByOne(count, interval), { count: participants, interval: intervalMs });
    await page.evaluate(() => window.bench.settle());
    const target = await page.evaluate(() => window.bench.visibleRemoteParticipant());
    const mute = await page.evaluate((id) => window.bench.changeMutations(id, 'mute'), target);
    const tileCount = (await page.evaluate(() => window.bench.tiles())).length;
    return { joinMs, joinLongTasks, adding, mute, tileCount, errors };
  } finally {
    await page.close();
  }
}

/** Changes of each kind timed among 100 participants: one change is too few on a noisy machine. */
const HUNDRED_CHANGES = 5;

/**
 * Participants of 100 start speaking, one after another, then others mute (all on the current
 * page): what each change re-rendered (room and tile updates) and how long those updates ran.
 * Each kind: every change, and the one whose update time is the median.
 */
export async function measureHundred(context, baseUrl, { participants = 100, changes = HUNDRED_CHANGES } = {}) {
  const { page, errors } = await openBenchPage(context, baseUrl);
  try {
    await page.evaluate((count) => window.bench.mount({ layout: 'grid', participants: count }), participants);
    await page.evaluate(() => window.bench.settle());
    const series = async (change) => {
      const all = await page.evaluate(([kind, count]) => window.bench.changeSeries(kind, count), [change, changes]);
      const byTime = [...all].sort((a, b) => a.updateMs - b.updateMs);
      return { all, median: byTime[Math.floor(byTime.length / 2)] };
    };
    return { participants, changes, speak: await series('speak'), mute: await series('mute'), errors };
  } finally {
    await page.close();
  }
}

/**
 * Measurement 4: 24 simulated participants + the local one (25 tiles) in grid layout. Default
 * paging: page 1, hidden tab, visible again, page 2. Then `max-tiles=25`: everything on one page.
 */
export async function measureVideoQuality(context, baseUrl, { participants = 24, hiddenMs = 4_500 } = {}) {
  const result = { paged: {}, onePage: null, errors: [] };

  const { page, errors } = await openBenchPage(context, baseUrl);
  try {
    await page.evaluate((count) => window.bench.mount({ layout: 'grid', participants: count }), participants);
    await page.evaluate(() => window.bench.settle());
    result.paged.page1 = await page.evaluate(() => window.bench.quality());

    // Hidden: another tab comes to the front (the about:blank tab Chromium started with). Should
    // that not hide the page (another Chromium build), the page's visibility is overridden instead.
    const other = context.pages().find((candidate) => candidate !== page) ?? (await context.newPage());
    await other.bringToFront();
    const hiddenAt = Date.now();
    let method = 'tab-switch';
    let afterSwitch = await page.evaluate(() => window.bench.videoOnCount());
    if (afterSwitch.visibilityState !== 'hidden') {
      method = 'override';
      await page.bringToFront();
      await page.evaluate(() => window.bench.fakeVisibility(true));
      afterSwitch = await page.evaluate(() => window.bench.videoOnCount());
    }
    // Polled, so the report can say when the videos went off.
    let offAfterMs = null;
    while (Date.now() - hiddenAt < hiddenMs) {
      await sleep(100);
      if (offAfterMs === null && (await page.evaluate(() => window.bench.videoOnCount())).videoOn === 0) offAfterMs = Date.now() - hiddenAt;
    }
    const atDeadline = await page.evaluate(() => window.bench.videoOnCount());
    result.paged.hidden = { method, afterSwitch, atDeadline, hiddenForMs: hiddenMs, offAfterMs };

    if (method === 'override') await page.evaluate(() => window.bench.fakeVisibility(false));
    else await page.bringToFront();
    const visibleAt = Date.now();
    let restored = null;
    while (Date.now() - visibleAt < 3_000) {
      const count = await page.evaluate(() => window.bench.videoOnCount());
      if (count.videoOn === result.paged.page1.videoOn) {
        restored = { ...count, afterMs: Date.now() - visibleAt };
        break;
      }
      await sleep(50);
    }
    await page.evaluate(() => window.bench.settle());
    result.paged.visibleAgain = { ...(await page.evaluate(() => window.bench.quality())), afterMs: restored?.afterMs ?? null };

    if (await page.evaluate(() => window.bench.nextPage())) {
      await page.evaluate(() => window.bench.settle());
      result.paged.page2 = await page.evaluate(() => window.bench.quality());
    } else {
      result.paged.page2 = null; // 25 tiles fit one page by default: reported as a failure
    }
    result.errors.push(...errors);
  } finally {
    await page.close();
  }

  const single = await openBenchPage(context, baseUrl);
  try {
    await single.page.evaluate((count) => window.bench.mount({ layout: 'grid', maxTiles: count + 1, participants: count }), participants);
    await single.page.evaluate(() => window.bench.settle());
    result.onePage = await single.page.evaluate(() => window.bench.quality());
    result.errors.push(...single.errors);
  } finally {
    await single.page.close();
  }
  return result;
}
