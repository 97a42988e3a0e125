// Editor data derived from the Custom Elements Manifest, so HTML editors complete `<video-room>`,
// its attributes and their values: VS Code's HTML custom data (`html.customData`) and JetBrains'
// web-types (found through the "web-types" key of package.json).
import { definedElements, oneLine } from './manifest.mjs';

/** The values an attribute takes when its type is a union of string literals (`layout`); else none. */
export function attributeValues(type) {
  const members = (type?.text ?? '').split('|').map((member) => member.trim()).filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 0 || !members.every((member) => /^'[^']*'$/.test(member))) return [];
  return members.map((member) => member.slice(1, -1));
}

/** A type as a host writes it in an attribute: `undefined` is the attribute left out. */
const attributeType = (type) => (type?.text ?? 'string').replace(/\s*\|\s*undefined\b/g, '');

const isBoolean = (attribute) => attributeType(attribute.type) === 'boolean';

/** The facts a description leaves out: property, type, default. */
function attributeFacts(attribute) {
  const facts = [`Property: \`${attribute.fieldName}\``, `Type: \`${attributeType(attribute.type)}\``];
  if (attribute.default !== undefined) facts.push(`Default: \`${attribute.default}\``);
  return facts.join(' · ');
}

const list = (title, items, label = (item) => `\`${item.name}\``) =>
  items?.length ? `\n\n**${title}**: ${items.map(label).join(', ')}` : '';

/** What the tag's hover shows: its description, then what else it offers by name. */
function tagSummary(element) {
  return (
    element.description +
    list('Events', element.events) +
    list('Slots', element.slots) +
    list('CSS parts', element.cssParts) +
    list('CSS properties', element.cssProperties)
  );
}

/** VS Code's HTML custom data, version 1.1. */
export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: definedElements(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: tagSummary(element) },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = attributeValues(attribute.type);
        return {
          name: attribute.name,
          description: { kind: 'markdown', value: `${attribute.description ?? ''}\n\n${attributeFacts(attribute)}`.trim() },
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          // `v`: a valueless attribute (present or absent), as boolean attributes are.
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types: HTML elements with their attributes, JS properties and events, slots and CSS. */
export function webTypes(manifest, { name, version }) {
  const exportedType = (typeName) => ({ module: name, name: typeName });
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: definedElements(manifest).map((element) => ({
          name: element.tagName,
          description: element.description,
          source: { module: name, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: oneLine(attribute.description),
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            required: false,
            // A boolean attribute needs no value; a literal union offers its values.
            value: isBoolean(attribute) ? { type: 'boolean', required: false } : { type: attributeType(attribute.type) },
          })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: oneLine(slot.description) })),
          js: {
            properties: element.members
              .filter((member) => member.kind === 'field')
              .map((field) => ({
                name: field.name,
                description: oneLine(field.description),
                type: field.type?.text ?? 'unknown',
                ...(field.readonly ? { 'read-only': true } : {}),
              })),
            events: element.events.map((event) => ({
              name: event.name,
              description: `${oneLine(event.description)} Detail: \`${event.detail.text}\`.`,
              type: exportedType(event.type.text),
            })),
          },
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: oneLine(part.description) })),
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: `${oneLine(property.description)}${property.default ? ` Default: \`${property.default}\`.` : ''}`,
            })),
          },
        })),
      },
    },
  };
}
