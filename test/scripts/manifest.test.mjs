// The Custom Elements Manifest, the editors' data and the README's API tables say what the source
// of `<video-room>` says. Expectations are read from the source here (TypeScript's view of the
// element, its decorators, its JSDoc, the runtime list of event names), not from the manifest.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import ts from 'typescript';
import { vscodeCustomData, webTypes } from '../../scripts/manifest-editor-data.mjs';
import { apiTables, withTables } from '../../scripts/manifest-readme.mjs';
import { analyzeManifest, elementByTag, root, schemaErrors } from '../../scripts/manifest.mjs';

const elementFile = 'src/components/video-room/video-room.ts';
const read = (path) => readFileSync(join(root, path), 'utf8');
const sorted = (values) => [...values].sort();

let manifest;
let element;
before(async () => {
  manifest = await analyzeManifest();
  element = elementByTag(manifest, 'video-room');
});

/** TypeScript's view of the element: its instance members declared in src/, with their decorators. */
const source = (() => {
  const program = ts.createProgram([join(root, 'src/index.ts')], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, experimentalDecorators: true, strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(join(root, elementFile));
  const declaration = file.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === 'VideoRoomElement');
  const instance = checker.getTypeAtLocation(declaration);
  let litElement = instance;
  while (litElement.symbol?.name !== 'LitElement') litElement = checker.getBaseTypes(litElement)[0];
  const ours = checker.getPropertiesOfType(instance).filter((symbol) => symbol.declarations?.every((node) => relative(root, node.getSourceFile().fileName).startsWith('src')));
  const modifiers = (node) => ts.getCombinedModifierFlags(node);
  const isInternal = (symbol) => symbol.declarations.some((node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal'));
  const isHidden = (symbol) => symbol.declarations.some((node) => modifiers(node) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static) || node.name?.kind === ts.SyntaxKind.PrivateIdentifier);
  // Lifecycle overrides (connectedCallback…) are LitElement's API, not the element's own.
  const publicMembers = ours.filter((symbol) => !isHidden(symbol) && !isInternal(symbol) && !litElement.getProperty(symbol.name));
  const typeOf = (symbol) => checker.getTypeOfSymbolAtLocation(symbol, declaration);
  /** The field names of an event class's `detail`. */
  function detailFields(className) {
    const node = program.getSourceFile(join(root, 'src/events.ts')).statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === className);
    const detail = checker.getTypeOfSymbolAtLocation(checker.getTypeAtLocation(node).getProperty('detail'), node);
    return checker.getPropertiesOfType(detail).map((property) => property.name);
  }
  return { checker, ours, publicMembers, isInternal, isHidden, typeOf, detailFields };
})();

/** `@property(...)` fields and the attribute Lit gives each (`attribute: false`: none; no name: the lowercased property). */
function declaredAttributes() {
  return source.ours.flatMap((symbol) => {
    const node = symbol.declarations[0];
    const decorator = (ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : []).find(
      (candidate) => ts.isCallExpression(candidate.expression) && candidate.expression.expression.getText() === 'property',
    );
    if (!decorator) return [];
    const options = decorator.expression.arguments[0];
    const option = (name) => options?.properties.find((property) => property.name.getText() === name)?.initializer;
    const attribute = option('attribute');
    if (attribute?.kind === ts.SyntaxKind.FalseKeyword) return [];
    const name = attribute && ts.isStringLiteral(attribute) ? attribute.text : symbol.name.toLowerCase();
    return [{ name, fieldName: symbol.name, initializer: node.initializer?.getText(), boolean: option('type')?.getText() === 'Boolean' }];
  });
}

/** The JSDoc tags of the element class, as written. */
function classTags(tag) {
  const text = read(elementFile);
  const doc = text.slice(text.lastIndexOf('/**', text.indexOf('export class VideoRoomElement')), text.indexOf('export class VideoRoomElement'));
  return [...doc.matchAll(new RegExp(`@${tag} (\\S+)`, 'g'))].map((match) => match[1]);
}

