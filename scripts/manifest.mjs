// Reading the Custom Elements Manifest: running the analyzer, checking the schema, finding an element.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Runs the analyzer with the project's config and returns the manifest without writing it (for
 * checks that must see the sources as they are now, not a dist/ built earlier).
 */
export async function analyzeManifest() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
}

/**
 * Where the manifest breaks the Custom Elements Manifest schema, one line each; empty when valid.
 * The schema lets each declaration match any kind (`anyOf`), so an element with a broken event
 * still passes as a plain class: each custom element is also checked as one.
 */
export function schemaErrors(manifest) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(readJson(join(root, 'node_modules/custom-elements-manifest/schema.json')), 'cem');
  const checks = [{ validate: ajv.getSchema('cem'), value: manifest, path: '' }];
  (manifest.modules ?? []).forEach((module, m) =>
    (module.declarations ?? []).forEach((declaration, d) => {
      if (declaration.customElement) {
        checks.push({ validate: ajv.getSchema('cem#/definitions/CustomElementDeclaration'), value: declaration, path: `/modules/${m}/declarations/${d}` });
      }
    }),
  );
  return checks.flatMap(({ validate, value, path }) =>
    validate(value) ? [] : validate.errors.map((error) => `${path}${error.instancePath || (path ? '' : '/')} ${error.message}`),
  );
}

/** The elements the manifest defines for pages, with their declarations. */
export function definedElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((exported) => exported.kind === 'custom-element-definition')
      .map((exported) => module.declarations.find((declaration) => declaration.name === exported.declaration.name)),
  );
}

/** The declaration of one element by its tag. */
export function elementByTag(manifest, tag) {
  const element = definedElements(manifest).find((declaration) => declaration?.tagName === tag);
  if (!element) throw new Error(`manifest: no <${tag}> in it`);
  return element;
}

/** A description on one line, for table cells and one-line hovers. */
export const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
