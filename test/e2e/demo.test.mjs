// The demo as a visitor sees it (simulated mode): join as Ada, watch the three simulated
// participants talk in turn, and add a fifth person. (screens.test.mjs photographs it.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoServer } from '../../demo/server.mjs';
import { allPlaying, isBundledSdkRequest, isOpentokScriptRequest, openPage, readTiles, useServerAndBrowser, waitUntil } from './support.mjs';

const env = useServerAndBrowser(() => createDemoServer({ env: {}, logError: () => {} }));

test('demo: join as Ada, four playing tiles and a speaker, add a participant', { timeout: 45_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${env.baseUrl}/`);
    const joinScreen = page.locator('video-room [part="join-screen"]');
    await joinScreen.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await page.locator('#mode').innerText(), /Simulated mode/);

    await joinScreen.locator('input').fill('Ada');
    await page.locator('video-room button[part~="control"][part~="join"]').click();

    await waitUntil(
      () => readTiles(page),
      (list) => list.length === 4 && allPlaying(list),
      { timeout: 15_000, message: 'four tiles with playing video' },
    );
    // The simulated participants take the floor in turn every 3 s. (The local tile may light up
    // too: Chromium's fake microphone beeps.)
    const tiles = await waitUntil(
      () => readTiles(page),
      (list) => list.length === 4 && allPlaying(list) && list.some((tile) => tile.speaking === 'true' && tile.local === 'false'),
      { timeout: 8_000, message: 'a speaking remote tile' },
    );
    const remoteSpeakers = tiles.filter((tile) => tile.speaking === 'true' && tile.local === 'false');
    assert.equal(remoteSpeakers.length, 1, 'one simulated participant speaks at a time');
    assert.match(remoteSpeakers[0].part, /\bspeaking\b/, 'the speaking tile carries the speaking part');
    assert.deepEqual(tiles.map((tile) => tile.name).sort(), ['Ada (You)', 'Alan Turing', 'Grace Hopper', 'Katherine Johnson']);

    // The simulator panel adds a participant, who appears as a fifth tile.
    await page.locator('#participant-name').fill('Barbara Liskov');
    await page.locator('#add-participant button[type="submit"]').click();
    const five = await waitUntil(
      () => readTiles(page),
      (list) => list.length === 5 && allPlaying(list),
      { timeout: 10_000, message: 'a fifth tile with playing video' },
    );
    assert.ok(five.some((tile) => tile.name === 'Barbara Liskov'), 'the new participant has a tile');
    assert.equal(await page.locator('#participants li').count(), 4, 'the panel lists four simulated participants');

    assert.deepEqual(requests.filter(isBundledSdkRequest), [], 'the simulator replaced the SDK chunk');
    assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'opentok.min.js was never requested');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});
