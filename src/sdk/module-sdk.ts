// The ES module build's SDK: `dist/opentok.min.js`, loaded by URL rather than imported, so an
// app's bundler copies it as a file (Vite and webpack recognise `new URL('…', import.meta.url)`)
// instead of re-bundling 2.7 MB of UMD code, with its chunk-size and CommonJS warnings. The
// rollup config swaps this module in for `bundled-sdk.ts` in that build.
import { loadSdkScript, preloadSdkScript } from './script-sdk.js';

// Relative to the chunk this module is built into, `dist/chunks/` (the rollup config checks that).
const sdkUrl = () => new URL('../opentok.min.js', import.meta.url).href;

export function defineSdk(): Promise<void> {
  return loadSdkScript(sdkUrl());
}

/** Fetches the file only: it runs on Join. */
export function prefetchSdk(): void {
  preloadSdkScript(sdkUrl());
}
