// The architecture's import boundaries (DESIGN.md): which folders of src/ may import which.
// Used by lint.mjs; exported so a test can prove each rule fires on a fixture.
import { dirname, join, normalize, relative, sep } from 'node:path';

/** For files under `from`, imports that resolve into any of `not` are violations. */
export const boundaries = [
  { from: 'src/errors.ts', not: ['src/'], except: ['src/errors.ts'], why: 'errors.ts is a leaf: it imports nothing of ours' },
  { from: 'src/sdk/', not: ['src/'], except: ['src/sdk/', 'src/errors.ts'], why: 'sdk/ imports nothing above it but errors.ts' },
  { from: 'src/room/', not: ['src/components/', 'src/i18n/', 'lit'], why: 'room/ is framework-free: no Lit, no components' },
  { from: 'src/layout/', not: ['src/', 'lit'], except: ['src/layout/'], why: 'layout/ is pure: it imports nothing outside itself' },
  { from: 'src/media/', not: ['src/components/', 'src/room/', 'lit'], why: 'media/ knows neither the engine nor the UI' },
  { from: 'src/components/', not: ['src/sdk/'], why: 'components never touch the SDK: they go through room/' },
];

const importPattern = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The specifiers a source file imports (static, re-exports, side-effect and dynamic imports). */
export function importsOf(source) {
  return [...source.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** Where a specifier points, as a root-relative path ('lit' stays a package name). */
function target(file, specifier) {
  if (!specifier.startsWith('.')) return specifier.split('/')[0].startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  return relative('.', normalize(join(dirname(file), specifier))).split(sep).join('/').replace(/\.js$/, '.ts');
}

const within = (path, prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix);

/** Violations of the boundaries in one file (`file` root-relative, e.g. 'src/sdk/loader.ts'). */
export function boundaryViolations(file, source) {
  const problems = [];
  for (const rule of boundaries) {
    if (!within(file, rule.from)) continue;
    for (const specifier of importsOf(source)) {
      const to = target(file, specifier);
      const forbidden = rule.not.some((prefix) => within(to, prefix)) && !(rule.except ?? []).some((prefix) => within(to, prefix));
      if (forbidden) problems.push({ file, specifier, why: rule.why });
    }
  }
  return problems;
}
