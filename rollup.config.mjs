// Builds:
// - dist/video-room.js: the browser entry. It defines the element itself; the call, the in-call
//   view, the settings panel and the locales are chunks (dist/chunks/) loaded on join or on use.
// - dist/react.js: `vonage-video-room/react`, which imports the entry for the element.
// - dist/testing.js: the in-page simulator.
// - dist/video-room.node.js, dist/react.node.js: the same exports for Node and server-side
//   rendering, without the element (the `node` export condition).
// - dist/video-room.classic.js, dist/testing.classic.js: one file each for classic <script> tags
//   (the element's chunks are packed into its file and run when first imported).
// - dist/opentok.min.js: the vendor SDK, copied as it is; both browser builds load it with a
//   script element on first use instead of bundling it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { compileLitTemplates } from '@lit-labs/compiler';
import { minify } from 'terser';
import { classicScripts } from './scripts/classic-script.mjs';
import { minifyCssTemplates } from './scripts/minify-css.mjs';
import { minifyHtmlTemplates } from './scripts/minify-html.mjs';

const require = createRequire(import.meta.url);
const sdkFile = require.resolve('@vonage/client-sdk-video/dist/js/opentok.min.js');
const source = (path) => fileURLToPath(new URL(path, import.meta.url));
const sdkLoader = source('./src/sdk/loader.ts');
const classicSdk = source('./src/sdk/classic-sdk.ts');

/** Peer dependencies: the app brings its own (`@lit/react` is a dependency, resolved by the app too). */
const external = ['react', '@lit/react'];

/**
 * The join screen's templates lose their indentation whitespace (scripts/minify-html.mjs: fewer
 * nodes to parse, clone and walk) and are prepared at build time (@lit-labs/compiler): its first
 * render then clones ready-made templates instead of parsing their HTML and finding their
 * bindings. Only the join screen's files: that render is on the first paint, and the entry's size
 * is budgeted.
 */
const JOIN_SCREEN_FILES = /src\/components\/(prejoin\/prejoin-view|icons|video-room\/video-room)\.ts$/;
const prepareJoinScreenTemplates = (program) => {
  const steps = [minifyHtmlTemplates(), compileLitTemplates(program)];
  return (context) => {
    const transforms = steps.map((step) => step(context));
    return (file) => (JOIN_SCREEN_FILES.test(file.fileName.replaceAll('\\', '/')) ? transforms.reduce((node, transform) => transform(node), file) : file);
  };
};

const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { declaration: false, emitDeclarationOnly: false, noEmit: false, outDir: 'dist', rootDir: 'src' },
    transformers: { before: [{ type: 'program', factory: prepareJoinScreenTemplates }, { type: 'program', factory: minifyCssTemplates }] },
  });

/**
 * Chromium's explicit compile hint: compile every function of the file eagerly, on the thread that
 * streams the script in, instead of lazily on the main thread at its first call. Each browser
 * chunk loads when it is about to run (the entry renders the join screen at once), so this takes
 * the compiling out of the first paint and of the join.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Minifies; `compileHint`: start each file with COMPILE_HINT (the browser builds). */
const minifyOwnCode = ({ compileHint = false } = {}) => ({
  name: 'minify',
  async renderChunk(code, _chunk, { format }) {
    // Not `module` for a classic script: its top-level `var` is the global it exports.
    const result = await minify(code, { module: format === 'es', ecma: 2021, compress: { passes: 2 }, format: { comments: false } });
    return { code: (compileHint ? COMPILE_HINT : '') + result.code, map: null };
  },
});

/**
 * Swaps the module that loads the SDK (`bundled-sdk.ts`, which imports the vendor file, for the
 * unbuilt source) for one that runs `dist/opentok.min.js` with a script element, and copies that
 * file into dist/. `expectedDir`: where the swapped-in module's chunk must land for its relative
 * URL to be right (ES modules only).
 */
function sdkByScript(swappedIn, expectedDir) {
  return {
    name: 'sdk-by-script',
    resolveId(specifier, importer) {
      return specifier === './bundled-sdk.js' && importer === sdkLoader ? swappedIn : null;
    },
    load(id) {
      if (id === swappedIn) this.emitFile({ type: 'asset', fileName: 'opentok.min.js', source: readFileSync(sdkFile) });
      return null;
    },
    generateBundle(_options, bundle) {
      if (expectedDir === undefined) return;
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.moduleIds.includes(swappedIn));
      if (chunk && dirname(chunk.fileName) !== expectedDir) {
        this.error(`${chunk.fileName} loads the SDK by a URL relative to ${expectedDir}/: update src/sdk/module-sdk.ts`);
      }
    },
  };
}

export default [
  {
    input: { 'video-room': 'src/index.ts', react: 'src/react.ts' },
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false },
    // The element stays in the entry (one file before the first paint), and the lazy chunks and
    // dist/react.js import what they share with it from there: that takes internal exports
    // (minified names) on the entry, where strict signatures would split it into a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [sdkByScript(source('./src/sdk/module-sdk.ts'), 'chunks'), nodeResolve({ browser: true }), ts(), minifyOwnCode({ compileHint: true })],
  },
  {
    input: { 'video-room.node': 'src/index.node.ts', 'react.node': 'src/react.node.ts' },
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: false },
    plugins: [nodeResolve(), ts(), minifyOwnCode()],
  },
  {
    // The file a page includes, with what the join screen needs, and one file per chunk that an
    // import() asks for, fetched then (scripts/classic-script.mjs): the page compiles and runs only
    // the join screen's code before its first paint. The SDK module reads `document.currentScript`,
    // so it runs at once; it also runs the other files (through the page's Trusted Types policy).
    input: 'src/index.ts',
    preserveEntrySignatures: false,
    output: { dir: 'dist', format: 'amd', amd: { autoId: true }, entryFileNames: 'classic/[name].js', chunkFileNames: 'classic/[name].js', sourcemap: false },
    plugins: [
      sdkByScript(classicSdk),
      nodeResolve({ browser: true }),
      ts(),
      minifyOwnCode(),
      classicScripts({ fileName: 'video-room.classic.js', banner: COMPILE_HINT, eager: [classicSdk], fileLoader: { module: classicSdk, exportName: 'runSiblingFile' }, lazyDir: 'classic' }),
    ],
  },
  {
    // Built apart from the element, so that the few engine modules it shares do not become chunks
    // the element's entry would have to fetch before its first paint.
    input: 'src/testing/index.ts',
    output: [
      { file: 'dist/testing.js', format: 'es', sourcemap: false },
      { file: 'dist/testing.classic.js', format: 'iife', name: 'VonageVideoRoomTesting', sourcemap: false },
    ],
    plugins: [ts(), minifyOwnCode()],
  },
];
