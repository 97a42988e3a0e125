// Every screen a user sees in the demo (simulated mode), at a phone (390×844) and a desktop
// (1280×800) size: each is photographed into a temporary folder and its geometry is read back from
// the shadow DOM. The component tests prove the layout rules on a bare element; this walk proves
// what a user would notice on the built demo page at real viewport sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoServer } from '../../demo/server.mjs';
import { allPlaying, openPage, readTiles, useServerAndBrowser, waitUntil } from './support.mjs';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];
const CAST = ['Grace Hopper', 'Alan Turing', 'Katherine Johnson'];
/** The smallest target anywhere (WCAG 2.5.8). */
const MIN_TARGET = 24;
/** The control bar's buttons and its menus' items (controlMetrics.size). */
const BAR_TARGET = 44;
const EPSILON = 0.5;

// The README's pictures are written only on request (`npm run screenshot`), so a test run leaves
// the tree clean.
const README_PICTURES = process.env.UPDATE_SCREENSHOT
  ? {
    desktop: fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url)),
    phone: fileURLToPath(new URL('../../docs/screenshot-phone.png', import.meta.url)),
  }
  : null;
const SHOTS = mkdtempSync(join(tmpdir(), 'vr-screens-'));

const env = useServerAndBrowser(() => createDemoServer({ env: {}, logError: () => {} }));

/**
 * Runs in the page: what a user would notice of the element's geometry. Buttons and text come from
 * its shadow root and the open shadow roots inside it (tiles); only what is rendered and not
 * transparent counts (a tile's pin button shows on hover only).
 */
function readScreen() {
  const host = document.querySelector('video-room');
  const root = host.shadowRoot;
  const rect = (node) => {
    const { left, right, top, bottom, width, height } = node.getBoundingClientRect();
    return { left, right, top, bottom, width, height };
  };
  const deepAll = (scope, selector) => [
    ...scope.querySelectorAll(selector),
    ...[...scope.querySelectorAll('*')].filter((node) => node.shadowRoot).flatMap((node) => deepAll(node.shadowRoot, selector)),
  ];
  const composedParent = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  const transparent = (node) => {
    for (let at = node; at && at !== host; at = composedParent(at)) if (getComputedStyle(at).opacity === '0') return true;
    return false;
  };
  const shown = (node) => node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden' && !transparent(node);
  const nameOf = (node) => node.getAttribute('part') ?? node.getAttribute('aria-label') ?? node.className;

  /** The width of the banner's widest run of text on one line, in its own font (buttons aside). */
  const naturalTextWidth = (banner) => {
    const walker = document.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
    let widest = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!text || node.parentElement.closest('button')) continue;
      const probe = document.createElement('span');
      probe.textContent = text;
      probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
      node.parentElement.append(probe);
      widest = Math.max(widest, probe.getBoundingClientRect().width);
      probe.remove();
    }
    return widest;
  };

  const stage = root.querySelector('[part~="stage"]');
  return {
    viewportWidth: innerWidth,
    pageWidth: document.documentElement.scrollWidth,
    host: rect(host),
    stage: stage && shown(stage) ? rect(stage) : null,
    buttons: deepAll(root, 'button')
      .filter(shown)
      .map((button) => ({
        name: nameOf(button),
        box: rect(button),
        inPopup: Boolean(button.closest('[role="menu"], [part~="reaction-picker"]')),
        inBar: Boolean(button.closest('[part~="controls"]')),
      })),
    // Panels, menus and the screens shown out of a call.
    surfaces: [...root.querySelectorAll('.panel, [part="chat"], [part="participants"], [role="menu"]')]
      .filter(shown)
      .map((node) => ({ name: nameOf(node), box: rect(node) })),
    headings: [...root.querySelectorAll('h2')].filter(shown).map((node) => node.textContent.trim()),
    clipped: deepAll(root, 'h2, label, button, .banners > *, .menu-label')
      .filter((node) => shown(node) && node.scrollWidth > node.clientWidth + 1)
      .map((node) => `${nameOf(node)}: ${node.scrollWidth} px of text in ${node.clientWidth} px`),
    banners: [...root.querySelectorAll('.banners > *')].filter(shown).map((banner) => ({
      text: banner.textContent.replace(/\s+/g, ' ').trim(),
      box: rect(banner),
      naturalWidth: naturalTextWidth(banner),
    })),
    tiles: [...root.querySelectorAll('[part~="tile"]')].filter(shown).map((tile) => ({
      name: tile.shadowRoot.querySelector('[part="tile-name"]')?.textContent.trim(),
      kind: tile.dataset.kind,
      box: rect(tile),
    })),
  };
}

