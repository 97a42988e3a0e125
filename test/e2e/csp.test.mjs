// The element under a strict Content-Security-Policy with Trusted Types (DESIGN "Resilience"):
// the ESM build and the classic build each join a call with the simulator, show three tiles and an
// avatar, and cause no `securitypolicyviolation` at all. The policy is sent as a response header
// (a <meta> policy could not carry every directive a host would use).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeServer, createStaticServer, launchBrowser, listen, openPage } from './support.mjs';

/**
 * What a strict host page sends. `trusted-types` names the policies that may be created: Lit
 * creates `lit-html` when it loads (its templates go through `innerHTML`), and the classic build
 * creates `vonage-video-room` to load the SDK's script. No `'allow-duplicates'`: one copy of each.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types vonage-video-room lit-html',
].join('; ');

const env = {};
before(async () => {
  env.server = createStaticServer();
  // Runs before the static server's own handler: every response carries the policy.
  env.server.prependListener('request', (req, res) => res.setHeader('Content-Security-Policy', STRICT_CSP));
  [env.baseUrl, env.browser] = await Promise.all([listen(env.server), launchBrowser()]);
});
after(async () => {
  await env.browser?.close();
  await closeServer(env.server);
});

/** Runs in the page: the element's state, each tile's box and name, and the avatar of the tile without video. */
function readPage() {
  const room = document.querySelector('video-room');
  const box = (node) => {
    const rect = node?.getBoundingClientRect();
    return rect ? { width: Math.round(rect.width), height: Math.round(rect.height) } : null;
  };
  const tiles = room?.shadowRoot ? [...room.shadowRoot.querySelectorAll('[part~="tile"]')] : [];
  return {
    state: room?.getAttribute('state') ?? null,
    element: box(room),
    tiles: tiles.map((tile) => {
      const avatar = tile.shadowRoot?.querySelector('.avatar');
      return {
        name: tile.shadowRoot?.querySelector('[part="tile-name"]')?.textContent.trim() ?? null,
        kind: tile.dataset.kind,
        box: box(tile),
        avatar: avatar ? { box: box(avatar), initials: avatar.textContent.trim(), display: getComputedStyle(avatar).display } : null,
        videoWidth: tile.shadowRoot?.querySelector('video')?.videoWidth ?? 0,
      };
    }),
    violations: window.cspViolations ?? null,
  };
}

const describeViolation = (v) =>
  `${v.violatedDirective} at ${v.sourceFile || '(no source file)'}:${v.lineNumber}:${v.columnNumber}` +
  `, blocked ${v.blockedURI || '(nothing)'}${v.sample ? `, sample ${JSON.stringify(v.sample)}` : ''}`;

/** One line per distinct violation, with how often it happened. */
function describeViolations(violations) {
  const counts = new Map();
  for (const violation of violations) {
    const line = describeViolation(violation);
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => (count > 1 ? `${count}× ${line}` : line));
}

const firstLine = (value) => String(value).split('\n')[0].slice(0, 300);

