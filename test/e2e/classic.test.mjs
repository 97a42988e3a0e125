// The classic-script build, included twice on one page: the second copy must not throw, and an
// autojoining element finds the simulator as window.OT and shows everyone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allPlaying,
  isBundledSdkRequest,
  isOpentokScriptRequest,
  openPage,
  readTiles,
  waitUntil,
  useServerAndBrowser,
} from './support.mjs';

const env = useServerAndBrowser();

test('classic build included twice: no page error, autojoin with the simulator shows participants', { timeout: 30_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(env.browser);
  try {
    await page.goto(`${env.baseUrl}/test/e2e/fixtures/classic.html`);

    const tiles = await waitUntil(
      () => readTiles(page),
      (list) => list.length === 4 && allPlaying(list),
      { timeout: 15_000, message: 'four tiles with playing video' },
    );
    assert.equal(await page.locator('video-room').getAttribute('state'), 'connected');
    assert.equal(tiles.find((tile) => tile.local === 'true')?.name, 'Classic (You)');
    assert.deepEqual(
      tiles.filter((tile) => tile.local === 'false').map((tile) => tile.name).sort(),
      ['Alan Turing', 'Grace Hopper', 'Katherine Johnson'],
    );
    assert.equal(await page.locator('video-room [part="join-screen"]').count(), 0, 'autojoin skips the join screen');

    const scriptLoads = requests.filter((url) => url.endsWith('/dist/video-room.classic.js'));
    assert.equal(scriptLoads.length, 2, 'both copies of the classic script were loaded');
    assert.equal(await page.evaluate(() => typeof customElements.get('video-room')), 'function');
    assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'opentok.min.js was never requested');
    assert.deepEqual(requests.filter(isBundledSdkRequest), [], 'no SDK chunk was requested');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});

test('classic simulator build: dist/testing.classic.js from a classic script drives the classic element, no module script', { timeout: 30_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(env.browser);
  try {
    await page.goto(`${env.baseUrl}/test/e2e/fixtures/classic-testing.html`);
    const global = await page.evaluate(() => Object.keys(window.VonageVideoRoomTesting ?? {}).sort());
    assert.deepEqual(global, ['Simulator', 'createSimulator', 'installSimulator'], 'the simulator API on window.VonageVideoRoomTesting');

    const tiles = await waitUntil(
      () => readTiles(page),
      (list) => list.length === 3 && allPlaying(list),
      { timeout: 15_000, message: 'three tiles with playing video' },
    );
    assert.equal(await page.locator('video-room').getAttribute('state'), 'connected');
    assert.deepEqual(tiles.map((tile) => tile.name).sort(), ['Alan Turing', 'CMS (You)', 'Grace Hopper']);
    assert.equal(await page.evaluate(() => window.sim.calls.filter((call) => call.method === 'connect').length), 1, 'the element joined through the simulator');

    assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="module"]').length), 0, 'no module script on the page');
    assert.deepEqual(requests.filter((url) => /\/dist\/testing\.js$|\/chunks\//.test(url)), [], 'no ES module file was fetched');
    assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'opentok.min.js was never requested');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});

test('classic build: the German strings come with the join screen, the in-call code from files of its own fetched behind the preview', { timeout: 30_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(env.browser);
  const distFile = (url) => new URL(url).pathname.replace(/^\/dist\//, '').replace(/-[0-9a-f]{8}\.js$/, '.js');
  try {
    await page.goto(`${env.baseUrl}/test/e2e/fixtures/classic-join.html`);
    const join = page.locator('video-room [part~="join"]');
    await waitUntil(() => join.textContent(), (text) => text?.trim() === 'Beitreten', { timeout: 10_000, message: 'the join button in German' });
    const distFetches = () => page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      return performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/dist/')).map((entry) => ({ url: entry.name, beforePaint: entry.startTime < paint }));
    });
    const beforePaint = (await distFetches()).filter((entry) => entry.beforePaint).map((entry) => distFile(entry.url));
    assert.deepEqual(beforePaint.sort(), ['classic/de.js', 'classic/format.js', 'testing.classic.js', 'video-room.classic.js'], 'before its first paint the join screen fetched the file itself and the German strings (with the formatting they share with the call), nothing of the call');
    // The in-call view is fetched while the user looks at the preview, so that Join only renders it.
    await waitUntil(distFetches, (list) => list.some((entry) => distFile(entry.url) === 'classic/in-call-view.js'), { timeout: 10_000, message: 'the in-call view fetched behind the preview' });
    const defined = () => page.evaluate(() => ['vr-video-tile', 'vr-settings-panel'].filter((name) => customElements.get(name)));
    assert.ok(!(await defined()).includes('vr-settings-panel'), 'the settings panel is not defined on the join screen: its code runs only when it is opened');

    await join.click();
    const tiles = await waitUntil(() => readTiles(page), (list) => list.length === 2 && allPlaying(list), { timeout: 15_000, message: 'two tiles with playing video' });
    assert.deepEqual(tiles.map((tile) => tile.name).sort(), ['CMS (Sie)', 'Grace Hopper']);
    assert.deepEqual(await defined(), ['vr-video-tile'], 'the tiles are defined in the call, the settings panel still is not');
    const fetched = requests.filter((url) => url.includes('/dist/')).map(distFile);
    for (const file of ['classic/call.js', 'classic/in-call-view.js']) assert.ok(fetched.includes(file), `${file} was fetched for the call`);
    assert.deepEqual(fetched.filter((file) => !file.startsWith('classic/') && !file.endsWith('.classic.js')), [], 'nothing but the classic files was fetched');
    assert.equal(new Set(fetched).size, fetched.length, 'no file was fetched twice');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});
