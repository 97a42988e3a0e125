// The classic-script build's SDK: `opentok.min.js` beside the script itself (the build copies it
// there). The rollup config swaps this module in for `bundled-sdk.ts` in that build.
import { loadSdkScript, preloadSdkScript } from './script-sdk.js';

// Only readable while the classic script itself is first executing.
const scriptBase = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

const sdkUrl = () => new URL('opentok.min.js', scriptBase).href;

export function defineSdk(): Promise<void> {
  return loadSdkScript(sdkUrl());
}

/** Fetches the file only: it runs on Join. */
export function prefetchSdk(): void {
  preloadSdkScript(sdkUrl());
}
