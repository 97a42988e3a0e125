// Demo server with Vonage credentials, talking to a local stand-in for the Video REST API.
// The key pair is made here, so every signature can be checked with its public half.
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoServer } from '../../demo/server.mjs';
import { close, createVideoApiStandIn, listen, verifyJwt } from './helpers.mjs';

const APPLICATION_ID = '7f0c1e2d-3b4a-4c5d-9e8f-0a1b2c3d4e5f';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' });
// Key material that must never show up in a response.
const keyBody = privatePem.split('\n')[1];

async function getToken(base, room, name) {
  const res = await fetch(`${base}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ room, name }),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('demo server, real mode', () => {
  let keyDir;
  let keyFile;
  let standIn;
  let videoHost;
  let server;
  let base;

  before(async () => {
    keyDir = await mkdtemp(path.join(tmpdir(), 'video-room-key-'));
    keyFile = path.join(keyDir, 'private.key');
    await writeFile(keyFile, privatePem, { mode: 0o600 });
  });

  after(async () => {
    await rm(keyDir, { recursive: true, force: true });
  });

  // A fresh stand-in and demo server per test, so session caches and request logs start empty.
  async function start(privateKeySetting) {
    server = createDemoServer({
      env: {
        VONAGE_APPLICATION_ID: APPLICATION_ID,
        VONAGE_PRIVATE_KEY: privateKeySetting,
        VONAGE_VIDEO_HOST: videoHost,
      },
      logError: () => {},
    });
    base = await listen(server);
  }

  beforeEach(async () => {
    standIn = createVideoApiStandIn();
    videoHost = await listen(standIn.server);
  });

  afterEach(async () => {
    if (server) await close(server);
    server = undefined;
    await close(standIn.server);
  });

  test('reports real mode', async () => {
    await start(keyFile);
    assert.equal(server.mode, 'real');
    assert.deepEqual(await (await fetch(`${base}/api/config`)).json(), { mode: 'real' });
  });

  test('creates a routed session with an application-signed request', async () => {
    await start(keyFile);
    const res = await getToken(base, 'standup', 'Ada');
    assert.equal(res.status, 200, res.text);

    assert.equal(standIn.requests.length, 1);
    const [request] = standIn.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/session/create');
    assert.match(request.contentType, /application\/x-www-form-urlencoded/);
    // @vonage/video sends MediaMode.ROUTED as p2p.preference=disabled.
    assert.equal(request.form['p2p.preference'], 'disabled');

    const bearer = request.authorization.match(/^Bearer (.+)$/);
    assert.ok(bearer, `Authorization: ${request.authorization}`);
    const { header, claims, valid } = verifyJwt(bearer[1], publicKey);
    assert.ok(valid, 'REST request JWT verifies with the public key');
    assert.equal(header.alg, 'RS256');
    assert.equal(claims.application_id, APPLICATION_ID);
    assert.ok(claims.exp > Date.now() / 1000);
  });

  test('returns the session from the API and a client token signed by the application', async () => {
    await start(keyFile);
    const res = await getToken(base, 'standup', 'Ada Lovelace');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = JSON.parse(res.text);
    assert.equal(body.applicationId, APPLICATION_ID);
    assert.equal(body.sessionId, '2_MX4stand-in-session-1');

    const { header, claims, valid } = verifyJwt(body.token, publicKey);
    assert.ok(valid, 'client token verifies with the public key');
    assert.equal(header.alg, 'RS256');
    assert.equal(claims.application_id, APPLICATION_ID);
    assert.equal(claims.scope, 'session.connect');
    assert.equal(claims.session_id, body.sessionId);
    assert.equal(claims.role, 'publisher');
    assert.deepEqual(JSON.parse(claims.connection_data), { name: 'Ada Lovelace', role: 'publisher' });
    const now = Date.now() / 1000;
    assert.ok(claims.exp > now + 2 * 3600 - 60 && claims.exp <= now + 2 * 3600 + 5, `exp ${claims.exp}`);
  });

  test('GET with a room works too', async () => {
    await start(keyFile);
    const res = await fetch(`${base}/api/token?room=standup`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.sessionId, '2_MX4stand-in-session-1');
    assert.ok(verifyJwt(body.token, publicKey).valid);
  });

  test('one session per room, a fresh token per request', async () => {
    await start(keyFile);
    const first = JSON.parse((await getToken(base, 'standup', 'Ada')).text);
    const second = JSON.parse((await getToken(base, 'standup', 'Grace')).text);
    assert.equal(standIn.requests.length, 1);
    assert.equal(first.sessionId, second.sessionId);
    assert.notEqual(first.token, second.token);
    assert.deepEqual(JSON.parse(verifyJwt(second.token, publicKey).claims.connection_data), { name: 'Grace', role: 'publisher' });
  });

  test('concurrent first requests for a room share one session creation', async () => {
    standIn.behaviour.delayMs = 100;
    await start(keyFile);
    const responses = await Promise.all([1, 2, 3].map(() => getToken(base, 'busy-room')));
    assert.deepEqual(responses.map((r) => r.status), [200, 200, 200]);
    assert.equal(standIn.requests.length, 1);
    const sessionIds = new Set(responses.map((r) => JSON.parse(r.text).sessionId));
    assert.deepEqual([...sessionIds], ['2_MX4stand-in-session-1']);
  });

  test('two rooms get two sessions', async () => {
    await start(keyFile);
    const a = JSON.parse((await getToken(base, 'room-a')).text);
    const b = JSON.parse((await getToken(base, 'room-b')).text);
    assert.equal(standIn.requests.length, 2);
    assert.notEqual(a.sessionId, b.sessionId);
    assert.equal(verifyJwt(b.token, publicKey).claims.session_id, b.sessionId);
  });

  test('the private key may be given as PEM text, with literal \\n sequences', async () => {
    await start(privatePem.trim().replace(/\n/g, '\\n'));
    const res = await getToken(base, 'lobby', 'Ada');
    assert.equal(res.status, 200, res.text);
    assert.ok(verifyJwt(JSON.parse(res.text).token, publicKey).valid);
  });

  test('the private key may be given as PEM text with real newlines', async () => {
    await start(privatePem);
    const res = await getToken(base, 'lobby');
    assert.equal(res.status, 200, res.text);
    const { claims, valid } = verifyJwt(JSON.parse(res.text).token, publicKey);
    assert.ok(valid);
    assert.deepEqual(JSON.parse(claims.connection_data), { role: 'publisher' });
  });

  test('a REST failure → 502 with a message and no key material; the next request retries', async () => {
    standIn.behaviour.status = 500;
    await start(keyFile);
    const failed = await getToken(base, 'standup', 'Ada');
    assert.equal(failed.status, 502);
    const { error } = JSON.parse(failed.text);
    assert.match(error, /^Could not create a video session: .*500/);
    assert.ok(!failed.text.includes(keyBody));
    assert.ok(!failed.text.includes('PRIVATE KEY'));

    standIn.behaviour.status = 200;
    const retried = await getToken(base, 'standup', 'Ada');
    assert.equal(retried.status, 200, retried.text);
    assert.equal(standIn.requests.length, 2);
  });

  test('an unreachable API → 502', async () => {
    await start(keyFile);
    await close(standIn.server);
    const res = await getToken(base, 'standup');
    assert.equal(res.status, 502);
    assert.match(JSON.parse(res.text).error, /^Could not create a video session: /);
    assert.ok(!res.text.includes(keyBody));
  });

  test('an unusable private key fails at creation without echoing it', () => {
    const badKey = '-----BEGIN PRIVATE KEY-----\\nbm90IGEga2V5\\n-----END PRIVATE KEY-----';
    for (const setting of [badKey, path.join(keyDir, 'missing.key')]) {
      assert.throws(
        () => createDemoServer({ env: { VONAGE_APPLICATION_ID: APPLICATION_ID, VONAGE_PRIVATE_KEY: setting } }),
        (error) => /VONAGE_PRIVATE_KEY/.test(error.message) && !error.message.includes('bm90IGEga2V5'),
      );
    }
  });

  test('only one credential set → simulated mode', () => {
    assert.equal(createDemoServer({ env: { VONAGE_APPLICATION_ID: APPLICATION_ID } }).mode, 'simulated');
    assert.equal(createDemoServer({ env: { VONAGE_PRIVATE_KEY: keyFile } }).mode, 'simulated');
  });
});
