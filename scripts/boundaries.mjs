// The architecture's import boundaries (DESIGN.md): which folders of src/ may import which, as an
// ESLint rule (project/import-boundaries in eslint.config.mjs; test/scripts/ proves each one fires).
import { dirname, join, normalize, relative, sep } from 'node:path';

/** For files under `from`, imports that resolve into any of `not` are violations. */
const boundaries = [
  { from: 'src/errors.ts', not: ['src/'], except: ['src/errors.ts'], why: 'errors.ts is a leaf: it imports nothing of ours' },
  { from: 'src/sdk/', not: ['src/'], except: ['src/sdk/', 'src/errors.ts'], why: 'sdk/ imports nothing above it but errors.ts' },
  { from: 'src/room/', not: ['src/components/', 'src/i18n/', 'lit'], why: 'room/ is framework-free: no Lit, no components' },
  { from: 'src/layout/', not: ['src/', 'lit'], except: ['src/layout/'], why: 'layout/ is pure: it imports nothing outside itself' },
  { from: 'src/media/', not: ['src/components/', 'src/room/', 'lit'], why: 'media/ knows neither the engine nor the UI' },
  { from: 'src/components/', not: ['src/sdk/'], why: 'components never touch the SDK: they go through room/' },
];

/** Where a specifier points, as a root-relative path ('lit/decorators.js' is the package 'lit'). */
function target(file, specifier) {
  if (!specifier.startsWith('.')) return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  return normalize(join(dirname(file), specifier)).split(sep).join('/').replace(/\.js$/, '.ts');
}

const within = (path, prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix);

/** Why `file` (root-relative, e.g. 'src/sdk/loader.ts') may not import `specifier`, or undefined. */
function boundaryViolation(file, specifier) {
  const to = target(file, specifier);
  return boundaries.find(
    (rule) => within(file, rule.from) && rule.not.some((prefix) => within(to, prefix)) && !(rule.except ?? []).some((prefix) => within(to, prefix)),
  )?.why;
}

/** The string a module reference names, for every form an import can take in JS and TS. */
function specifierOf(node) {
  const literal = node?.type === 'TSLiteralType' ? node.literal : node;
  return literal?.type === 'Literal' && typeof literal.value === 'string' ? literal : undefined;
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Enforce the architecture's import boundaries between the folders of src/" },
    messages: { forbidden: "imports '{{specifier}}': {{why}}" },
    schema: [],
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split(sep).join('/');
    if (!boundaries.some((rule) => within(file, rule.from))) return {};
    const check = (node) => {
      const source = specifierOf(node);
      const why = source && boundaryViolation(file, source.value);
      if (why) context.report({ node: source, messageId: 'forbidden', data: { specifier: source.value, why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
    };
  },
};