const within = (inner, outer) =>
  inner.left >= outer.left - EPSILON && inner.right <= outer.right + EPSILON && inner.top >= outer.top - EPSILON && inner.bottom <= outer.bottom + EPSILON;
const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
const size = (box) => `${Math.round(box.width)}×${Math.round(box.height)}`;
const span = (box) => `${box.left.toFixed(1)}–${box.right.toFixed(1)} × ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}`;

/** The middle 50% of a tile, where a face is (as in the component tests). */
function faceArea(box) {
  return { left: box.left + box.width / 4, right: box.right - box.width / 4, top: box.top + box.height / 4, bottom: box.bottom - box.height / 4 };
}

const largestTile = (tiles) => tiles.reduce((best, tile) => (tile.box.width * tile.box.height > best.box.width * best.box.height ? tile : best));

/** The rules every screen keeps; `focusFillsWidth` adds the portrait speaker rule. */
function checkScreen(screen, where, { focusFillsWidth = false } = {}) {
  assert.ok(screen.pageWidth <= screen.viewportWidth, `${where}: the page scrolls sideways (${screen.pageWidth} > ${screen.viewportWidth})`);
  assert.ok(screen.host.left >= 0 && screen.host.right <= screen.viewportWidth, `${where}: the element lies inside the viewport`);
  for (const { name, box } of screen.surfaces) assert.ok(within(box, screen.host), `${where}: ${name} (${span(box)}) inside the element (${span(screen.host)})`);

  assert.ok(screen.buttons.length > 0, `${where}: buttons on screen`);
  for (const { name, box, inBar } of screen.buttons) {
    assert.ok(within(box, screen.host), `${where}: ${name} (${span(box)}) inside the element (${span(screen.host)})`);
    const target = inBar ? BAR_TARGET : MIN_TARGET;
    assert.ok(box.width >= target - EPSILON && box.height >= target - EPSILON, `${where}: ${name} is ${size(box)}, under ${target}×${target}`);
  }
  // A popup lies over the stage and its tiles' buttons; two buttons of one layer never overlap.
  screen.buttons.forEach((first, index) => {
    for (const second of screen.buttons.slice(index + 1)) {
      if (first.inPopup !== second.inPopup) continue;
      assert.ok(!overlaps(first.box, second.box), `${where}: ${first.name} (${span(first.box)}) overlaps ${second.name} (${span(second.box)})`);
    }
  });
  assert.deepEqual(screen.clipped, [], `${where}: text cut off`);

  for (const banner of screen.banners) {
    const what = `${where}: “${banner.text.slice(0, 40)}” (${banner.box.width.toFixed(1)} px wide)`;
    assert.ok(screen.stage, `${what}: shown over a stage`);
    assert.ok(banner.box.width <= screen.stage.width + EPSILON, `${what}: wider than the ${screen.stage.width} px stage`);
    assert.ok(banner.box.width >= Math.min(banner.naturalWidth, screen.stage.width) - 1, `${what}: narrower than its ${banner.naturalWidth.toFixed(1)} px text`);
    for (const tile of screen.tiles) assert.ok(!overlaps(banner.box, faceArea(tile.box)), `${what}: over the face of ${tile.name} (tile ${span(tile.box)})`);
  }

  if (focusFillsWidth) {
    const focus = largestTile(screen.tiles);
    assert.ok(Math.abs(focus.box.width - screen.stage.width) < 1, `${where}: the focus tile is ${focus.box.width} px wide in a ${screen.stage.width} px stage`);
  }
}

/**
 * Brings the element into view, waits until tiles, banners and panels have stopped moving (two
 * reads 100 ms apart agree) and every tile's video has painted a frame since: a video scrolled
 * out of view (the simulator panel is below the element on a phone) shows black until then.
 */
