// The classic-script build's SDK: `opentok.min.js` beside the script itself (the build copies it
// there). The rollup config swaps this module in for `bundled-sdk.ts` in that build, and runs it
// with the script's first run; its loader (scripts/classic-script.mjs) fetches the build's other
// files through `runSiblingFile`.
import { loadSdkScript, preloadSdkScript, runScript } from './script-sdk.js';

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

/** Runs one of the build's own files, named relative to the script; `prepare` sees its script element first. */
export function runSiblingFile(fileName: string, prepare: (script: HTMLScriptElement) => void): Promise<void> {
  return runScript(new URL(fileName, scriptBase).href, fileName, prepare);
}
