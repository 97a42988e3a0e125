// Without window.OT the element renders its join screen without the SDK, fetches the bundled SDK
// chunk only when the user joins, and — offline — ends in a readable connect error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeServer, createStaticServer, isBundledSdkRequest, isOpentokScriptRequest, launchBrowser, listen, openPage } from './support.mjs';

let server;
let baseUrl;
let browser;

before(async () => {
  server = createStaticServer();
  [baseUrl, browser] = await Promise.all([listen(server), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await closeServer(server);
});

test('the SDK chunk is fetched on join, not before; offline the join ends in connect-failed', { timeout: 45_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(browser);
  try {
    const started = Date.now();
    await page.goto(`${baseUrl}/test/e2e/fixtures/sdk-lazy.html`);
    const joinScreen = page.locator('video-room [part="join-screen"]');
    await joinScreen.waitFor({ state: 'visible', timeout: 10_000 });
    const wallMs = Date.now() - started;
    const firstRenderMs = await page.evaluate(() => window.firstRenderMs);
    assert.equal(typeof firstRenderMs, 'number', 'the page recorded the first render');
    console.log(`first render of <video-room> (join screen): ${Math.round(firstRenderMs)} ms after navigation start (${wallMs} ms wall clock from goto)`);

    assert.equal(await page.evaluate(() => 'OT' in window), false, 'no window.OT on this page');
    // Time in which an eager or prefetching loader would have asked for the chunk.
    await page.waitForTimeout(1_000);
    assert.deepEqual(requests.filter(isBundledSdkRequest), [], 'no SDK chunk request before Join');
    assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'no opentok.min.js request before Join');
    assert.equal(server.tokenRequests, 0, 'no token request before Join');

    const chunkRequest = page.waitForRequest((request) => isBundledSdkRequest(request.url()), { timeout: 5_000 });
    await page.locator('video-room button[part~="control"][part~="join"]').click();
    await chunkRequest;
    assert.equal(requests.filter(isBundledSdkRequest).length, 1, 'the SDK chunk is requested once');
    assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'the ESM build never loads opentok.min.js');

    // openPage() aborts every request that would leave localhost: the real SDK fails to connect (OT 1006).
    await page.waitForFunction(() => document.querySelector('video-room').getAttribute('state') === 'error', null, { timeout: 30_000 });
    const panel = page.locator('video-room [part="status"][role="alert"]');
    assert.equal(await panel.getAttribute('data-code'), 'connect-failed');
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Could not join the call/);
    assert.match(text, /Could not connect to the video service/);
    assert.doesNotMatch(text, /e2e-token/, 'the token is not shown');
    assert.ok(await page.locator('video-room button[part~="control"][part~="retry"]').isVisible(), 'a Retry button shows');
    assert.equal(await page.evaluate(() => document.querySelector('video-room').lastError?.code), 'connect-failed');

    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});