async function settle(page) {
  await page.locator('video-room').scrollIntoViewIfNeeded();
  let previous = '';
  await waitUntil(
    () => page.evaluate(() => {
      const root = document.querySelector('video-room').shadowRoot;
      return [...root.querySelectorAll('[part~="stage"], [part~="tile"], .banners > *, .panel, [part="chat"], [part="participants"], [role="menu"]')]
        .map((node) => JSON.stringify(node.getBoundingClientRect()))
        .join();
    }),
    (current) => {
      const same = current === previous;
      previous = current;
      return same;
    },
    { interval: 100, message: 'the geometry settles' },
  );
  await page.evaluate(() => {
    const videos = [...document.querySelector('video-room').shadowRoot.querySelectorAll('[part~="tile"]')]
      .map((tile) => tile.shadowRoot?.querySelector('video'))
      .filter((video) => video && !video.paused && video.getClientRects().length > 0);
    const painted = (video) => new Promise((resolve) => {
      video.requestVideoFrameCallback(resolve);
      setTimeout(resolve, 1_000);
    });
    return Promise.all(videos.map(painted));
  });
}

/**
 * The photographer of one viewport's walk: `shoot(page, state, options)` moves the pointer off the
 * element (a tile under it shows its pin button), photographs the element, checks the screen and
 * returns what it read. The number keeps the files in the order of the walk.
 */
function photographerFor(viewport) {
  let count = 0;
  const where = (state, file) => `${viewport.name} ${viewport.width}×${viewport.height}, ${state} (${file})`;
  const shoot = async (page, state, options) => {
    await page.mouse.move(viewport.width - 4, 4);
    await settle(page);
    count += 1;
    const file = join(SHOTS, `${viewport.name}-${String(count).padStart(2, '0')}-${state}.png`);
    await page.locator('video-room').screenshot({ path: file, animations: 'disabled' });
    const screen = await page.evaluate(readScreen);
    checkScreen(screen, where(state, file), options);
    for (const { name, box } of screen.buttons) if (Math.min(box.width, box.height) < BAR_TARGET) shoot.smallTargets.add(`${name} ${size(box)}`);
    return screen;
  };
  /** Targets under 44 px seen on the walk (allowed off the bar), listed in the test's diagnostics. */
  shoot.smallTargets = new Set();
  return shoot;
}

const control = (page, name) => page.locator(`video-room button[part~="control"][part~="${name}"]`).filter({ visible: true });
const buttonNames = (screen) => screen.buttons.map((button) => button.name);

/** Clicks a control of the bar, through More where it has moved there. */
async function clickControl(page, name) {
  if ((await control(page, name).count()) === 0) await control(page, 'more').click();
  await control(page, name).click();
}

/** A button of one simulated participant's row in the demo's simulator panel. */
const castButton = (page, name, action) => page.locator('#participants li', { hasText: name }).locator(`button[data-action="${action}"]`);

const tilesPlaying = (count) => (list) => list.length === count && allPlaying(list);

async function openJoinScreen(page) {
  await page.goto(`${env.baseUrl}/`);
  await page.locator('video-room [part="join-screen"]').waitFor({ state: 'visible', timeout: 10_000 });
}

const previewPlaying = (page) =>
  page.evaluate(() => {
    const video = document.querySelector('video-room').shadowRoot.querySelector('[part="preview-video"]');
    return Boolean(video && video.videoWidth > 0 && !video.paused);
  });

/** The join screen of a browser that refuses the camera and microphone. */
async function deniedJoinScreen(viewport, shoot) {
  const { context, page, pageErrors } = await openPage(env.browser, { viewport });
  try {
    await context.clearPermissions();
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await openJoinScreen(page);
    await page.locator('video-room [part="preview-error"][data-error="denied"]').waitFor({ timeout: 10_000 });
    const screen = await shoot(page, 'join-denied');
    assert.ok(['control retry-permission', 'control join-without-media'].every((name) => buttonNames(screen).includes(name)), 'Try again and Join without camera and microphone');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
  } finally {
    await context.close();
  }
}

/**
 * The README's picture of the call: a calm moment (one simulated speaker ringed; the fake
 * microphone's beep lights the local tile now and then). The desktop one is the whole demo page,
 * simulator panel and event log included; on a phone the element is the picture.
 */
