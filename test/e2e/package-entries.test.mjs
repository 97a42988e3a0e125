// The package as Node and server-side rendering see it (by its name, through its `exports`): the
// `node` condition gets entries without the element (whose code extends HTMLElement), with every
// value the types promise; the `browser` condition gets the entry that defines the element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const typesOf = (file) => fileURLToPath(new URL(`../../dist/types/${file}`, import.meta.url));

/** The names a declaration file exports as values (not `export type`), as TypeScript reads them. */
function valueExports(declarationFile) {
  const program = ts.createProgram([declarationFile], { noEmit: true, skipLibCheck: true, types: [], moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(declarationFile)));
  const typeOnly = (symbol) => symbol.declarations?.some((node) => ts.isExportSpecifier(node) && (node.isTypeOnly || node.parent.parent.isTypeOnly));
  const isValue = (symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target.flags & ts.SymbolFlags.Value) !== 0 && !typeOnly(symbol);
  };
  return exports.filter(isValue).map((symbol) => symbol.name).sort();
}

/** Where `specifier` resolves from inside the package with the given extra conditions. */
function resolveWith(conditions, specifier) {
  const args = [...conditions.map((condition) => `--conditions=${condition}`), '--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`];
  return execFileSync(process.execPath, args, { cwd: fileURLToPath(new URL('../../', import.meta.url)), encoding: 'utf8' }).trim();
}

test('in Node the package imports without throwing and has every value its types declare; `defined` resolves', async () => {
  const entry = await import('vonage-video-room');
  const declared = valueExports(typesOf('index.d.ts'));
  assert.ok(declared.includes('VideoRoomError') && declared.includes('JoinedEvent') && declared.includes('defined'), `declared: ${declared}`);
  assert.deepEqual(Object.keys(entry).sort(), declared);
  assert.equal(await Promise.race([entry.defined.then(() => 'resolved'), new Promise((resolve) => setTimeout(resolve, 100, 'pending'))]), 'resolved');

  const joined = new entry.JoinedEvent({ sessionId: 's', connectionId: 'c', rejoined: false });
  assert.deepEqual([joined.type, joined.bubbles, joined.composed, joined.detail.sessionId], ['vr-joined', true, true, 's']);
  assert.ok(entry.videoRoomEventNames.includes('vr-error'));
  const error = new entry.VideoRoomError('auth-failed', 'The token was rejected.');
  assert.deepEqual([error instanceof Error, error.code], [true, 'auth-failed']);
});

test('the conditions pick the entries: node → no element, browser (and bundlers without node) → the defining entry', () => {
  assert.match(resolveWith([], 'vonage-video-room'), /\/dist\/video-room\.node\.js$/);
  assert.match(resolveWith(['browser'], 'vonage-video-room'), /\/dist\/video-room\.js$/);
  assert.match(resolveWith([], 'vonage-video-room/react'), /\/dist\/react\.node\.js$/);
  assert.match(resolveWith(['browser'], 'vonage-video-room/react'), /\/dist\/react\.js$/);
});

test('vonage-video-room/react renders on the server: string props as attributes, objects and functions left out', async () => {
  const { VideoRoom, JoinedEvent } = await import('vonage-video-room/react');
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    createElement(VideoRoom, { room: 'standup', layout: 'grid', autojoin: true, sdk: { initSession() {} }, tokenProvider: async () => ({}), onVrJoined: () => {} }),
  );
  assert.match(html, /^<video-room [^>]*room="standup"/);
  assert.match(html, /layout="grid"/);
  assert.doesNotMatch(html, /\[object Object\]|sdk=|tokenProvider|onVrJoined|=>/);
  assert.equal(typeof JoinedEvent, 'function', 'the react entry re-exports the package API');
  assert.deepEqual(valueExports(typesOf('react.d.ts')).filter((name) => name !== 'VideoRoom'), valueExports(typesOf('index.d.ts')));
});

test('vonage-video-room/testing imports in Node and creates a simulator without touching browser globals', async () => {
  const { createSimulator } = await import('vonage-video-room/testing');
  const sim = createSimulator();
  assert.equal(typeof sim.OT.initSession, 'function');
  sim.dispose();
});