/** The runtime values of src/events.ts (it imports types only, so its JavaScript runs as it is). */
async function eventsModule() {
  const { outputText } = ts.transpileModule(read('src/events.ts'), { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

const fields = () => element.members.filter((member) => member.kind === 'field');
const methods = () => element.members.filter((member) => member.kind === 'method');

test('the manifest validates against the Custom Elements Manifest schema', () => {
  assert.deepEqual(schemaErrors(manifest), []);
  assert.equal(manifest.modules.length, 1);
  assert.equal(manifest.modules[0].path, 'dist/video-room.js');
});

test('the schema check reports a manifest that breaks the schema', () => {
  const broken = structuredClone(manifest);
  const brokenElement = broken.modules[0].declarations.find((declaration) => declaration.tagName === 'video-room');
  delete brokenElement.events[0].name;
  brokenElement.attributes[0].name = 42;
  const errors = schemaErrors(broken);
  assert.ok(errors.some((error) => error.includes("must have required property 'name'")), errors.join('\n'));
  assert.ok(errors.some((error) => error.includes('must be string')), errors.join('\n'));
});

test('every attribute the element declares is listed with its property, type and default', () => {
  const declared = declaredAttributes();
  assert.ok(declared.length >= 20, `only ${declared.length} @property attributes found in the source`);
  assert.deepEqual(sorted(element.attributes.map((attribute) => attribute.name)), sorted(declared.map((attribute) => attribute.name)));
  for (const expected of declared) {
    const attribute = element.attributes.find((candidate) => candidate.name === expected.name);
    assert.equal(attribute.fieldName, expected.fieldName, expected.name);
    assert.equal(attribute.default, expected.initializer?.replaceAll('_', ''), `default of ${expected.name}`);
    assert.ok(attribute.type?.text, `type of ${expected.name}`);
    if (expected.boolean) assert.equal(attribute.type.text, 'boolean', expected.name);
    assert.ok(attribute.description, `description of ${expected.name}`);
  }
  // Types TypeScript resolves: the values a host may write, not an alias name it cannot import.
  assert.equal(element.attributes.find((attribute) => attribute.name === 'layout').type.text, "'auto' | 'grid' | 'speaker'");
  assert.equal(element.attributes.find((attribute) => attribute.name === 'token-method').type.text, "'GET' | 'POST'");
});

test('every public property and method is listed, with types, parameters and return types', () => {
  const expected = source.publicMembers.map((symbol) => symbol.name);
  for (const name of ['sdk', 'tokenProvider', 'participants', 'localParticipant', 'session', 'lastError', 'strings', 'recordingHandler', 'join', 'leave', 'setAudioEnabled', 'sendChatMessage', 'raiseHand']) {
    assert.ok(expected.includes(name), `${name} is public in the source`);
  }
  assert.deepEqual(sorted(element.members.map((member) => member.name)), sorted(expected));
  for (const member of element.members) assert.ok(member.description, `description of ${member.name}`);
  for (const field of fields()) assert.ok(field.type?.text, `type of ${field.name}`);
  for (const method of methods()) {
    const symbol = source.publicMembers.find((candidate) => candidate.name === method.name);
    const signature = source.typeOf(symbol).getCallSignatures()[0];
    assert.deepEqual((method.parameters ?? []).map((parameter) => parameter.name), signature.parameters.map((parameter) => parameter.name), method.name);
    for (const parameter of method.parameters ?? []) assert.ok(parameter.type?.text, `type of ${method.name}(${parameter.name})`);
    assert.equal(method.return?.type?.text, source.checker.typeToString(signature.getReturnType()), `return type of ${method.name}`);
  }
  const readOnly = fields().filter((field) => field.readonly).map((field) => field.name);
  for (const name of ['participants', 'localParticipant', 'session', 'lastError']) assert.ok(readOnly.includes(name), `${name} is read-only`);
});

test('no internal, private, protected or static member appears', () => {
  const hidden = source.ours.filter((symbol) => source.isInternal(symbol) || source.isHidden(symbol)).map((symbol) => symbol.name);
  for (const name of ['engine', 'text', 'notify', 'snapshot', 'applySnapshot']) assert.ok(hidden.includes(name), `${name} is internal in the source`);
  const listed = new Set(element.members.map((member) => member.name));
  assert.deepEqual(hidden.filter((name) => listed.has(name)), []);
  assert.equal(JSON.stringify(manifest).includes('inheritedFrom'), false, 'base classes are not part of the published API');
});

test('the events are exactly videoRoomEventNames, each with its class and detail type', async () => {
  const { videoRoomEventNames, eventClasses } = await eventsModule();
  assert.deepEqual(sorted(element.events.map((event) => event.name)), sorted(videoRoomEventNames));
  for (const eventClass of Object.values(eventClasses)) {
    const event = element.events.find((candidate) => candidate.name === eventClass.eventName);
    assert.equal(event.type.text, eventClass.name, `class of ${event.name}`);
    assert.ok(event.description, `description of ${event.name}`);
    // The detail lists the fields TypeScript knows for that class's `detail`.
    assert.match(event.detail.text, /^\{ .+ \}$/, `detail of ${event.name}`);
    const listed = [...event.detail.text.matchAll(/(?:\{ |; )(\w+)\??: /g)].map((match) => match[1]);
    assert.deepEqual(listed, source.detailFields(eventClass.name), `detail of ${event.name}`);
  }
  const detail = (name) => element.events.find((event) => event.name === name).detail.text;
  assert.equal(detail('vr-joined'), '{ sessionId: string; connectionId: string; rejoined: boolean }');
  assert.equal(detail('vr-error'), '{ code: VideoRoomErrorCode; message: string; recoverable: boolean }');
});

test('slots, CSS parts and CSS custom properties come from the JSDoc', () => {
  assert.deepEqual(element.slots.map((slot) => slot.name), classTags('slot'));
  assert.deepEqual(element.cssParts.map((part) => part.name), classTags('csspart'));
  const written = classTags('cssprop').map((tag) => tag.match(/^\[(--[\w-]+)=/)[1]);
  assert.deepEqual(element.cssProperties.map((property) => property.name), written);
  for (const item of [...element.slots, ...element.cssParts, ...element.cssProperties]) assert.ok(item.description, `description of ${item.name}`);
  for (const property of element.cssProperties) assert.ok(property.default, `default of ${property.name}`);
});

test('every --vr- custom property the styles read is documented', () => {
  const styles = ts.sys.readDirectory(join(root, 'src'), ['.ts']).filter((path) => path.endsWith('.styles.ts'));
  const used = new Set(styles.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/var\((--vr-[\w-]+)/g)].map((match) => match[1])));
  used.delete('--vr-level'); // set by the element on the level meter, documented with that part
  assert.ok(used.size >= 10, `only ${used.size} custom properties found in the styles`);
  const documented = new Set(element.cssProperties.map((property) => property.name));
  assert.deepEqual([...used].filter((name) => !documented.has(name)), []);
});

test("the README's API tables match the manifest", () => {
  const readme = read('README.md');
  const tables = apiTables(element);
  const { changed, missing, text } = withTables(readme, tables);
  assert.deepEqual(missing, []);
  assert.deepEqual(changed, [], 'run node scripts/manifest-readme.mjs --write');
  assert.equal(text, readme);
  for (const attribute of element.attributes) assert.ok(tables.attributes.includes(`| \`${attribute.name}\` |`), attribute.name);
});

test('the README check catches a table that drifted, and --write restores it', () => {
  const readme = read('README.md');
  const drifted = readme.replace('| `layout` | `layout` |', '| `layout` | `layoutMode` |');
  assert.notEqual(drifted, readme);
  const { changed, text } = withTables(drifted, apiTables(element));
  assert.deepEqual(changed, ['attributes']);
  assert.equal(text, readme);
  assert.equal(withTables('# no markers\n', apiTables(element)).missing.length, Object.keys(apiTables(element)).length);
});

test('the VS Code custom data lists every attribute, with the values of enumerations', () => {
  const data = vscodeCustomData(manifest);
  assert.equal(data.version, 1.1);
  const [tag] = data.tags;
  assert.equal(tag.name, 'video-room');
  assert.deepEqual(sorted(tag.attributes.map((attribute) => attribute.name)), sorted(declaredAttributes().map((attribute) => attribute.name)));
  const byName = (name) => tag.attributes.find((attribute) => attribute.name === name);
  assert.deepEqual(byName('layout').values.map((value) => value.name), ['auto', 'grid', 'speaker']);
  assert.deepEqual(byName('token-credentials').values.map((value) => value.name), ['same-origin', 'include', 'omit']);
  assert.equal(byName('autojoin').valueSet, 'v');
  assert.equal(byName('room').values, undefined);
  assert.match(byName('token-timeout').description.value, /Default: `10000`/);
  for (const attribute of tag.attributes) assert.ok(attribute.description.value.length > 20, attribute.name);
});

test('the web-types list every attribute, property, event, slot, part and custom property', async () => {
  const { videoRoomEventNames } = await eventsModule();
  const types = webTypes(manifest, { name: 'vonage-video-room', version: '1.2.3' });
  assert.equal(types.version, '1.2.3');
  const [entry] = types.contributions.html.elements;
  assert.equal(entry.name, 'video-room');
  assert.deepEqual(sorted(entry.attributes.map((attribute) => attribute.name)), sorted(declaredAttributes().map((attribute) => attribute.name)));
  assert.equal(entry.attributes.find((attribute) => attribute.name === 'layout').value.type, "'auto' | 'grid' | 'speaker'");
  assert.deepEqual(sorted(entry.js.events.map((event) => event.name)), sorted(videoRoomEventNames));
  assert.deepEqual(sorted(entry.js.properties.map((property) => property.name)), sorted(fields().map((field) => field.name)));
  assert.equal(entry.slots.length, element.slots.length);
  assert.equal(entry.css.parts.length, element.cssParts.length);
  assert.equal(entry.css.properties.length, element.cssProperties.length);
});

test('the build step writes the manifest and the editor data into a folder and leaves package.json alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vr-manifest-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const packageJson = read('package.json');
  const run = promisify(execFile);
  // The analyzer joins --outdir onto the working directory, hence the relative path.
  await run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet', '--outdir', relative(root, dir)], { cwd: root });
  await run(process.execPath, ['scripts/manifest-build.mjs', dir], { cwd: root });
  const written = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  assert.deepEqual(written('custom-elements.json'), manifest);
  assert.deepEqual(written('vscode.html-custom-data.json'), vscodeCustomData(manifest));
  const { name, version } = JSON.parse(packageJson);
  assert.deepEqual(written('web-types.json'), webTypes(manifest, { name, version }));
  assert.equal(read('package.json'), packageJson);
  const { customElements, 'web-types': webTypesPath, scripts } = JSON.parse(packageJson);
  assert.equal(customElements, 'dist/custom-elements.json');
  assert.equal(webTypesPath, 'dist/web-types.json');
  assert.match(scripts.build, /&& cem analyze --quiet && node scripts\/manifest-build\.mjs$/);
});

test('the build step fails on a manifest that breaks the schema', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vr-manifest-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const broken = structuredClone(manifest);
  delete broken.modules[0].path;
  writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(broken));
  await assert.rejects(promisify(execFile)(process.execPath, ['scripts/manifest-build.mjs', dir], { cwd: root }), (error) => {
    assert.match(error.stderr, /does not match the schema/);
    return true;
  });
});