async function saveReadmePicture(page, viewport) {
  await waitUntil(
    () => readTiles(page),
    (list) => list.filter((tile) => tile.speaking === 'true').length === 1 && list.some((tile) => tile.speaking === 'true' && tile.local === 'false'),
    { timeout: 3_000, interval: 50, message: 'a single remote speaker' },
  ).catch(() => undefined);
  const path = README_PICTURES[viewport.name];
  if (viewport.name === 'desktop') await page.screenshot({ path, animations: 'disabled' });
  else await page.locator('video-room').screenshot({ path, animations: 'disabled' });
}

for (const viewport of VIEWPORTS) {
  const portrait = viewport.height > viewport.width;
  test(`screens at ${viewport.width}×${viewport.height} (${viewport.name}): every state photographed, inside the element, nothing overlapping, cut off or over a face`, { timeout: 60_000 }, async (t) => {
    const shoot = photographerFor(viewport);
    await deniedJoinScreen(viewport, shoot);

    const { context, page, pageErrors } = await openPage(env.browser, { viewport });
    try {
      // Tiles glide to new boxes; without the motion their final geometry can be read at once.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const check = (state, options) => shoot(page, state, options);
      await openJoinScreen(page);
      await waitUntil(() => previewPlaying(page), Boolean, { message: 'the preview plays' });
      await check('join');

      await page.locator('video-room [part="join-screen"] input').first().fill('Ada');
      await control(page, 'join').click();
      await waitUntil(() => readTiles(page), tilesPlaying(4), { timeout: 15_000, message: 'four tiles with playing video' });
      await check('grid');
      if (README_PICTURES) await saveReadmePicture(page, viewport);

      // The layout's choices: a menu of their own on a desktop, radio items of More on a phone.
      if ((await control(page, 'layout').count()) > 0) {
        await control(page, 'layout').click();
        await check('layout-menu');
      } else {
        await control(page, 'more').click();
        await check('more-menu');
      }
      await control(page, 'layout-speaker').click();
      await check('speaker', { focusFillsWidth: portrait });

      await page.locator('#layout-select').selectOption('auto');
      await castButton(page, CAST[0], 'share').click();
      await waitUntil(() => readTiles(page), tilesPlaying(5), { message: 'the screen share plays' });
      const presenting = await check('screen-share', { focusFillsWidth: portrait });
      assert.equal(largestTile(presenting.tiles).kind, 'screen', 'the share is the focus');
      await castButton(page, CAST[0], 'share').click();
      await waitUntil(() => readTiles(page), tilesPlaying(4), { message: 'the share ended' });

      await clickControl(page, 'chat');
      await page.locator('video-room [part="chat"]').waitFor();
      await check('chat');
      await control(page, 'close-chat').click();

      await clickControl(page, 'participants');
      await page.locator('video-room [part="participants"]').waitFor();
      await check('people');
      await control(page, 'close-participants').click();

      await page.locator('#drop-network').click();
      await page.locator('video-room .banner', { hasText: 'Reconnecting' }).waitFor();
      await check('reconnecting');
      await page.locator('#restore-network').click();
      await page.locator('video-room .banner').waitFor({ state: 'detached' });

      for (const name of CAST) await castButton(page, name, 'remove').click();
      await page.locator('video-room .empty', { hasText: 'Waiting for others' }).waitFor();
      await check('alone');

      await control(page, 'leave').click();
      await page.locator('video-room .left-screen').waitFor();
      const left = await check('left');
      assert.deepEqual(buttonNames(left), ['control rejoin', 'control back-to-join']);

      // Back on the join screen, against a token endpoint that refuses the request (an unknown role is a 400).
      await control(page, 'back-to-join').click();
      await page.locator('video-room [part="join-screen"]').waitFor();
      await page.evaluate(() => document.querySelector('video-room').setAttribute('token-endpoint', '/api/token?role=nobody'));
      await control(page, 'join').click();
      await page.locator('video-room .error').waitFor();
      const failed = await check('error');
      assert.deepEqual(failed.headings, ['Could not join the call']);
      assert.deepEqual(buttonNames(failed), ['control retry', 'control back-to-join']);

      assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
      t.diagnostic(`screenshots in ${SHOTS}`);
      t.diagnostic(`targets under ${BAR_TARGET} px: ${[...shoot.smallTargets].join(', ') || 'none'}`);
    } finally {
      await context.close();
    }
  });
}
