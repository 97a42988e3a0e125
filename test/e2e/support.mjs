// Shared pieces of the end-to-end tests: a static server over the repository (with a token
// endpoint), the system Chromium, request/error recorders, and readers of the element's shadow DOM.
import http from 'node:http';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import { CONTENT_TYPES } from '../../demo/server.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the test server's `/api/token` answers: credentials the simulator accepts. */
export const E2E_CREDENTIALS = Object.freeze({ applicationId: 'e2e', sessionId: 'sim-e2e', token: 'e2e-token' });


/** Resolves a URL path inside `root` (the repository); null when it would escape it. */
function repoFile(pathname, root = REPO_ROOT) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const resolved = path.resolve(root, `.${decoded}`);
  return resolved.startsWith(root) && !decoded.includes('\0') ? resolved : null;
}

/**
 * A static server over the repository root (so `/dist/…` and `/test/e2e/fixtures/…` both work)
 * that also answers `GET /api/token` with E2E_CREDENTIALS. Not listening yet: pass it to listen().
 * `server.tokenRequests` counts the token requests. `root` serves another folder instead (a build
 * in a temp folder; it must end with a path separator).
 */
export function createStaticServer({ root = REPO_ROOT } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/token') {
      server.tokenRequests += 1;
      const body = JSON.stringify(E2E_CREDENTIALS);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    const file = repoFile(url.pathname, root);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  server.tokenRequests = 0;
  return server;
}

/** Listens on an ephemeral localhost port; resolves to the base URL. */
export async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${server.address().port}`;
}

/** Closes the server, dropping keep-alive connections so the test process can exit. */
export async function closeServer(server) {
  if (!server?.listening) return;
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}

/** The system Chromium with fake camera and microphone; never a downloaded browser. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs(), headless: true });
}

/**
 * A page whose requests and uncaught errors are recorded. Requests that would leave this machine
 * are aborted (the real SDK tries to reach Vonage; the tests must stay on localhost).
 */
export async function openPage(browser, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  const requests = [];
  const pageErrors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error));
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.abort('internetdisconnected'),
  );
  return { context, page, requests, pageErrors };
}

/** The ES module build's small chunk that loads the SDK file (both builds then fetch `opentok.min.js`). */
export const isBundledSdkRequest = (url) => /\/module-sdk[^/]*\.js(\?|$)/.test(url);
export const isOpentokScriptRequest = (url) => /\/opentok(\.min)?\.js(\?|$)/.test(url);

/**
 * Runs in the page: a summary of every tile of the first `<video-room>` (or the given selector).
 * Names come from the tile's own shadow root; video sizes from its `<video>`.
 */
export function readTiles(page, selector = 'video-room') {
  return page.evaluate((hostSelector) => {
    const host = document.querySelector(hostSelector);
    const tiles = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('vr-video-tile')] : [];
    return tiles.map((tile) => {
      const video = tile.shadowRoot?.querySelector('video');
      return {
        id: tile.dataset.participantId,
        local: tile.dataset.local,
        audioMuted: tile.dataset.audioMuted,
        videoMuted: tile.dataset.videoMuted,
        speaking: tile.dataset.speaking,
        part: tile.getAttribute('part'),
        name: tile.shadowRoot?.querySelector('[part="tile-name"]')?.textContent.trim() ?? null,
        videoWidth: video?.videoWidth ?? 0,
        videoHeight: video?.videoHeight ?? 0,
        paused: video ? video.paused : null,
        box: (({ width, height }) => ({ width, height }))(tile.getBoundingClientRect()),
      };
    });
  }, selector);
}

/** Polls `read` until `accept` holds; returns the last value or throws with it after `timeout` ms. */
export async function waitUntil(read, accept, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Tiles are "playing" when each has a `<video>` with decoded frames that is not paused. */
export const allPlaying = (tiles) => tiles.every((tile) => tile.videoWidth > 0 && tile.paused === false);

/**
 * Starts a server (the repo's static server unless `createServer` gives another, such as the demo's)
 * and a browser before this file's tests and closes both after them. Returns an object whose
 * `server`, `baseUrl` and `browser` are set once `before` has run.
 */
export function useServerAndBrowser(createServer = () => createStaticServer()) {
  const env = {};
  before(async () => {
    env.server = createServer();
    [env.baseUrl, env.browser] = await Promise.all([listen(env.server), launchBrowser()]);
  });
  after(async () => {
    await env.browser?.close();
    await closeServer(env.server);
  });
  return env;
}
