// The lint's rules fire: the project rules (CSP, network strings as text, no logging, no focused
// tests, no machine paths), the plugins the config enables, the type-aware checks, and
// lit-analyzer with the repository's settings. Each fixture is linted as if it were a file at the
// given path, so the rule sets for that folder apply.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { machinePath } from '../../scripts/project-rules.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const syntaxOnly = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function rulesFired(file, source, eslint = syntaxOnly) {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

// Built from parts so that this file does not itself contain a machine's path.
const homePath = ['', 'home', 'ada', 'project', 'x.ts'].join('/');

const firing = [
  ['no style attribute in a component template', 'src/components/x/x.ts', 'import { html } from "lit";\nexport const t = html`<div style="color: red"></div>`;', 'lit/ban-attributes'],
  ['no style attribute binding', 'src/components/x/x.ts', 'import { html } from "lit";\nexport const t = (c: string) => html`<div style=${c}></div>`;', 'lit/ban-attributes'],
  ['no style attribute in an SVG template', 'src/components/icons.ts', 'import { svg } from "lit";\nexport const i = svg`<path style="fill: red" d="M0 0"/>`;', 'no-restricted-syntax'],
  ['no innerHTML', 'src/components/x/x.ts', 'export function show(el: Element, text: string) { el.innerHTML = text; }', 'no-restricted-syntax'],
  ['no outerHTML', 'src/room/x.ts', 'export function show(el: Element, text: string) { el.outerHTML += text; }', 'no-restricted-syntax'],
  ['no insertAdjacentHTML', 'src/media/x.ts', 'export function show(el: Element, text: string) { el.insertAdjacentHTML("beforeend", text); }', 'no-restricted-syntax'],
  ['no unsafeHTML', 'src/components/x/x.ts', 'import { unsafeHTML } from "lit/directives/unsafe-html.js";\nexport { unsafeHTML };', 'no-restricted-imports'],
  ['no logging', 'src/room/x.ts', 'export function f(token: string) { console.log("joining", token); }', 'no-console'],
  ['no focused describe', 'test/room/x.test.ts', 'describe.only("a", () => {});', 'no-restricted-syntax'],
  ['no focused it in a Node test', 'test/e2e/x.test.mjs', 'import { it } from "node:test";\nit.only("a", () => {});', 'no-restricted-syntax'],
  ['no machine path in code', 'scripts/x.mjs', `export const file = '${homePath}';`, 'project/no-machine-paths'],
  ['no machine path in a comment', 'src/layout/x.ts', `// see ${homePath}\nexport {};`, 'project/no-machine-paths'],
  ['lit: one binding per attribute', 'src/components/x/x.ts', 'import { html } from "lit";\nexport const t = html`<input .value=${1} .value=${2}>`;', 'lit/no-duplicate-template-bindings'],
  ['lit-a11y: images have text', 'src/components/x/x.ts', 'import { html } from "lit";\nexport const t = html`<img src="a.png">`;', 'lit-a11y/alt-text'],
  ['lit-a11y: roles exist', 'src/components/x/x.ts', 'import { html } from "lit";\nexport const t = html`<div role="meterr"></div>`;', 'lit-a11y/aria-role'],
  ['wc: element names are valid', 'src/components/x/x.ts', 'class X extends HTMLElement {}\ncustomElements.define("notvalid", X);', 'wc/no-invalid-element-name'],
  ['wc: a Lit element removes its listeners', 'src/components/x/x.ts', 'import { LitElement } from "lit";\nexport class X extends LitElement {\n  override connectedCallback() {\n    super.connectedCallback();\n    window.addEventListener("resize", () => this.remove());\n  }\n}', 'wc/require-listener-teardown'],
  ['browser code knows no Node globals', 'demo/x.js', 'export const cwd = process.cwd();', 'no-undef'],
];

