// A host page that embeds the ESM build with the simulator as window.OT: join from the join
// screen, see everyone, mute, leave — and never fetch the real SDK.
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

const REMOTE_NAMES = ['Alan Turing', 'Grace Hopper', 'Katherine Johnson'];

const env = useServerAndBrowser();

test('ESM embed: join, see four playing tiles, mute, leave; the simulator replaces the SDK', { timeout: 30_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(env.browser);
  try {
    await page.goto(`${env.baseUrl}/test/e2e/fixtures/embed.html`);

    const host = page.locator('video-room');
    const joinScreen = page.locator('video-room [part="join-screen"]');
    await joinScreen.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await host.getAttribute('state'), 'idle');

    await joinScreen.locator('input').fill('Ada');
    await page.locator('video-room button[part~="control"][part~="join"]').click();

    const tiles = await waitUntil(
      () => readTiles(page),
      // Laid out too: a tile placed before the stage's first size report is redrawn a frame later.
      (list) => list.length === 4 && allPlaying(list) && list.every((tile) => tile.box.width > 0 && tile.box.height > 0),
      { timeout: 15_000, message: 'four tiles with playing video, each with a size' },
    );
    assert.equal(await host.getAttribute('state'), 'connected');

    const local = tiles.filter((tile) => tile.local === 'true');
    assert.equal(local.length, 1, 'exactly one local tile');
    assert.equal(local[0].name, 'Ada (You)');
    assert.deepEqual(tiles.filter((tile) => tile.local === 'false').map((tile) => tile.name).sort(), REMOTE_NAMES);
    for (const tile of tiles) {
      assert.ok(tile.videoWidth > 0 && tile.videoHeight > 0, `${tile.name} shows video`);
      assert.ok(tile.box.width > 0 && tile.box.height > 0, `${tile.name} has a size on the page`);
      assert.ok(tile.id, `${tile.name} has data-participant-id`);
    }
    assert.equal(new Set(tiles.map((tile) => tile.id)).size, 4, 'participant ids are distinct');

    // Mute the microphone from the control bar.
    const mic = page.locator('video-room button[part~="control"][part~="mic"]');
    assert.equal(await mic.getAttribute('aria-pressed'), 'true', 'pressed: the microphone is on');
    await mic.click();
    await page.waitForFunction(() => document.querySelector('video-room').hasAttribute('audio-muted'), null, { timeout: 5_000 });
    await page.locator('video-room vr-video-tile[data-local="true"][data-audio-muted="true"]').waitFor({ timeout: 5_000 });
    assert.equal(await mic.getAttribute('aria-pressed'), 'false');
    assert.equal(await host.getAttribute('video-muted'), null, 'the camera stays on');

    // Leave.
    await page.locator('video-room button[part~="control"][part~="leave"]').click();
    await page.waitForFunction(() => document.querySelector('video-room').getAttribute('state') === 'left', null, { timeout: 5_000 });
    assert.deepEqual(await page.evaluate(() => window.leftEvents), [{ reason: 'user' }]);
    assert.equal(await page.locator('video-room vr-video-tile').count(), 0, 'no tiles after leaving');
    await page.locator('video-room button[part~="control"][part~="rejoin"]').waitFor({ timeout: 5_000 });

    // Every camera, microphone and simulated media track is stopped.
    await waitUntil(() => page.evaluate(() => window.sim.liveTracks()), (count) => count === 0, {
      timeout: 5_000,
      message: 'sim.liveTracks() to reach 0',
    });

    assert.equal(env.server.tokenRequests, 1, 'one token request for one join');
    assert.deepEqual(requests.filter(isBundledSdkRequest), [], 'the bundled SDK chunk was never requested');
    assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'opentok.min.js was never requested');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});
