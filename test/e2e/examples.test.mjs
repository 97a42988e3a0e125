// The framework examples (examples/react, examples/vue, examples/angular) and a plain webpack app
// (examples/webpack), built as an app developer builds them — production builds with Vite and
// webpack that import the package by its name — into a temp folder, then driven in Chromium with
// the fake camera: each joins the simulator through a property-set `sdk` and `tokenProvider`, and
// shows that `vr-joined` fired. The builds must print no warning, and each example type-checks
// against the package's typings (its typings.check file proves they reject mistakes).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build as viteBuild, createLogger } from 'vite';
import webpack from 'webpack';
import { REPO_ROOT, allPlaying, closeServer, createStaticServer, isOpentokScriptRequest, launchBrowser, listen, openPage, readTiles, waitUntil } from './support.mjs';

const EXAMPLES = {
  react: { bundler: 'vite', room: 'react-example', name: 'React user' },
  vue: { bundler: 'vite', room: 'vue-example', name: 'Vue user' },
  angular: { bundler: 'vite', room: 'angular-example', name: 'Angular user' },
  webpack: { bundler: 'webpack', room: 'webpack-example', name: 'Webpack user' },
};
const TYPE_CHECKED = ['react', 'vue', 'angular'];

const exampleDir = (name) => path.join(REPO_ROOT, 'examples', name);
const env = { builds: {} };

/** Vite's log lines at warning level and above; `info` lines are dropped. */
function warningLogger() {
  const base = createLogger('warn', { allowClearScreen: false });
  const lines = [];
  const keep = (message) => lines.push(String(message));
  return { lines, logger: { ...base, info: () => {}, warn: keep, warnOnce: keep, error: keep } };
}

async function buildWithVite(name, overrides = {}) {
  const { lines, logger } = warningLogger();
  const outDir = path.join(env.tmp, overrides.outName ?? name);
  await viteBuild({
    root: exampleDir(name),
    base: './',
    logLevel: 'warn',
    customLogger: logger,
    cacheDir: path.join(env.tmp, 'vite-cache', name),
    build: { outDir, emptyOutDir: true, ...overrides.build },
  });
  return { warnings: lines, outDir, files: await listFiles(outDir) };
}

async function buildWithWebpack() {
  const { default: config } = await import(path.join(exampleDir('webpack'), 'webpack.config.mjs'));
  const outDir = path.join(env.tmp, 'webpack');
  const compiler = webpack({ ...config, cache: false, output: { ...config.output, path: outDir } });
  const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
  await new Promise((resolve) => compiler.close(resolve));
  const json = stats.toJson({ all: false, warnings: true, errors: true, assets: true });
  await copyFile(path.join(exampleDir('webpack'), 'index.html'), path.join(outDir, 'index.html'));
  return {
    warnings: [...json.errors, ...json.warnings].map((entry) => entry.message),
    outDir,
    files: await listFiles(outDir),
    assets: json.assets.map((asset) => ({ name: asset.name, size: asset.size })),
  };
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true });
  const files = [];
  for (const entry of entries) {
    const info = await stat(path.join(dir, entry));
    if (info.isFile()) files.push({ name: entry.split(path.sep).join('/'), size: info.size });
  }
  return files;
}

const typeCheck = (name) =>
  promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(exampleDir(name), 'tsconfig.json')], { cwd: REPO_ROOT }).then(
    () => ({ ok: true, output: '' }),
    (error) => ({ ok: false, output: `${error.stdout}${error.stderr}` }),
  );

