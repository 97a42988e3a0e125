// What the builds' `before` transformers make of a snippet of TypeScript, for their tests.
import ts from 'typescript';

/** `source` compiled with `transformer` (a `before` transformer factory), as trimmed JavaScript. */
export function transpileWith(transformer, source) {
  const result = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    transformers: { before: [transformer()] },
  });
  return result.outputText.trim();
}
