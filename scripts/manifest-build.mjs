// The build's last step, after `cem analyze` wrote dir/custom-elements.json (default dist/):
// fails when the manifest breaks its schema, then writes the editors' data derived from it.
//   node scripts/manifest-build.mjs [dir]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeCustomData, webTypes } from './manifest-editor-data.mjs';
import { readJson, root, schemaErrors } from './manifest.mjs';

const dir = process.argv[2] ?? join(root, 'dist');
const manifest = readJson(join(dir, 'custom-elements.json'));
const errors = schemaErrors(manifest);
if (errors.length) {
  console.error(`custom-elements.json does not match the schema:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
const { name, version } = readJson(join(root, 'package.json'));
writeFileSync(join(dir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`);
writeFileSync(join(dir, 'web-types.json'), `${JSON.stringify(webTypes(manifest, { name, version }), null, 2)}\n`);