async function joinUnderStrictCsp(fixture) {
  const { context, page, pageErrors, requests } = await openPage(env.browser);
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  try {
    const response = await page.goto(`${env.baseUrl}/test/e2e/fixtures/${fixture}`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the strict policy');

    const joined = await page
      .evaluate(() => Promise.race([window.cspFixture, new Promise((resolve) => setTimeout(resolve, 15_000, 'join() did not settle in 15 s'))]))
      .then(
        (value) => ({ value }),
        (error) => ({ error: String(error).split('\n')[0] }),
      );
    // Give the call a moment to render everyone (and any late violation a chance to fire).
    let seen = await page.evaluate(readPage);
    const deadline = Date.now() + 8_000;
    const ready = (value) =>
      value.state === 'connected' &&
      value.tiles.length === 3 &&
      value.tiles.every((tile) => tile.box?.width > 0 && tile.box?.height > 0) &&
      value.tiles.some((tile) => tile.avatar?.box?.width > 0);
    while (!ready(seen) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await page.evaluate(readPage);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    seen = await page.evaluate(readPage);

    const problems = [];
    if (joined.error) problems.push(`the fixture failed: ${joined.error}`);
    else if (joined.value !== 'connected') problems.push(`join() resolved with state ${JSON.stringify(joined.value)}`);
    if (seen.state !== 'connected') problems.push(`state is ${JSON.stringify(seen.state)}, not "connected"`);
    if (seen.tiles.length !== 3) problems.push(`${seen.tiles.length} tiles, not 3: ${JSON.stringify(seen.tiles.map((tile) => tile.name))}`);
    for (const tile of seen.tiles) {
      if (!(tile.box?.width > 0 && tile.box?.height > 0)) problems.push(`tile ${JSON.stringify(tile.name)} has no size: ${JSON.stringify(tile.box)}`);
    }
    const alan = seen.tiles.find((tile) => tile.name === 'Alan Turing');
    if (!alan?.avatar) problems.push('no avatar on the tile of Alan Turing (video off)');
    else if (!(alan.avatar.box?.width > 0 && alan.avatar.box?.height > 0) || alan.avatar.initials !== 'AT') {
      problems.push(`the avatar of Alan Turing does not show: ${JSON.stringify(alan.avatar)}`);
    }
    if (seen.violations === null) problems.push('the fixture script did not run (window.cspViolations is missing)');
    const violations = seen.violations ?? [];
    if (violations.length) {
      problems.push(`${violations.length} securitypolicyviolation event(s):\n    ${describeViolations(violations).join('\n    ')}`);
    }
    if (pageErrors.length) problems.push(`page errors:\n    ${pageErrors.map(firstLine).join('\n    ')}`);
    // With the simulator as window.OT, neither build fetches an SDK.
    const sdkRequests = requests.filter((url) => /opentok(\.min)?\.js|module-sdk/.test(url));
    if (sdkRequests.length) problems.push(`an SDK was fetched although window.OT is the simulator: ${sdkRequests.join(', ')}`);
    const distinctConsole = [...new Set(consoleErrors.map(firstLine))];
    assert.deepEqual(
      problems,
      [],
      `${fixture} under "${STRICT_CSP}":\n  ${problems.join('\n  ')}` +
        (distinctConsole.length ? `\n  console errors (first ${Math.min(5, distinctConsole.length)} of ${distinctConsole.length} distinct):\n    ${distinctConsole.slice(0, 5).join('\n    ')}` : ''),
    );
  } finally {
    await context.close();
  }
}

test('strict CSP + Trusted Types, ESM build: joins, three tiles with a size, the avatar shows, no violation', { timeout: 45_000 }, async () => {
  await joinUnderStrictCsp('csp.html');
});

test('strict CSP + Trusted Types, classic build: joins, three tiles with a size, the avatar shows, no violation', { timeout: 45_000 }, async () => {
  await joinUnderStrictCsp('csp-classic.html');
});

// No simulator: each build loads dist/opentok.min.js itself, with a script element whose src
// goes through its Trusted Types policy `vonage-video-room`. Offline the SDK cannot connect
// (the join ends in connect-failed); what is checked is that loading it breaks no rule of the
// policy on the element's side. What the vendor SDK then does under this policy (its own
// injected <style>, an innerHTML, requests to Vonage hosts that a real call adds to connect-src)
// is reported as a diagnostic, not a failure: that is the host's policy to extend (see README).
for (const [build, fixture] of [['classic build', 'csp-classic.html'], ['ESM build', 'csp.html']]) test(`strict CSP + Trusted Types, ${build} without window.OT: the SDK script loads through the vonage-video-room policy`, { timeout: 45_000 }, async (t) => {
  const { context, page, requests } = await openPage(env.browser);
  try {
    await page.goto(`${env.baseUrl}/test/e2e/fixtures/${fixture}?sdk=real`);
    const state = await page.evaluate(() => Promise.race([window.cspFixture, new Promise((resolve) => setTimeout(resolve, 25_000, 'join() did not settle in 25 s'))]));
    const { violations, otType, joinError } = await page.evaluate(() => ({
      violations: window.cspViolations,
      otType: typeof window.OT,
      joinError: window.cspJoinError ?? null,
    }));
    const fromSdk = (violation) => /\/opentok(\.min)?\.js$/.test(violation.sourceFile);
    const ours = violations.filter((violation) => !fromSdk(violation));
    const sdks = violations.filter(fromSdk);
    if (sdks.length) {
      t.diagnostic('the vendor SDK itself under this policy:');
      for (const line of describeViolations(sdks)) t.diagnostic(`  ${line}`);
    }
    const problems = [];
    if (!requests.some((url) => url.endsWith('/dist/opentok.min.js'))) problems.push('dist/opentok.min.js was never fetched');
    if (otType !== 'object') problems.push(`window.OT is ${otType} (join: ${JSON.stringify(joinError)}, state ${JSON.stringify(state)})`);
    if (ours.length) problems.push(`${ours.length} violation(s) not from the SDK's own code:\n    ${describeViolations(ours).join('\n    ')}`);
    assert.deepEqual(problems, [], `${fixture}?sdk=real under "${STRICT_CSP}":\n  ${problems.join('\n  ')}`);
  } finally {
    await context.close();
  }
});
