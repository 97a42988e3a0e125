// `webpack` (webpack-cli) or the Node API with this configuration, after `npm run build`: the
// package resolves to the repository's own dist/ by its name. index.html loads main.js.
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  context: fileURLToPath(new URL('.', import.meta.url)),
  entry: './src/main.js',
  output: { path: fileURLToPath(new URL('./dist/', import.meta.url)), filename: 'main.js', chunkFilename: '[name].[contenthash].js', clean: true },
  // The Vonage Video SDK is emitted as a file of its own (2.7 MB, fetched on Join only, never with
  // the page); webpack's size hint counts it like any asset.
  performance: { maxAssetSize: 3 * 1024 * 1024 },
};
