// Analyzer plugins that turn its file-by-file output into the package's public API: one module,
// the one hosts import (`vonage-video-room` → dist/video-room.js), holding `<video-room>` with
// everything it inherits, the classes and values that entry exports, and nothing internal.
import { fileURLToPath } from 'node:url';
import { literalUnionText, sourceTypes } from './manifest-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The module the manifest describes: the package entry as published. */
const entryModule = 'dist/video-room.js';

/** Every plugin, in the order they must run. `tags`: the elements hosts place on their pages. */
export function manifestPlugins({ tags }) {
  const hostElements = (manifest) => taggedElements(manifest).filter(({ declaration }) => tags.includes(declaration.tagName));
  const internal = new Set();
  let types;
  const checker = () => (types ??= sourceTypes(root)); // one program for both plugins, built when needed
  return [internalMembersPlugin(internal), publicElementPlugin(hostElements, internal), sourceTypesPlugin(hostElements, checker), entryModulePlugin(hostElements, checker)];
}

const taggedElements = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ module, declaration })));

/**
 * Remembers the members marked `@internal`. The analyzer drops them where it meets the tag, but not
 * a field it finds again as an assignment in the constructor (`this.engine = …`).
 */
function internalMembersPlugin(internal) {
  return {
    name: 'vr-internal-members',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const tagged = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
        if (tagged && member.name) internal.add(`${node.name.text}.${member.name.getText()}`);
      }
    },
  };
}

/**
 * An element's declaration keeps what a host can use: no private, protected, `#private`,
 * static or `@internal` member, no event without a name (a `dispatchEvent` the analyzer saw; the
 * `@fires` tags name them all). Its base classes are implementation details: what it inherits is
 * listed as its own, and it extends LitElement.
 */
function publicElementPlugin(hostElements, internal) {
  return {
    name: 'vr-public-element',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of hostElements(customElementsManifest)) {
        const isInternal = (member) => internal.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`);
        declaration.members = (declaration.members ?? []).filter(
          (member) => !member.privacy && !member.static && !member.name.startsWith('#') && !isInternal(member),
        );
        declaration.events = (declaration.events ?? []).filter((event) => event.name);
        for (const item of [...declaration.members, ...(declaration.attributes ?? []), ...declaration.events]) delete item.inheritedFrom;
        declaration.superclass = { name: 'LitElement', package: 'lit' };
      }
    },
  };
}

/**
 * Types from the TypeScript checker: string-literal unions spelled out (`'auto' | 'grid' |
 * 'speaker'`, not `LayoutMode`, a name hosts cannot import), each event's `detail` type listed
 * from its class, and number defaults as an attribute would hold them (`10000`, not `10_000`).
 */
function sourceTypesPlugin(hostElements, checker) {
  return {
    name: 'vr-source-types',
    packageLinkPhase({ customElementsManifest }) {
      const types = checker();
      const classes = new Map(customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [declaration.name, module.path])));
      for (const { module, declaration } of hostElements(customElementsManifest)) {
        const node = types.classNode(module.path, declaration.name);
        for (const member of declaration.members) {
          const type = types.memberType(node, member.name);
          if (member.kind === 'field') spellOut(member, type);
          if (member.kind === 'method') {
            const parameters = type?.getCallSignatures()[0]?.getParameters() ?? [];
            for (const parameter of member.parameters ?? []) {
              const symbol = parameters.find((candidate) => candidate.name === parameter.name);
              if (symbol) spellOut(parameter, types.checker.getTypeOfSymbolAtLocation(symbol, node));
            }
          }
        }
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.fieldName) spellOut(attribute, types.memberType(node, attribute.fieldName));
        }
        for (const event of declaration.events) {
          const eventClass = event.type?.text;
          const path = classes.get(eventClass);
          if (!path) throw new Error(`manifest: @fires ${event.name} names {${eventClass}}, which is no class of the package`);
          const classNode = types.classNode(path, eventClass);
          event.detail = { text: types.shapeText(types.memberType(classNode, 'detail'), classNode) };
        }
      }
    },
  };
}

function spellOut(item, type) {
  const literals = literalUnionText(type);
  if (literals) item.type = { text: literals };
  if (typeof item.default === 'string' && /^\d[\d_]*$/.test(item.default)) item.default = item.default.replaceAll('_', '');
}

/**
 * One module, as published: the elements, and the values the entry exports (the event classes,
 * VideoRoomError, `videoRoomEventNames`…), each declared once, with `customElements.define` as
 * a custom-element-definition export. Source modules, internal classes and the types-only
 * exports (the element classes are one) are left out.
 */
function entryModulePlugin(hostElements, checker) {
  return {
    name: 'vr-entry-module',
    packageLinkPhase({ customElementsManifest }) {
      const exported = checker().entryValueExports();
      const elements = hostElements(customElementsManifest).map(({ declaration }) => declaration);
      const all = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const values = exported.map((name) => {
        const declaration = all.find((candidate) => candidate.name === name && !candidate.customElement);
        if (!declaration) throw new Error(`manifest: the entry exports ${name}, which the analyzer did not find`);
        return declaration;
      });
      const eventNames = new Map(elements.flatMap((element) => element.events.map((event) => [event.type.text, event.name])));
      for (const declaration of values) publishedValue(declaration, eventNames.get(declaration.name), checker);
      const reference = (name) => ({ name, module: entryModule });
      for (const element of elements) {
        for (const event of element.events) event.type.references = [{ ...reference(event.type.text), start: 0, end: event.type.text.length }];
      }
      customElementsManifest.readme = 'README.md';
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: entryModule,
          declarations: [...elements, ...values],
          exports: [
            ...values.map((declaration) => ({ kind: 'js', name: declaration.name, declaration: reference(declaration.name) })),
            ...elements.map((element) => ({ kind: 'custom-element-definition', name: element.tagName, declaration: reference(element.name) })),
          ],
        },
      ];
    },
  };
}

/**
 * An exported value as the entry publishes it. An event class is a CustomEvent (the analyzer reads
 * its `videoRoomEvent(name)` base as a mixin) whose static `eventName` is its name. A variable is
 * described by its type rather than its source text, and a default that names a constructor
 * parameter (`this.code = code`) is no value.
 */
function publishedValue(declaration, eventName, checker) {
  if (eventName) {
    declaration.superclass = { name: 'CustomEvent', package: 'global:' };
    delete declaration.mixins;
  } else if (declaration.superclass && declaration.superclass.name in globalThis) {
    declaration.superclass = { name: declaration.superclass.name, package: 'global:' };
  }
  if (declaration.kind === 'variable') {
    declaration.type ??= { text: checker().variableType(declaration.name) };
    delete declaration.default;
  }
  for (const member of declaration.members ?? []) {
    delete member.inheritedFrom;
    if (member.name === 'eventName' && eventName) member.default = `'${eventName}'`;
    else if (/^[A-Za-z_$][\w$]*$/.test(member.default ?? '') && !['true', 'false', 'null', 'undefined'].includes(member.default)) delete member.default;
  }
}
