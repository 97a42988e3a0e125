// Packs a code-split build into classic scripts whose chunks run only when first imported.
//
// A classic <script> cannot import its own chunks, and inlining them (`inlineDynamicImports`)
// runs every module of the call, the in-call view and the locales before the first paint. Here
// Rollup writes AMD chunks (`output.format: 'amd'`, `amd.autoId`), and this plugin joins those the
// entry needs at once into the one file a page includes, with a small loader: `define` records each
// chunk's factory, and a chunk runs the first time it is required. Every other chunk (what an
// `import()` asks for: the call, the in-call view, each locale) gets a file of its own, fetched with
// the chunks it imports on that first `import()`, as the ES module build fetches its chunks: the
// page compiles only what the join screen needs before its first paint.
import { createHash } from 'node:crypto';

/** `load(id)` runs a chunk (and its imports) once; `fetchChunk(id)` brings a lazy chunk's files. */
const loader = ({ files, needs, fileLoader }) => `var factories = {}, loaded = {}, fetching = {};
var files = ${JSON.stringify(files)}, needs = ${JSON.stringify(needs)};
function define(id, deps, factory) { factories[id] = [deps, factory]; }
function sibling(from, dep) { return from.slice(0, from.lastIndexOf('/') + 1) + dep.slice(2); }
function fetchFile(id) {
  return fetching[id] || (fetching[id] = load(${JSON.stringify(fileLoader.chunk)}).${fileLoader.exportName}(files[id], function (script) { script.vrDefine = define; })
    .catch(function (error) { delete fetching[id]; throw error; }));
}
function fetchChunk(id) {
  return Promise.all([id].concat(needs[id] || []).filter(function (need) { return !factories[need]; }).map(fetchFile));
}
function load(id) {
  if (loaded[id]) return loaded[id];
  var exports = (loaded[id] = {});
  var requireFrom = function (ids, done, fail) {
    var target = sibling(id, ids[0]);
    fetchChunk(target).then(function () { done(load(target)); }).catch(fail);
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

/** A lazy chunk's own file: its `define` is the loader's, handed over on its script element. */
const lazyFile = (banner, code) => `${banner}(function (define) {
'use strict';
if (typeof define !== 'function') throw new Error('This file belongs to video-room.classic.js, which loads it when needed: include only that one.');
${code.trim()}
})(document.currentScript && document.currentScript.vrDefine);
`;

const idOf = (chunk) => chunk.fileName.replace(/\.js$/, '');

/**
 * `fileName`: the file a page includes. `banner`: every file's first line (a compile hint).
 * `eager`: module ids whose chunks run at once with the entry (a module that reads
 * `document.currentScript`, which is only set while the script first runs). `fileLoader`: the
 * eager module and export that runs another file of the build (through the page's Trusted Types
 * policy); lazy files are written to `lazyDir`, named by chunk and content. All chunks must share
 * one folder: their imports are `./name`.
 */
export function classicScripts({ fileName, banner = '', eager = [], fileLoader, lazyDir }) {
  return {
    name: 'classic-scripts',
    buildStart() {
      // Its own chunk, whose exports stay: the loader calls one that no module imports.
      this.emitFile({ type: 'chunk', id: fileLoader.module, preserveSignature: 'allow-extension' });
    },
    generateBundle(options, bundle) {
      if (options.format !== 'amd' || !options.amd?.autoId) this.error('classicScripts needs output.format "amd" with amd.autoId');
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const folders = new Set(chunks.map((chunk) => chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1)));
      if (folders.size !== 1) this.error('classicScripts: every chunk must be in one folder');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const first = chunks.filter((chunk) => chunk.moduleIds.some((id) => eager.includes(id)));
      const loaderChunk = chunks.find((chunk) => chunk.moduleIds.includes(fileLoader.module));
      if (!loaderChunk || !first.includes(loaderChunk) || !loaderChunk.exports.includes(fileLoader.exportName)) {
        this.error(`classicScripts: ${fileLoader.exportName} must be an export of an eager chunk`);
      }
      const entry = chunks.find((chunk) => chunk.isEntry && !first.includes(chunk));
      // What a chunk imports statically, all the way down: it cannot run without them.
      const closure = (roots) => {
        const found = new Set();
        const visit = (chunk) => {
          if (found.has(chunk)) return;
          found.add(chunk);
          for (const name of chunk.imports) visit(byFile.get(name));
        };
        roots.forEach(visit);
        return found;
      };
      const main = closure([...first, entry]);
      const lazy = chunks.filter((chunk) => !main.has(chunk));
      const files = {};
      const needs = {};
      for (const chunk of lazy) {
        const hash = createHash('sha256').update(chunk.code).digest('hex').slice(0, 8);
        files[idOf(chunk)] = `${lazyDir}/${chunk.name}-${hash}.js`;
        needs[idOf(chunk)] = [...closure([chunk])].filter((other) => other !== chunk && !main.has(other)).map(idOf);
      }
      const start = [...first, entry].map((chunk) => `load(${JSON.stringify(idOf(chunk))});`).join('\n');
      for (const chunk of chunks) delete bundle[chunk.fileName];
      const mainCode = chunks.filter((chunk) => main.has(chunk)).map((chunk) => chunk.code.trim()).join('\n');
      const fileLoaderRef = { chunk: idOf(loaderChunk), exportName: fileLoader.exportName };
      this.emitFile({ type: 'asset', fileName, source: `${banner}(function () {\n'use strict';\n${loader({ files, needs, fileLoader: fileLoaderRef })}${mainCode}\n${start}\n})();\n` });
      for (const chunk of lazy) this.emitFile({ type: 'asset', fileName: files[idOf(chunk)], source: lazyFile(banner, chunk.code) });
    },
  };
}
