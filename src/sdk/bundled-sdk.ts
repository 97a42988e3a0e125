// The vendor-minified UMD build: evaluated as a module it defines `self.OT` (a default import would
// fail). What the source runs (the tests, unbuilt); the builds swap in `module-sdk.ts` or
// `classic-sdk.ts`, which load the same file with a script element instead of bundling it.
import '@vonage/client-sdk-video/dist/js/opentok.min.js';

/** Evaluating this chunk already defined `OT`. */
export function defineSdk(): Promise<void> {
  return Promise.resolve();
}

/** Importing this module already ran the SDK: there is nothing left to fetch ahead. */
export function prefetchSdk(): void {}