before(async () => {
  env.tmp = await mkdtemp(path.join(os.tmpdir(), 'vr-examples-'));
  const started = Date.now();
  // Type checks run in other processes while this one builds.
  env.typeChecks = Promise.all(TYPE_CHECKED.map(async (name) => [name, await typeCheck(name)])).then(Object.fromEntries);
  const took = [];
  for (const [name, example] of Object.entries(EXAMPLES)) {
    const start = Date.now();
    env.builds[name] = await (example.bundler === 'vite' ? buildWithVite(name) : buildWithWebpack());
    took.push(`${name} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
  await env.typeChecks;
  console.log(`built (${took.join(', ')}) and type-checked the examples in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  env.server = createStaticServer({ root: `${env.tmp}${path.sep}` });
  [env.baseUrl, env.browser] = await Promise.all([listen(env.server), launchBrowser()]);
});

after(async () => {
  await env.browser?.close();
  await closeServer(env.server);
  if (env.tmp) await rm(env.tmp, { recursive: true, force: true });
});

test('the warnings are captured: a build with a 1 kB chunk limit reports its large chunk', { timeout: 30_000 }, async () => {
  const { warnings } = await buildWithVite('react', { outName: 'react-small-limit', build: { chunkSizeWarningLimit: 1 } });
  assert.ok(warnings.some((line) => /larger than 1 kB/.test(line)), `expected the chunk-size warning, got: ${warnings.join('\n')}`);
});

for (const [name, example] of Object.entries(EXAMPLES)) {
  test(`${name}: the ${example.bundler} build prints no warning and ships the SDK as a file of its own`, () => {
    const { warnings, files } = env.builds[name];
    assert.deepEqual(warnings, [], `${name} build warnings:\n${warnings.join('\n')}`);
    const scripts = files.filter((file) => file.name.endsWith('.js'));
    const sdkFiles = scripts.filter((file) => file.size > 2_500_000);
    assert.equal(sdkFiles.length, 1, `one 2.7 MB file, the SDK: ${JSON.stringify(scripts)}`);
  });
}

test('webpack: the SDK file is the only asset above the default size hint, the one the config lets through', () => {
  const large = env.builds.webpack.assets.filter((asset) => asset.size > 244 * 1024);
  assert.equal(large.length, 1, JSON.stringify(env.builds.webpack.assets));
  assert.ok(large[0].size > 2_500_000, 'and it is the SDK');
});

for (const name of TYPE_CHECKED) {
  test(`${name}: the example type-checks with the package's typings, and they reject the mistakes in typings.check`, async () => {
    const result = (await env.typeChecks)[name];
    assert.ok(result.ok, `tsc -p examples/${name}:\n${result.output}`);
  });
}

/** Runs in the page: what the element shows and holds after joining. */
function readElement() {
  const room = document.querySelector('video-room');
  return {
    state: room?.getAttribute('state') ?? null,
    status: document.querySelector('.joined')?.textContent.trim() ?? null,
    sdkIsNamespace: typeof room?.sdk?.initSession === 'function',
    providerIsFunction: typeof room?.tokenProvider === 'function',
    attributes: room ? [...room.attributes].map((attribute) => attribute.name) : [],
    pageOT: 'OT' in window,
  };
}

for (const [name, example] of Object.entries(EXAMPLES)) {
  test(`${name}: joins the simulator in Chromium with sdk and tokenProvider set as properties; vr-joined shows on the page`, { timeout: 30_000 }, async () => {
    const { context, page, requests, pageErrors } = await openPage(env.browser);
    try {
      await page.goto(`${env.baseUrl}/${name}/index.html`);
      const join = page.locator('video-room button[part~="control"][part~="join"]');
      await join.waitFor({ state: 'visible', timeout: 15_000 });
      await join.click();

      await page.waitForFunction(() => document.querySelector('.joined')?.textContent.startsWith('Joined session'), null, { timeout: 15_000 });
      const tiles = await waitUntil(() => readTiles(page), (list) => list.length === 2 && allPlaying(list), { timeout: 15_000, message: 'two playing tiles' });
      const seen = await page.evaluate(readElement);
      assert.equal(seen.status, `Joined session sim-${example.room}`, 'the app shows the vr-joined detail');
      assert.equal(seen.state, 'connected');
      assert.deepEqual(tiles.map((tile) => [tile.local, tile.name]).sort(), [['false', 'Grace Hopper'], ['true', `${example.name} (You)`]]);
      assert.ok(seen.sdkIsNamespace && seen.providerIsFunction, 'sdk and tokenProvider are the objects the app set');
      assert.deepEqual(seen.attributes.filter((attribute) => /sdk|provider/i.test(attribute)), [], 'neither was turned into an attribute');
      assert.equal(seen.pageOT, false, 'no window.OT: the element used the sdk property');
      assert.deepEqual(requests.filter(isOpentokScriptRequest), [], 'the SDK file was not fetched');
      assert.deepEqual(pageErrors.map(String), [], 'no uncaught page errors');
    } finally {
      await context.close();
    }
  });
}

// The simulator never needs the SDK, so the URL the bundler rewrote is checked on its own: an
// element without `sdk` fetches the file the build emitted, and running it defines window.OT.
for (const name of ['react', 'webpack']) {
  test(`${name}: without an sdk the element loads the SDK file the ${EXAMPLES[name].bundler} build emitted`, { timeout: 30_000 }, async () => {
    const { context, page } = await openPage(env.browser);
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ path: new URL(response.url()).pathname, status: response.status() });
    });
    try {
      await page.goto(`${env.baseUrl}/${name}/index.html`);
      await page.locator('video-room button[part~="control"][part~="join"]').waitFor({ timeout: 15_000 });
      const before = scripts.length;
      const version = await page.evaluate(async () => {
        const probe = document.createElement('video-room');
        probe.tokenProvider = async () => ({ applicationId: 'probe', sessionId: 'probe', token: 'probe' });
        document.body.append(probe);
        probe.join().catch(() => undefined); // offline, the real SDK cannot connect
        for (let waited = 0; !window.OT && waited < 15_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
        probe.remove();
        return window.OT?.version ?? null;
      });
      assert.match(String(version), /^v?2\.\d+\.\d+/, 'window.OT is the Vonage Video SDK');
      const sdkFile = env.builds[name].files.find((file) => file.size > 2_500_000).name;
      assert.deepEqual(scripts.slice(before).filter((entry) => entry.path.endsWith(sdkFile)), [{ path: `/${name}/${sdkFile}`, status: 200 }]);
    } finally {
      await context.close();
    }
  });
}
