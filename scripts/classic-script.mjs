// Packs a code-split build into one classic script whose chunks run only when first imported.
//
// A classic <script> cannot import its own chunks, and inlining them (`inlineDynamicImports`)
// runs every module of the call, the in-call view and the locales before the first paint. Here
// Rollup writes AMD chunks (`output.format: 'amd'`, `amd.autoId`), and this plugin joins them
// into one file with a small loader: `define` records each chunk's factory, a chunk runs the
// first time it is required (statically by another chunk, or by an `import()`), so the page
// parses the whole file but evaluates only the entry before the first paint.

/** The loader each packed file starts with; `load(id)` runs a chunk (and its imports) once. */
const LOADER = `var factories = {}, loaded = {};
function define(id, deps, factory) { factories[id] = [deps, factory]; }
function sibling(from, dep) { return from.slice(0, from.lastIndexOf('/') + 1) + dep.slice(2); }
function load(id) {
  if (loaded[id]) return loaded[id];
  var exports = (loaded[id] = {});
  var requireFrom = function (ids, done, fail) {
    try { done(load(sibling(id, ids[0]))); } catch (error) { fail(error); }
  };
  try {
    factories[id][1].apply(undefined, factories[id][0].map(function (dep) {
      return dep === 'exports' ? exports : dep === 'require' ? requireFrom : load(sibling(id, dep));
    }));
  } catch (error) {
    delete loaded[id];
    throw error;
  }
  return exports;
}
`;

const idOf = (chunk) => chunk.fileName.replace(/\.js$/, '');

/**
 * `fileName`: the one file written. `banner`: its first line (a compile hint). `eager`: module
 * ids whose chunks run at once with the entry (a module that reads `document.currentScript`,
 * which is only set while the script first runs). All chunks must share one folder: their
 * imports are `./name`.
 */
export function oneClassicScript({ fileName, banner = '', eager = [] }) {
  return {
    name: 'one-classic-script',
    generateBundle(options, bundle) {
      if (options.format !== 'amd' || !options.amd?.autoId) this.error('oneClassicScript needs output.format "amd" with amd.autoId');
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const folders = new Set(chunks.map((chunk) => chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1)));
      if (folders.size !== 1) this.error('oneClassicScript: every chunk must be in one folder');
      const entry = chunks.find((chunk) => chunk.isEntry);
      const first = chunks.filter((chunk) => chunk !== entry && chunk.moduleIds.some((id) => eager.includes(id)));
      const start = [...first, entry].map((chunk) => `load(${JSON.stringify(idOf(chunk))});`).join('\n');
      for (const chunk of chunks) delete bundle[chunk.fileName];
      const source = `${banner}(function () {\n'use strict';\n${LOADER}${chunks.map((chunk) => chunk.code.trim()).join('\n')}\n${start}\n})();\n`;
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