for (const [name, file, source, rule] of firing) {
  test(`lint: ${name} (${rule} in ${file})`, async () => {
    assert.ok((await rulesFired(file, source)).includes(rule), `${rule} did not fire`);
  });
}

test('lint: what the rules allow passes', async () => {
  assert.deepEqual(await rulesFired('src/components/x/x.ts', 'import { html } from "lit";\nexport const t = (text: string) => html`<p class="note" role="meter" aria-label=${text} aria-valuenow="1">${text}</p>`;'), []);
  assert.deepEqual(await rulesFired('src/room/x.ts', 'export function f(error: Error) { console.warn("video-room:", error.message); }'), []);
  assert.deepEqual(await rulesFired('scripts/x.mjs', 'console.log(process.cwd());'), []);
  assert.deepEqual(await rulesFired('demo/x.js', 'document.title = location.hostname;'), []);
});

test('lint: the rule for files ESLint does not read (pages, styles) spots machine paths', () => {
  assert.ok(machinePath.test(`<script src="${homePath}"></script>`));
  assert.ok(!machinePath.test('<script src="../dist/video-room.js"></script>'));
});

test('lint: promises are checked with type information', { timeout: 120_000 }, async () => {
  const typed = new ESLint({ cwd: root });
  // Linted as the text of files the TypeScript project holds, so their types are known.
  const floating = await rulesFired('src/errors.ts', 'export async function later(): Promise<void> {}\nlater();\n', typed);
  assert.ok(floating.includes('@typescript-eslint/no-floating-promises'), floating.join());
  const misused = await rulesFired('src/errors.ts', 'export async function later(): Promise<void> {}\nexport const fine = [1].forEach(later);\nif (later()) later().catch(() => undefined);\n', typed);
  assert.ok(misused.includes('@typescript-eslint/no-misused-promises'), misused.join());
  // The chai `equal` allowance leaves the really asynchronous assertions checked.
  const unawaited = await rulesFired('test/support/room-fixture.ts', "import { expect } from '@open-wc/testing';\nit('a', () => {\n  expect(document.body).to.be.accessible();\n  expect(1).to.equal(1);\n});\n", typed);
  assert.deepEqual(unawaited, ['@typescript-eslint/no-floating-promises']);
});

/** Runs lit-analyzer, with the repository's settings, over one fixture module in a temp folder. */
function litAnalyzer(source) {
  const dir = mkdtempSync(join(tmpdir(), 'vr-lit-analyzer-'));
  try {
    const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: config.compilerOptions, include: ['*.ts'] }));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'fixture.ts'), source);
    const run = spawnSync(process.execPath, [join(root, 'node_modules/lit-analyzer/cli.js'), '--maxWarnings', '0', '--format', 'list', 'fixture.ts'], { cwd: dir, encoding: 'utf8' });
    return { ok: run.status === 0, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('lit-analyzer: template bindings are type-checked, strictly', { timeout: 60_000 }, () => {
  const bad = litAnalyzer([
    "import { html } from 'lit';",
    'export const button = (on: boolean) => html`<button aria-pressed=${String(on)}>x</button>`;',
    'export const unknown = html`<vr-nowhere></vr-nowhere>`;',
  ].join('\n'));
  assert.equal(bad.ok, false);
  assert.match(bad.output, /2:\d+\s+error\s+Type 'string' is not assignable/);
  assert.match(bad.output, /3:\d+\s+\w+\s+Unknown tag <vr-nowhere>/);
  // What the settings allow: ARIA 1.2's `meter` role, `enterkeyhint`, booleans spelled out.
  const good = litAnalyzer([
    "import { html } from 'lit';",
    "export const meter = (on: boolean) => html`<div role=\"meter\" aria-valuenow=\"0\" aria-pressed=${on ? 'true' : 'false'}></div><textarea enterkeyhint=\"send\"></textarea>`;",
  ].join('\n'));
  assert.equal(good.ok, true, good.output);
});
