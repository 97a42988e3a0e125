// `cem analyze` (npm run build) reads this: the Custom Elements Manifest of the package, from the
// JSDoc of `<video-room>` and the TypeScript types, written to dist/custom-elements.json.
import { manifestPlugins } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/testing/**'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite the whole file to add it.
  packagejson: false,
  // The tile and settings panel are parts of <video-room>'s shadow DOM, not elements for pages.
  plugins: manifestPlugins({ tags: ['video-room'] }),
};
