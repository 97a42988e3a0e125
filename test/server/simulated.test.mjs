// Demo server without Vonage credentials: placeholder tokens, static files, input validation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoServer } from '../../demo/server.mjs';
import { close, listen } from './helpers.mjs';

// Sends the path byte-for-byte: fetch() would normalise "..", and these tests are about raw paths.
function rawGet(base, rawPath) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET', agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server, simulated mode', () => {
  let root;
  let server;
  let base;

  before(async () => {
    // A throwaway root with demo/ and dist/ so the tests do not depend on a build.
    root = await mkdtemp(path.join(tmpdir(), 'video-room-demo-'));
    await mkdir(path.join(root, 'demo'));
    await mkdir(path.join(root, 'dist', 'chunks'), { recursive: true });
    await writeFile(path.join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(path.join(root, 'demo', 'demo.css'), 'body{}');
    await writeFile(path.join(root, 'dist', 'video-room.js'), 'export {};');
    await writeFile(path.join(root, 'dist', 'video-room.js.map'), '{}');
    await writeFile(path.join(root, 'dist', 'chunks', 'opentok.js'), 'self.OT = {};');
    await writeFile(path.join(root, 'package.json'), '{"secret":"outside the roots"}');
    await writeFile(path.join(root, 'demo', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

    server = createDemoServer({ env: {}, root });
    base = await listen(server);
  });

  after(async () => {
    await close(server);
    await rm(root, { recursive: true, force: true });
  });

  test('reports simulated mode', async () => {
    assert.equal(server.mode, 'simulated');
    const res = await fetch(`${base}/api/config`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { mode: 'simulated' });
  });

  test('GET /api/token?room= returns placeholder credentials, not cacheable', async () => {
    const res = await fetch(`${base}/api/token?room=standup`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.json();
    assert.equal(body.applicationId, 'simulated');
    assert.equal(body.sessionId, 'sim-standup');
    assert.match(body.token, /^sim-[0-9a-f]{32};role=publisher$/);
  });

  test('room defaults to lobby', async () => {
    const body = await (await fetch(`${base}/api/token`)).json();
    assert.equal(body.sessionId, 'sim-lobby');
  });

  test('every request gets a fresh token', async () => {
    const first = await (await fetch(`${base}/api/token?room=a`)).json();
    const second = await (await fetch(`${base}/api/token?room=a`)).json();
    assert.equal(first.sessionId, second.sessionId);
    assert.notEqual(first.token, second.token);
  });

  test('POST JSON with room and name', async () => {
    const res = await fetch(`${base}/api/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ room: 'design_review-2', name: 'Ada' }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.json();
    assert.equal(body.sessionId, 'sim-design_review-2');
    assert.equal(body.applicationId, 'simulated');
  });

  test('POST with an empty body uses the default room', async () => {
    const res = await fetch(`${base}/api/token`, { method: 'POST' });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).sessionId, 'sim-lobby');
  });

  for (const room of ['has space', 'a/b', 'x'.repeat(65), '../etc', 'é']) {
    test(`rejects room ${JSON.stringify(room.length > 20 ? `${room.slice(0, 10)}…` : room)} with 400`, async () => {
      const res = await fetch(`${base}/api/token?room=${encodeURIComponent(room)}`);
      assert.equal(res.status, 400);
      const body = await res.json();
      assert.match(body.error, /room/);
    });
  }

  test('rejects a non-string room or name in a POST body', async () => {
    for (const payload of [{ room: 42 }, { room: ['lobby'] }, { name: { first: 'Ada' } }]) {
      const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify(payload) });
      assert.equal(res.status, 400, JSON.stringify(payload));
      assert.equal(typeof (await res.json()).error, 'string');
    }
  });

  test('rejects an over-long name', async () => {
    const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ name: 'n'.repeat(101) }) });
    assert.equal(res.status, 400);
    assert.match((await res.json()).error, /name/);
  });

  test('invalid JSON body → 400 JSON error', async () => {
    for (const body of ['{"room":', 'not json', '[1,2]', 'null']) {
      const res = await fetch(`${base}/api/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      assert.equal(res.status, 400, body);
      assert.match(res.headers.get('content-type'), /^application\/json/);
      assert.equal(typeof (await res.json()).error, 'string');
    }
  });

  test('an oversized body → 413', async () => {
    for (const size of [20_000, 2_000_000]) {
      const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(size) }) });
      assert.equal(res.status, 413, String(size));
      assert.match((await res.json()).error, /too large/);
    }
  });

  test('other methods on /api/token → 405', async () => {
    const res = await fetch(`${base}/api/token`, { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.match(res.headers.get('allow'), /GET/);
  });

  test('unknown paths → 404', async () => {
    assert.equal((await fetch(`${base}/nope.html`)).status, 404);
    assert.equal((await fetch(`${base}/dist/nope.js`)).status, 404);
    const api = await fetch(`${base}/api/nope`);
    assert.equal(api.status, 404);
    assert.equal(typeof (await api.json()).error, 'string');
  });

  test('serves index.html at / with an HTML content type', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await res.text(), /<title>demo<\/title>/);
  });

  test('serves demo and dist files with their content types', async () => {
    const cases = [
      ['/demo.css', 'text/css; charset=utf-8', 'body{}'],
      ['/logo.svg', 'image/svg+xml', '<svg'],
      ['/dist/video-room.js', 'text/javascript; charset=utf-8', 'export {};'],
      ['/dist/video-room.js.map', 'application/json; charset=utf-8', '{}'],
      ['/dist/chunks/opentok.js', 'text/javascript; charset=utf-8', 'self.OT'],
    ];
    for (const [urlPath, type, content] of cases) {
      const res = await fetch(`${base}${urlPath}`);
      assert.equal(res.status, 200, urlPath);
      assert.equal(res.headers.get('content-type'), type, urlPath);
      assert.ok((await res.text()).includes(content), urlPath);
    }
  });

  test('HEAD on a static file sends headers only', async () => {
    const res = await fetch(`${base}/dist/video-room.js`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String('export {};'.length));
  });

  test('never serves files outside demo/ and dist/', async () => {
    const attempts = [
      '/dist/../package.json',
      '/../package.json',
      '/dist/%2e%2e/package.json',
      '/dist/%2E%2E/package.json',
      '/dist/..%2fpackage.json',
      '/dist/..%2Fpackage.json',
      '/dist/%2e%2e%2fpackage.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/dist/..%5cpackage.json',
      '/dist/%252e%252e/package.json',
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const res = await rawGet(base, attempt);
      assert.ok([400, 403, 404].includes(res.status), `${attempt} → ${res.status}`);
      assert.ok(!res.body.includes('outside the roots'), attempt);
    }
  });
});
