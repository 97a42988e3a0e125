// The in-call half of the bench's side-by-side measurements: 25 tiles in a grid (24 simulated
// participants and the local camera) against the same simulated media as 25 plain <video>s in a
// CSS grid (bench/pages/plain-videos.html): page frame rate, main-thread and whole-browser CPU.
import { openBenchPage } from './browser.mjs';

const PARTICIPANTS = 24;
const WINDOW_MS = 5_000;
const SETTLE_MS = 1_500;
const ROUNDS = 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Counts animation frames over the window, with the CPU the page's main thread and the whole browser used meanwhile. */
async function sample(page, cdp, browserCdp) {
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  const browserSeconds = async () => (await browserCdp.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  const [task0, browser0] = [await taskSeconds(), await browserSeconds()];
  const frames = await page.evaluate(
    (windowMs) =>
      new Promise((resolve) => {
        let count = 0;
        const end = performance.now() + windowMs;
        const frame = (now) => {
          count += 1;
          if (now < end) requestAnimationFrame(frame);
          else resolve(count);
        };
        requestAnimationFrame(frame);
      }),
    WINDOW_MS,
  );
  const [task1, browser1] = [await taskSeconds(), await browserSeconds()];
  const seconds = WINDOW_MS / 1000;
  return { fps: frames / seconds, mainThread: (task1 - task0) / seconds, browser: (browser1 - browser0) / seconds };
}

async function measurePage(context, open) {
  const page = await open();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const browserCdp = await context.browser().newBrowserCDPSession();
    await page.waitForTimeout(SETTLE_MS);
    const samples = [];
    for (let round = 0; round < ROUNDS; round += 1) samples.push(await sample(page, cdp, browserCdp));
    return {
      fps: median(samples.map((entry) => entry.fps)),
      mainThread: median(samples.map((entry) => entry.mainThread)),
      browser: median(samples.map((entry) => entry.browser)),
    };
  } finally {
    await page.close();
  }
}

/** Frame rate and CPU of the element's 25-tile grid and of the plain-video page, one after the other in the same browser. */
export async function measureFrameRate(context, baseUrl) {
  const element = await measurePage(context, async () => {
    const { page } = await openBenchPage(context, baseUrl);
    await page.evaluate((count) => window.bench.mount({ layout: 'grid', participants: count, maxTiles: count + 1 }), PARTICIPANTS);
    return page;
  });
  const plain = await measurePage(context, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${baseUrl}/bench/pages/plain-videos.html`);
    await page.waitForFunction(() => window.ready === true);
    await page.evaluate((count) => window.mount(count), PARTICIPANTS);
    return page;
  });
  return { tiles: PARTICIPANTS + 1, element, plain };
}

export const FRAME_RATE_BUDGET = 0.9;

export function frameRateChecks({ tiles, element, plain }, check) {
  check(
    `${tiles} tiles in a grid: page frame rate (vs ${tiles} plain videos)`,
    `${element.fps.toFixed(1)} vs ${plain.fps.toFixed(1)} fps = ${(element.fps / plain.fps).toFixed(2)}×`,
    `≥ ${FRAME_RATE_BUDGET}×`,
    element.fps >= plain.fps * FRAME_RATE_BUDGET,
  );
}

export function frameRateMarkdown({ tiles, element, plain }) {
  const cpu = (value) => `${Math.round(value * 100)} %`;
  return [
    `## In call: ${tiles} tiles against ${tiles} plain videos`,
    '',
    `The same simulated media in both pages (${PARTICIPANTS} participants and the local camera); median of ${ROUNDS} windows of ${WINDOW_MS / 1000} s ` +
      'after the videos settled. CPU is the share of one core: the page\'s main thread (DevTools TaskDuration) and every browser process.',
    '',
    '| page | frame rate | main thread CPU | whole browser CPU |',
    '|---|---|---|---|',
    `| \`<video-room>\` grid | ${element.fps.toFixed(1)} fps | ${cpu(element.mainThread)} | ${cpu(element.browser)} |`,
    `| plain \`<video>\` grid | ${plain.fps.toFixed(1)} fps | ${cpu(plain.mainThread)} | ${cpu(plain.browser)} |`,
    `| ratio | ${(element.fps / plain.fps).toFixed(2)}× | ${(element.mainThread / plain.mainThread).toFixed(2)}× | ${(element.browser / plain.browser).toFixed(2)}× |`,
    '',
  ];
}
