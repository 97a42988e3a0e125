// Demo server without Vonage credentials: placeholder tokens carry their role, the recording
// endpoint checks the bearer against the moderator placeholders it minted and answers with a
// simulated archive (the page then drives the in-page simulator), captions are accepted and ignored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoServer } from '../../demo/server.mjs';
import { close, listen } from './helpers.mjs';

describe('demo server, simulated mode: roles and recording', () => {
  let server;
  let base;
  const logged = [];

  before(async () => {
    server = createDemoServer({ env: {}, logError: (message) => logged.push(message) });
    base = await listen(server);
  });

  after(async () => {
    await close(server);
  });

  async function token(params) {
    const res = await fetch(`${base}/api/token?${new URLSearchParams(params)}`);
    assert.equal(res.status, 200);
    return res.json();
  }

  async function record(body, bearer) {
    const res = await fetch(`${base}/api/recording`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(bearer === undefined ? {} : { Authorization: `Bearer ${bearer}` }) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) };
  }

  test('placeholder tokens carry the role: ";role=publisher" by default, ";role=moderator" on request', async () => {
    assert.match((await token({ room: 'standup' })).token, /^sim-[0-9a-f]{32};role=publisher$/);
    assert.match((await token({ room: 'standup', role: 'publisher' })).token, /^sim-[0-9a-f]{32};role=publisher$/);
    const moderator = await token({ room: 'standup', role: 'moderator' });
    assert.match(moderator.token, /^sim-[0-9a-f]{32};role=moderator$/);
    assert.equal(moderator.sessionId, 'sim-standup');
    assert.equal(moderator.applicationId, 'simulated');
    const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ room: 'standup', role: 'moderator' }) });
    assert.match((await res.json()).token, /;role=moderator$/);
  });

  test('any other role → 400 naming role', async () => {
    for (const role of ['admin', 'subscriber', 'MODERATOR']) {
      const res = await fetch(`${base}/api/token?role=${role}`);
      assert.equal(res.status, 400, role);
      assert.match((await res.json()).error, /^role must be "publisher" or "moderator"$/);
    }
    const res = await fetch(`${base}/api/token`, { method: 'POST', body: JSON.stringify({ role: 1 }) });
    assert.equal(res.status, 400);
  });

  test('captions=1 is accepted (the simulator captions in the page); a bad value → 400', async () => {
    assert.match((await token({ room: 'standup', captions: '1' })).token, /^sim-/);
    const res = await fetch(`${base}/api/token?captions=maybe`);
    assert.equal(res.status, 400);
    assert.match((await res.json()).error, /captions/);
    assert.deepEqual(logged, []);
  });

  test('a moderator starts and stops a simulated recording', async () => {
    const { sessionId, token: moderator } = await token({ room: 'rec-room', role: 'moderator' });
    const start = await record({ action: 'start', room: 'rec-room', sessionId }, moderator);
    assert.equal(start.status, 200, start.text);
    assert.match(start.json.archiveId, /^sim-archive-[0-9a-f]{16}$/);
    assert.deepEqual(start.json, { archiveId: start.json.archiveId, status: 'started', simulated: true });

    // The page stops the archive the simulator reported (its own id).
    const archiveId = '3f2b8c1e-6a2d-4c1b-9f7e-2d4a6b8c0e1f';
    const stop = await record({ action: 'stop', room: 'rec-room', sessionId, archiveId }, moderator);
    assert.equal(stop.status, 200, stop.text);
    assert.deepEqual(stop.json, { archiveId, status: 'stopped', simulated: true });
  });

  test('401 without a bearer token', async () => {
    const { sessionId } = await token({ room: 'rec-room', role: 'moderator' });
    const res = await record({ action: 'start', room: 'rec-room', sessionId });
    assert.equal(res.status, 401);
    assert.match(res.json.error, /Authorization: Bearer/);
  });

  test('403 for a publisher token, another room\'s moderator token, or a placeholder this server never minted', async () => {
    const { sessionId } = await token({ room: 'rec-room', role: 'moderator' });
    const publisher = await token({ room: 'rec-room' });
    const elsewhere = await token({ room: 'other-room', role: 'moderator' });
    const bearers = [
      publisher.token,
      publisher.token.replace(/;role=publisher$/, ';role=moderator'),
      elsewhere.token,
      'sim-0123456789abcdef0123456789abcdef;role=moderator',
      'role=moderator',
    ];
    for (const bearer of bearers) {
      const res = await record({ action: 'start', room: 'rec-room', sessionId }, bearer);
      assert.equal(res.status, 403, bearer);
      assert.match(res.json.error, /moderator/);
    }
  });

  test('bad fields → 400 naming them', async () => {
    const { sessionId, token: moderator } = await token({ room: 'rec-room', role: 'moderator' });
    const ok = { action: 'start', room: 'rec-room', sessionId };
    const cases = [
      [{ ...ok, action: 'record' }, /^action /],
      [{ ...ok, room: 'a/b' }, /^room must be/],
      [{ ...ok, room: 'never-joined', sessionId: 'sim-never-joined' }, /^room: "never-joined" has no session/],
      [{ ...ok, sessionId: 'sim-other-room' }, /^sessionId is not this room's session$/],
      [{ ...ok, sessionId: null }, /^sessionId is required/],
      [{ ...ok, action: 'stop' }, /^archiveId is required to stop/],
      [{ ...ok, action: 'stop', archiveId: 'a/b' }, /^archiveId must be/],
    ];
    for (const [body, pattern] of cases) {
      const res = await record(body, moderator);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.json.error, pattern, JSON.stringify(body));
    }
  });

  test('the record of minted moderator tokens is bounded: the oldest is forgotten after 1,000 more', async () => {
    const first = await token({ room: 'bounded', role: 'moderator' });
    const body = { action: 'start', room: 'bounded', sessionId: first.sessionId };
    assert.equal((await record(body, first.token)).status, 200);
    // Publisher tokens are not recorded, so they do not push moderators out.
    for (let i = 0; i < 50; i += 1) await token({ room: 'bounded' });
    assert.equal((await record(body, first.token)).status, 200);

    let latest;
    for (let batch = 0; batch < 10; batch += 1) {
      const minted = await Promise.all(Array.from({ length: 100 }, () => token({ room: 'bounded', role: 'moderator' })));
      latest = minted.at(-1);
    }
    assert.equal((await record(body, first.token)).status, 403, 'the oldest moderator token was dropped');
    assert.equal((await record(body, latest.token)).status, 200, 'a recent one still works');
  });
});
