// Builds:
// - dist/video-room.js: ESM entry; the element and the bundled SDK are separate chunks, the SDK one
//   fetched only on join.
// - dist/video-room.classic.js: one file for a classic <script> tag; it loads dist/opentok.min.js on join.
// - dist/testing.js: the in-page simulator.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';

const require = createRequire(import.meta.url);
const sdkFile = require.resolve('@vonage/client-sdk-video/dist/js/opentok.min.js');
const scriptSdk = fileURLToPath(new URL('./src/sdk/script-sdk.ts', import.meta.url));

const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { declaration: false, emitDeclarationOnly: false, noEmit: false, outDir: 'dist', rootDir: 'src' },
  });

/** Minifies our own chunks only: the vendor SDK is minified already and terser would take minutes on it. */
const minifyOwnCode = () => ({
  name: 'minify-own-code',
  async renderChunk(code, chunk) {
    if (chunk.moduleIds.includes(sdkFile)) return null;
    const result = await minify(code, { module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } });
    return { code: result.code, map: null };
  },
});

/** The UMD SDK refers to top-level `this`; as a module that is fine and expected. */
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED' && warning.id === sdkFile) return;
  if (warning.code === 'EVAL' && warning.id === sdkFile) return;
  warn(warning);
};

export default [
  {
    input: { 'video-room': 'src/index.ts', testing: 'src/testing/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false },
    plugins: [nodeResolve({ browser: true }), ts(), minifyOwnCode()],
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/video-room.classic.js', format: 'iife', inlineDynamicImports: true, sourcemap: false },
    plugins: [
      {
        name: 'sdk-by-script-tag',
        resolveId(source) {
          return source === './bundled-sdk.js' ? scriptSdk : null;
        },
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: 'opentok.min.js', source: readFileSync(sdkFile) });
        },
      },
      nodeResolve({ browser: true }),
      ts(),
      minifyOwnCode(),
    ],
    onwarn,
  },
];
