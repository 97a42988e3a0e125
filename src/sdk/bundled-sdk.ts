// The vendor-minified UMD build: evaluated as a module it defines `self.OT` (a default import would
// fail). Kept in its own module so rollup emits it as a separate chunk, loaded only on join.
import '@vonage/client-sdk-video/dist/js/opentok.min.js';

/** Evaluating this chunk already defined `OT`. */
export function defineSdk(): Promise<void> {
  return Promise.resolve();
}
