// Demo server in real mode: token roles, the recording endpoint and live captions, with the real
// @vonage/server-sdk talking to a local stand-in for the Video REST API. The key pair is made
// here, so every token and every REST request's JWT can be checked with its public half.
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createDemoServer } from '../../demo/server.mjs';
import { close, createVideoApiStandIn, listen, signJwt, verifyJwt } from './helpers.mjs';

const APPLICATION_ID = '7f0c1e2d-3b4a-4c5d-9e8f-0a1b2c3d4e5f';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' });
const keyBody = privatePem.split('\n')[1];
// Another application's key: tokens it signs must never pass for ours.
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

function assertNoKeyMaterial(text) {
  assert.ok(!text.includes(keyBody), 'no key material');
  assert.ok(!text.includes('PRIVATE KEY'), 'no PEM armour');
}

describe('demo server, real mode: roles, recording, captions', () => {
  let standIn;
  let server;
  let base;
  let logged;

  beforeEach(async () => {
    standIn = createVideoApiStandIn();
    const videoHost = await listen(standIn.server);
    logged = [];
    server = createDemoServer({
      env: { VONAGE_APPLICATION_ID: APPLICATION_ID, VONAGE_PRIVATE_KEY: privatePem, VONAGE_VIDEO_HOST: videoHost },
      logError: (message) => logged.push(message),
    });
    base = await listen(server);
  });

  afterEach(async () => {
    await close(server);
    await close(standIn.server);
  });

  async function token(params) {
    const res = await fetch(`${base}/api/token?${new URLSearchParams(params)}`);
    const text = await res.text();
    assert.equal(res.status, 200, text);
    return JSON.parse(text);
  }

  async function record(body, bearer, headers = {}) {
    const res = await fetch(`${base}/api/recording`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(bearer === undefined ? {} : { Authorization: `Bearer ${bearer}` }),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
  }

  const archiveRequests = () => standIn.requests.filter((r) => /Archive$/.test(r.route ?? ''));
  const captionRequests = () => standIn.requests.filter((r) => r.route === 'captions');

  function assertSignedByApplication(request) {
    const bearer = /^Bearer (.+)$/.exec(request.authorization);
    assert.ok(bearer, `Authorization: ${request.authorization}`);
    const { header, claims, valid } = verifyJwt(bearer[1], publicKey);
    assert.ok(valid, 'the REST request JWT verifies with the public key');
    assert.equal(header.alg, 'RS256');
    assert.equal(claims.application_id, APPLICATION_ID);
    assert.ok(claims.exp > Date.now() / 1000);
  }

  // --- Roles ---------------------------------------------------------------------------------

  test('GET role=moderator mints a moderator token with the role in its connection data', async () => {
    const body = await token({ room: 'standup', name: 'Ada', role: 'moderator' });
    const { claims, valid } = verifyJwt(body.token, publicKey);
    assert.ok(valid);
    assert.equal(claims.role, 'moderator');
    assert.equal(claims.session_id, body.sessionId);
    assert.deepEqual(JSON.parse(claims.connection_data), { name: 'Ada', role: 'moderator' });
  });

  test('POST "role" works; "publisher" and no role mint publisher tokens', async () => {
    const post = async (payload) => {
      const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify(payload) });
      assert.equal(res.status, 200);
      return verifyJwt((await res.json()).token, publicKey).claims.role;
    };
    assert.equal(await post({ room: 'standup', role: 'moderator' }), 'moderator');
    assert.equal(await post({ room: 'standup', role: 'publisher' }), 'publisher');
    assert.equal(await post({ room: 'standup' }), 'publisher');
    assert.equal(verifyJwt((await token({ room: 'standup', role: '' })).token, publicKey).claims.role, 'publisher');
  });

  test('any other role → 400 naming role, and no session is created', async () => {
    for (const role of ['admin', 'Moderator', 'subscriber', ' moderator']) {
      const res = await fetch(`${base}/api/token?room=standup&role=${encodeURIComponent(role)}`);
      assert.equal(res.status, 400, role);
      assert.match((await res.json()).error, /^role must be "publisher" or "moderator"$/);
    }
    for (const role of [42, ['moderator'], { name: 'moderator' }, true]) {
      const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ room: 'standup', role }) });
      assert.equal(res.status, 400, JSON.stringify(role));
      assert.match((await res.json()).error, /role/);
    }
    assert.equal(standIn.requests.length, 0);
  });

  // --- Recording -----------------------------------------------------------------------------

  test('start: POST /v2/project/:app/archive with {sessionId, name: room}, signed by the application', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    const res = await record({ action: 'start', room: 'standup', sessionId }, moderator);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(res.json, { archiveId: '00000000-0000-4000-8000-000000000001', status: 'started' });

    const [request] = archiveRequests();
    assert.equal(archiveRequests().length, 1);
    assert.equal(request.method, 'POST');
    assert.equal(request.path, `/v2/project/${APPLICATION_ID}/archive`);
    assert.match(request.contentType, /^application\/json/);
    assert.deepEqual(request.json, { sessionId, name: 'standup' });
    assertSignedByApplication(request);
    assert.ok(!request.body.includes(moderator), 'the caller\'s token is not forwarded');
  });

  test('stop: checks the archive is the session\'s, then POST /v2/project/:app/archive/:id/stop', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    const started = await record({ action: 'start', room: 'standup', sessionId }, moderator);
    const { archiveId } = started.json;
    const res = await record({ action: 'stop', room: 'standup', sessionId, archiveId }, moderator);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { archiveId, status: 'stopped' });

    const [, lookup, stop] = archiveRequests();
    assert.equal(archiveRequests().length, 3);
    assert.equal(lookup.method, 'GET');
    assert.equal(lookup.path, `/v2/project/${APPLICATION_ID}/archive/${archiveId}`);
    assert.equal(stop.method, 'POST');
    assert.equal(stop.path, `/v2/project/${APPLICATION_ID}/archive/${archiveId}/stop`);
    assert.equal(stop.body, '');
    assertSignedByApplication(lookup);
    assertSignedByApplication(stop);
  });

  test('another moderator token for the same session may stop the recording', async () => {
    const first = await token({ room: 'standup', role: 'moderator' });
    const second = await token({ room: 'standup', role: 'moderator' });
    const { archiveId } = (await record({ action: 'start', room: 'standup', sessionId: first.sessionId }, first.token)).json;
    const res = await record({ action: 'stop', room: 'standup', sessionId: first.sessionId, archiveId }, second.token);
    assert.equal(res.status, 200, res.text);
  });

  test('401 without a bearer token, with a WWW-Authenticate header, before anything else', async () => {
    const { sessionId } = await token({ room: 'standup', role: 'moderator' });
    const body = { action: 'start', room: 'standup', sessionId };
    const cases = [
      {},
      { Authorization: '' },
      { Authorization: 'Bearer' },
      { Authorization: 'Bearer ' },
      { Authorization: 'Basic YWRhOnNlY3JldA==' },
      { Authorization: 'Token abc' },
      { Authorization: 'Bearer two words' },
    ];
    for (const headers of cases) {
      const res = await record(body, undefined, headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.match(res.json.error, /Authorization: Bearer/);
      assert.match(res.headers.get('www-authenticate'), /^Bearer /);
    }
    // Even a malformed body answers 401 first.
    assert.equal((await record('not json', undefined)).status, 401);
    assert.equal(archiveRequests().length, 0);
  });

  test('403 unless the bearer is a moderator token for that room\'s session', async () => {
    const room = await token({ room: 'standup', role: 'moderator' });
    const publisher = await token({ room: 'standup' });
    const elsewhere = await token({ room: 'other-room', role: 'moderator' });
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      scope: 'session.connect', session_id: room.sessionId, role: 'moderator', application_id: APPLICATION_ID,
      iat: now, exp: now + 3600, jti: 'forged', sub: 'video',
    };
    const [restCall] = standIn.requests; // the session creation's JWT: our key, but no session role
    const restJwt = /^Bearer (.+)$/.exec(restCall.authorization)[1];
    const [h, p] = room.token.split('.');
    const bearers = {
      'a publisher token of the session': publisher.token,
      "a moderator token of another room's session": elsewhere.token,
      'a moderator token signed by another key': signJwt(claims, otherKey),
      'an expired moderator token': signJwt({ ...claims, exp: now - 10 }, privateKey),
      'a token without exp': signJwt({ ...claims, exp: undefined }, privateKey),
      'another application\'s id': signJwt({ ...claims, application_id: 'someone-else' }, privateKey),
      'another scope': signJwt({ ...claims, scope: 'session.admin' }, privateKey),
      'alg none': `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`,
      'a moderator token with a tampered payload': `${h}.${Buffer.from(JSON.stringify({ ...claims, session_id: elsewhere.sessionId })).toString('base64url')}.${room.token.split('.')[2]}`,
      'an HS256 token': signJwt(claims, privateKey, { typ: 'JWT', alg: 'HS256' }),
      'a Vonage REST JWT': restJwt,
      'a placeholder token': 'sim-00000000000000000000000000000000;role=moderator',
      'garbage': 'not-a-token',
      'a huge token': 'a'.repeat(9000),
    };
    for (const [label, bearer] of Object.entries(bearers)) {
      const res = await record({ action: 'start', room: 'standup', sessionId: room.sessionId }, bearer);
      assert.equal(res.status, 403, `${label}: ${res.text}`);
      assert.match(res.json.error, /moderator/);
    }
    // The other room's moderator may record their own room, not this one.
    assert.equal((await record({ action: 'start', room: 'other-room', sessionId: elsewhere.sessionId }, elsewhere.token)).status, 200);
    assert.equal(archiveRequests().length, 1);
  });

  test('every bad field → 400 with a JSON error naming it; no Vonage call', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    const ok = { action: 'start', room: 'standup', sessionId };
    const cases = [
      [{ ...ok, action: undefined }, /^action must be "start" or "stop"$/],
      [{ ...ok, action: 'pause' }, /^action /],
      [{ ...ok, action: 'START' }, /^action /],
      [{ ...ok, action: ['start'] }, /^action /],
      [{ ...ok, room: 'has space' }, /^room must be/],
      [{ ...ok, room: 42 }, /^room must be/],
      [{ ...ok, room: '../etc' }, /^room must be/],
      [{ ...ok, room: 'never-joined' }, /^room: "never-joined" has no session/],
      [{ ...ok, sessionId: undefined }, /^sessionId is required/],
      [{ ...ok, sessionId: '' }, /^sessionId is required/],
      [{ ...ok, sessionId: 7 }, /^sessionId is required/],
      [{ ...ok, sessionId: 'x'.repeat(513) }, /^sessionId must be at most 512/],
      [{ ...ok, sessionId: '2_MX4stand-in-session-99' }, /^sessionId is not this room's session$/],
      [{ ...ok, action: 'stop' }, /^archiveId is required to stop/],
      [{ ...ok, action: 'stop', archiveId: '' }, /^archiveId is required to stop/],
      [{ ...ok, action: 'stop', archiveId: 12 }, /^archiveId must be/],
      [{ ...ok, action: 'stop', archiveId: '../../session/x' }, /^archiveId must be/],
      [{ ...ok, action: 'stop', archiveId: '..' }, /^archiveId must be/],
      [{ ...ok, action: 'stop', archiveId: 'a%2fb' }, /^archiveId must be/],
      [{ ...ok, action: 'stop', archiveId: 'a'.repeat(129) }, /^archiveId must be/],
      ['{"action":', /^Request body is not valid JSON$/],
      ['[1,2]', /^Request body must be a JSON object$/],
      ['', /^action /],
    ];
    for (const [body, pattern] of cases) {
      const res = await record(body, moderator);
      assert.equal(res.status, 400, `${JSON.stringify(body)} → ${res.text}`);
      assert.match(res.headers.get('content-type'), /^application\/json/);
      assert.match(res.json.error, pattern, JSON.stringify(body));
    }
    assert.equal(archiveRequests().length, 0);
  });

  test('room defaults to lobby, as for tokens', async () => {
    const { sessionId, token: moderator } = await token({ role: 'moderator' });
    const res = await record({ action: 'start', sessionId }, moderator);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(archiveRequests()[0].json, { sessionId, name: 'lobby' });
  });

  test('stop refuses an archive of another session (403) and an unknown archive (404)', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    const other = await token({ room: 'other-room', role: 'moderator' });
    const { archiveId } = (await record({ action: 'start', room: 'other-room', sessionId: other.sessionId }, other.token)).json;

    const foreign = await record({ action: 'stop', room: 'standup', sessionId, archiveId }, moderator);
    assert.equal(foreign.status, 403, foreign.text);
    assert.match(foreign.json.error, /^archiveId: /);
    const unknown = await record({ action: 'stop', room: 'standup', sessionId, archiveId: 'no-such-archive' }, moderator);
    assert.equal(unknown.status, 404, unknown.text);
    assert.match(unknown.json.error, /^archiveId: /);
    assert.equal(standIn.archives.get(archiveId).status, 'started', 'the other room keeps recording');
    assert.equal(standIn.requests.filter((r) => r.route === 'stopArchive').length, 0);
  });

  test('a 500 from the API → 502 with a message and no key material', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    standIn.behaviour.routeStatus.startArchive = 500;
    const start = await record({ action: 'start', room: 'standup', sessionId }, moderator);
    assert.equal(start.status, 502);
    assert.match(start.json.error, /^Could not start the recording: .*500/);
    assertNoKeyMaterial(start.text);
    assert.ok(!start.text.includes(moderator));

    delete standIn.behaviour.routeStatus.startArchive;
    const { archiveId } = (await record({ action: 'start', room: 'standup', sessionId }, moderator)).json;
    for (const route of ['getArchive', 'stopArchive']) {
      standIn.behaviour.routeStatus = { [route]: 500 };
      const stop = await record({ action: 'stop', room: 'standup', sessionId, archiveId }, moderator);
      assert.equal(stop.status, 502, route);
      assert.match(stop.json.error, /^Could not stop the recording: .*500/);
      assertNoKeyMaterial(stop.text);
    }
    assert.ok(logged.length >= 3);
    for (const line of logged) assertNoKeyMaterial(line);
  });

  test('a 409 from the API (already / not recording) → 409', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    standIn.behaviour.routeStatus.startArchive = 409;
    const start = await record({ action: 'start', room: 'standup', sessionId }, moderator);
    assert.equal(start.status, 409);
    assert.match(start.json.error, /^Could not start the recording: .*409/);

    standIn.behaviour.routeStatus = {};
    const { archiveId } = (await record({ action: 'start', room: 'standup', sessionId }, moderator)).json;
    await record({ action: 'stop', room: 'standup', sessionId, archiveId }, moderator);
    const again = await record({ action: 'stop', room: 'standup', sessionId, archiveId }, moderator);
    assert.equal(again.status, 409, again.text);
  });

  test('an unreachable API → 502', async () => {
    const { sessionId, token: moderator } = await token({ room: 'standup', role: 'moderator' });
    await close(standIn.server);
    const res = await record({ action: 'start', room: 'standup', sessionId }, moderator);
    assert.equal(res.status, 502);
    assert.match(res.json.error, /^Could not start the recording: /);
    assertNoKeyMaterial(res.text);
  });

  test('other methods on /api/recording → 405', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await fetch(`${base}/api/recording`, { method });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get('allow'), 'POST');
    }
  });

  // --- Captions ------------------------------------------------------------------------------

  test('captions=1: POST /v2/project/:app/captions with a fresh moderator token for the session', async () => {
    const body = await token({ room: 'standup', name: 'Ada', captions: '1' });
    assert.equal(captionRequests().length, 1);
    const [request] = captionRequests();
    assert.equal(request.method, 'POST');
    assert.equal(request.path, `/v2/project/${APPLICATION_ID}/captions`);
    assert.match(request.contentType, /^application\/json/);
    assertSignedByApplication(request);
    assert.deepEqual(Object.keys(request.json).sort(), ['languageCode', 'sessionId', 'token']);
    assert.equal(request.json.sessionId, body.sessionId);
    assert.equal(request.json.languageCode, 'en-US');
    assert.notEqual(request.json.token, body.token, 'the captions service gets a token of its own');
    const { claims, valid } = verifyJwt(request.json.token, publicKey);
    assert.ok(valid);
    assert.equal(claims.role, 'moderator');
    assert.equal(claims.session_id, body.sessionId);
    assert.equal(claims.scope, 'session.connect');
    assert.ok(claims.exp > Date.now() / 1000);
    // The user's own token is unchanged by captions: a publisher.
    assert.equal(verifyJwt(body.token, publicKey).claims.role, 'publisher');
  });

  test('captions are enabled once per session; POST "captions": true works too', async () => {
    await token({ room: 'standup', captions: '1', role: 'moderator' });
    await token({ room: 'standup', captions: 'true' });
    const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ room: 'standup', captions: true }) });
    assert.equal(res.status, 200);
    assert.equal(captionRequests().length, 1);
    await token({ room: 'other-room', captions: '1' });
    assert.equal(captionRequests().length, 2, 'a second room is a second session');
    assert.notEqual(captionRequests()[0].json.sessionId, captionRequests()[1].json.sessionId);
  });

  test('concurrent requests with captions share one session and one enableCaptions call', async () => {
    standIn.behaviour.delayMs = 100;
    const roles = ['moderator', 'publisher', 'moderator', 'publisher', ''];
    const bodies = await Promise.all(roles.map((role) => token({ room: 'busy-room', captions: '1', role })));
    assert.equal(standIn.requests.filter((r) => r.route === 'session').length, 1);
    assert.equal(captionRequests().length, 1);
    assert.deepEqual([...new Set(bodies.map((b) => b.sessionId))], ['2_MX4stand-in-session-1']);
    assert.deepEqual(bodies.map((b) => verifyJwt(b.token, publicKey).claims.role), ['moderator', 'publisher', 'moderator', 'publisher', 'publisher']);
  });

  test('without captions=1 (or with captions=0) nothing is enabled; a bad value → 400', async () => {
    await token({ room: 'standup' });
    await token({ room: 'standup', captions: '0' });
    await token({ room: 'standup', captions: 'false', role: 'moderator' });
    assert.equal(captionRequests().length, 0);
    for (const value of ['yes', '2', 'on']) {
      const res = await fetch(`${base}/api/token?room=standup&captions=${value}`);
      assert.equal(res.status, 400, value);
      assert.match((await res.json()).error, /^captions must be 1 or 0/);
    }
    const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ captions: { on: true } }) });
    assert.equal(res.status, 400);
    assert.equal(captionRequests().length, 0);
  });

  test('a captions failure is logged without key material, the token is still returned, the next join retries', async () => {
    standIn.behaviour.routeStatus.captions = 500;
    const body = await token({ room: 'standup', name: 'Ada', captions: '1' });
    assert.ok(verifyJwt(body.token, publicKey).valid);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /Could not enable live captions for room "standup": .*500/);
    assertNoKeyMaterial(logged[0]);
    assert.ok(!logged[0].includes(captionRequests()[0].json.token), 'the captions token is not logged');

    delete standIn.behaviour.routeStatus.captions;
    await token({ room: 'standup', captions: '1' });
    await token({ room: 'standup', captions: '1' });
    assert.equal(captionRequests().length, 2, 'one retry, then remembered');
    assert.equal(logged.length, 1);
  });

  test('a 409 (captions already on for the session) counts as enabled', async () => {
    standIn.behaviour.routeStatus.captions = 409;
    await token({ room: 'standup', captions: '1' });
    await token({ room: 'standup', captions: '1' });
    assert.equal(captionRequests().length, 1);
    assert.deepEqual(logged, []);
  });

  test('captions are enabled again once Vonage has ended them (after 4 hours)', async (t) => {
    t.after(() => mock.timers.reset());
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    await token({ room: 'standup', captions: '1' });
    mock.timers.tick(4 * 60 * 60 * 1000 - 1000);
    await token({ room: 'standup', captions: '1' });
    assert.equal(captionRequests().length, 1);
    mock.timers.tick(2000);
    await token({ room: 'standup', captions: '1' });
    assert.equal(captionRequests().length, 2);
    assert.equal(captionRequests()[1].json.sessionId, captionRequests()[0].json.sessionId);
  });

  test('a session failure with captions=1 → 502 and no captions call', async () => {
    standIn.behaviour.routeStatus.session = 500;
    const res = await fetch(`${base}/api/token?room=standup&captions=1&role=moderator`);
    assert.equal(res.status, 502);
    assertNoKeyMaterial(await res.text());
    assert.equal(captionRequests().length, 0);
  });
});
