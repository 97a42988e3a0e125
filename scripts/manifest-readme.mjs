// The README's API tables of `<video-room>` are generated from the Custom Elements Manifest, so
// they say what the JSDoc says. Each sits between two marker comments:
//   <!-- manifest:attributes --> … <!-- /manifest:attributes -->
//   node scripts/manifest-readme.mjs --check   fails, naming them, when tables differ from the sources
//   node scripts/manifest-readme.mjs --write   regenerates them
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeManifest, elementByTag, oneLine, root } from './manifest.mjs';

/** Text for a table cell: one line, its pipes escaped (inside code spans too, as GitHub wants). */
const cell = (text) => oneLine(text).replaceAll('|', '\\|');
const code = (text) => `\`${text}\``;

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map((row) => line(row.map(cell)))].join('\n');
}

/** Every table, by the name its markers use. */
export function apiTables(element) {
  const fields = element.members.filter((member) => member.kind === 'field');
  const attributeFields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  const reflected = new Set(fields.filter((field) => field.reflects).map((field) => field.name));
  const signature = (method) => `${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ')})`;
  return {
    attributes: table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((attribute) => [
        code(attribute.name),
        code(attribute.fieldName),
        code(attribute.type.text.replace(/ \| undefined$/, '')),
        attribute.default === undefined ? '—' : code(attribute.default),
        `${attribute.description}${reflected.has(attribute.fieldName) ? ' Reflected.' : ''}`,
      ]),
    ),
    properties: table(
      ['property', 'type', 'description'],
      fields
        .filter((field) => !attributeFields.has(field.name))
        .map((field) => [code(field.name), `${code(field.type.text)}${field.readonly ? ' (read-only)' : ''}`, field.description]),
    ),
    methods: table(
      ['method', 'returns', 'description'],
      element.members.filter((member) => member.kind === 'method').map((method) => [code(signature(method)), code(method.return?.type?.text ?? 'void'), method.description]),
    ),
    events: table(
      ['event', 'class', 'detail', 'description'],
      element.events.map((event) => [code(event.name), code(event.type.text), code(event.detail.text), event.description]),
    ),
    slots: table(['slot', 'description'], (element.slots ?? []).map((slot) => [code(slot.name), slot.description])),
    parts: table(['part', 'description'], (element.cssParts ?? []).map((part) => [code(part.name), part.description])),
    'css-properties': table(
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), property.default ? code(property.default) : '—', property.description]),
    ),
  };
}

/**
 * The README with each table put between its markers. `changed`: the tables that differed;
 * `missing`: tables whose markers the README lacks (it must have them all).
 */
export function withTables(readme, tables) {
  const changed = [];
  const missing = [];
  let text = readme;
  for (const [name, content] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- manifest:${name} -->\\n)([\\s\\S]*?)(<!-- /manifest:${name} -->)`);
    const found = text.match(pattern);
    if (!found) {
      missing.push(name);
      continue;
    }
    if (found[2] !== `${content}\n`) changed.push(name);
    text = text.replace(pattern, (_, start, _old, end) => `${start}${content}\n${end}`);
  }
  return { text, changed, missing };
}

async function main(mode) {
  if (mode !== '--check' && mode !== '--write') {
    console.error('usage: node scripts/manifest-readme.mjs --check | --write');
    process.exit(2);
  }
  const path = join(root, 'README.md');
  const tables = apiTables(elementByTag(await analyzeManifest(), 'video-room'));
  const { text, changed, missing } = withTables(readFileSync(path, 'utf8'), tables);
  if (missing.length) {
    console.error(`README.md lacks the markers of: ${missing.join(', ')} (<!-- manifest:NAME --> … <!-- /manifest:NAME -->)`);
    process.exit(1);
  }
  if (mode === '--write') {
    if (changed.length) writeFileSync(path, text);
    console.log(changed.length ? `README.md: regenerated ${changed.join(', ')}` : 'README.md: API tables up to date');
  } else if (changed.length) {
    console.error(`README.md: the ${changed.join(', ')} table(s) differ from the JSDoc; run node scripts/manifest-readme.mjs --write`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2]);
