// The join screen reaches the screen before the camera starts: opening the camera and microphone
// (and what the browser does for them) would otherwise compete with the page's first picture,
// which on a slow phone is still being drawn when the next frame begins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();
const LOADS = 3;

/** In the page before any of its scripts: whether the first contentful paint was reported at each camera request. */
function recordCameraRequests() {
  window.cameraRequests = [];
  const request = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = (constraints) => {
    window.cameraRequests.push({ painted: performance.getEntriesByName('first-contentful-paint').length > 0 });
    return request(constraints);
  };
}

for (const [build, fixture] of [['ESM build', 'join-screen.html'], ['classic build', 'classic-join.html']]) {
  test(`${build}, 4× slower CPU: the preview asks for the camera only after the join screen was painted`, { timeout: 60_000 }, async () => {
    const { context, page, pageErrors } = await openPage(env.browser);
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(recordCameraRequests);
      for (let load = 0; load < LOADS; load += 1) {
        await page.goto(`${env.baseUrl}/test/e2e/fixtures/${fixture}`);
        await page.waitForFunction(() => window.cameraRequests.length > 0, null, { timeout: 15_000 });
        const first = await page.evaluate(() => window.cameraRequests[0]);
        assert.equal(first.painted, true, `load ${load + 1}: the first camera request came before the first contentful paint`);
        assert.equal(await page.locator('video-room [part~="join"]').count(), 1, 'the join screen shows');
      }
      assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
    } finally {
      await context.close();
    }
  });
}

/** In the page before any of its scripts: whether the element had rendered its name field at DOMContentLoaded. */
function recordFieldAtContentLoaded() {
  document.addEventListener('DOMContentLoaded', () => {
    window.fieldAtContentLoaded = Boolean(document.querySelector('video-room')?.shadowRoot?.querySelector('input'));
  });
}

test('ESM build: the join screen renders after DOMContentLoaded, in the first frame, so the autofill scan there finds no field', { timeout: 60_000 }, async () => {
  const { context, page, pageErrors } = await openPage(env.browser);
  try {
    await page.addInitScript(recordFieldAtContentLoaded);
    for (let load = 0; load < LOADS; load += 1) {
      await page.goto(`${env.baseUrl}/test/e2e/fixtures/join-screen.html`);
      await page.locator('video-room input[name="display-name"]').waitFor();
      // The browser's autofill reads the page's fields at DOMContentLoaded, in the task before the
      // first frame: the field comes in that frame instead, and is found after the paint.
      assert.equal(await page.evaluate(() => window.fieldAtContentLoaded), false, `load ${load + 1}: the name field was there at DOMContentLoaded`);
      const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      assert.equal(painted, true, `load ${load + 1}: painted`);
    }
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
});
