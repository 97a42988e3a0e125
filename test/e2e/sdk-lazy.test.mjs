// Without window.OT the element renders its join screen without the SDK. The SDK (its loader
// chunk, then dist/opentok.min.js by a script element) is never part of the first render: with
// `autojoin` it is fetched on join; on the join screen it is fetched (not run) only after the camera
// preview is up (the pre-join screen's contract). Offline the join ends in a readable connect error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBundledSdkRequest, isOpentokScriptRequest, openPage, useServerAndBrowser, waitUntil } from './support.mjs';

const env = useServerAndBrowser();

test('the join screen renders without the SDK, which is prefetched behind the preview; offline the join ends in connect-failed', { timeout: 45_000 }, async () => {
  const { context, page, requests, pageErrors } = await openPage(env.browser);
  try {
    const started = Date.now();
    await page.goto(`${env.baseUrl}/test/e2e/fixtures/sdk-lazy.html`);
    const joinScreen = page.locator('video-room [part="join-screen"]');
    await joinScreen.waitFor({ state: 'visible', timeout: 10_000 });
    const wallMs = Date.now() - started;
    const firstRenderMs = await page.evaluate(() => window.firstRenderMs);
    assert.equal(typeof firstRenderMs, 'number', 'the page recorded the first render');
    console.log(`first render of <video-room> (join screen): ${Math.round(firstRenderMs)} ms after navigation start (${wallMs} ms wall clock from goto)`);

    assert.equal(await page.evaluate(() => 'OT' in window), false, 'no window.OT on this page');
    // The preview plays first; only then is the SDK prefetched in the background.
    await page.waitForFunction(
      () => document.querySelector('video-room').shadowRoot.querySelector('[part~="preview-video"]')?.videoWidth > 0,
      null,
      { timeout: 10_000 },
    );
    // `requests` records from the start, so a request made before this line is not missed.
    await waitUntil(() => requests.filter(isOpentokScriptRequest).length, (count) => count > 0, { timeout: 10_000, message: 'the SDK prefetch' });
    const requestedAt = await page.evaluate(() =>
      ['/chunks/module-sdk', '/opentok.min.js'].map((name) => performance.getEntriesByType('resource').find((entry) => entry.name.includes(name))?.startTime ?? Infinity),
    );
    assert.ok(requestedAt.every((startTime) => startTime > firstRenderMs), `the SDK is not part of the first render: ${requestedAt} after ${firstRenderMs}`);
    assert.deepEqual(requests.filter(isOpentokScriptRequest).map((url) => new URL(url).pathname), ['/dist/opentok.min.js'], 'the file shipped beside the build');
    assert.equal(env.server.tokenRequests, 0, 'no token request before Join');
    // Fetched, not run: running it blocks the page and starts its logging to Vonage's hosts.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/opentok.min.js') && entry.responseEnd > 0));
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => 'OT' in window), false, 'the SDK has not run on the join screen');
    assert.deepEqual(requests.filter((url) => !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)), [], 'nothing contacted another host before Join');

    await page.locator('video-room button[part~="control"][part~="join"]').click();
    assert.equal(requests.filter(isBundledSdkRequest).length, 1, 'the SDK loader chunk is requested once');
    assert.equal(requests.filter(isOpentokScriptRequest).length, 1, 'the SDK file is requested once');

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
