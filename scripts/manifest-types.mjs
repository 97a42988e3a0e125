// Types as TypeScript sees them, for the manifest: the analyzer reads each file on its own, so it
// only knows a type by the name written in the source (`LayoutMode`), not what the name stands for.
import { join } from 'node:path';
import ts from 'typescript';

const format = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/** A type checker over everything the package entry reaches, with the project's compiler options. */
export function sourceTypes(root) {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([join(root, 'src/index.ts')], { ...options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();

  /** The class declaration `name` in the source file `path` (relative to the root). */
  function classNode(path, name) {
    const source = program.getSourceFile(join(root, path));
    const node = source?.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === name);
    if (!node) throw new Error(`manifest: class ${name} not found in ${path}`);
    return node;
  }

  /** The type of a member of a class instance; undefined when the class has no such member. */
  function memberType(classDeclaration, name) {
    const symbol = checker.getTypeAtLocation(classDeclaration).getProperty(name);
    return symbol && checker.getTypeOfSymbolAtLocation(symbol, classDeclaration);
  }

  /** `{ a: A; b?: B }` for an object type, listing its properties (the detail of an event). */
  function shapeText(type, location) {
    const properties = checker.getPropertiesOfType(type);
    if (properties.length === 0) return checker.typeToString(type, undefined, format);
    const fields = properties.map((property) => {
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      const propertyType = checker.getTypeOfSymbolAtLocation(property, location);
      return `${property.name}${optional}: ${checker.typeToString(optional ? checker.getNonNullableType(propertyType) : propertyType, undefined, format)}`;
    });
    return `{ ${fields.join('; ')} }`;
  }

  /** The names of the values (not types) the package entry exports. */
  const entryExports = () => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(root, 'src/index.ts'))));

  function entryValueExports() {
    return entryExports()
      .filter((symbol) => {
        const declaration = symbol.declarations?.[0];
        if (declaration && ts.isExportSpecifier(declaration) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly)) return false;
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return Boolean(target.flags & ts.SymbolFlags.Value);
      })
      .map((symbol) => symbol.name);
  }

  /** The type of a variable the entry exports, as TypeScript prints it. */
  function variableType(name) {
    const symbol = entryExports().find((candidate) => candidate.name === name);
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!target?.valueDeclaration) throw new Error(`manifest: the entry exports no variable ${name}`);
    return checker.typeToString(checker.getTypeOfSymbolAtLocation(target, target.valueDeclaration), undefined, format);
  }

  return { checker, classNode, memberType, shapeText, entryValueExports, variableType };
}

/**
 * `'a' | 'b'` (keeping `| undefined`) for a union of string literals, in the order its alias
 * declares them; undefined for any other type. Editors offer these values for an attribute.
 */
export function literalUnionText(type) {
  if (!type?.isUnion()) return undefined;
  const literals = type.types.filter((member) => member.isStringLiteral());
  const empty = type.types.filter((member) => member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null));
  if (literals.length === 0 || literals.length + empty.length !== type.types.length) return undefined;
  const values = declaredOrder(type, literals.map((member) => member.value));
  return [...values.map((value) => `'${value}'`), ...empty.map((member) => (member.flags & ts.TypeFlags.Null ? 'null' : 'undefined'))].join(' | ');
}

/** The checker orders union members by creation; the alias's source order reads better. */
function declaredOrder(type, values) {
  const node = type.aliasSymbol?.declarations?.[0]?.type;
  if (!node || !ts.isUnionTypeNode(node)) return values;
  const written = node.types.map((member) => (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) ? member.literal.text : undefined));
  return [...values].sort((a, b) => written.indexOf(a) - written.indexOf(b));
}
