import type { OTNamespace } from '../sdk/types.js';
import { prefetchSdkFile, sdkAtHand } from '../sdk/loader.js';

/** Whether this SDK and browser can run background effects and noise suppression (one probe for all). */
export function mediaProcessorSupport(sdk: OTNamespace | undefined): boolean {
  try {
    return Boolean(sdk?.hasMediaProcessorSupport?.());
  } catch {
    return false; // a throwing probe means no support
  }
}

/**
 * Whether this browser has what the SDK's media processors run on (insertable streams: a track
 * processor and generator), asked before the SDK runs; once it does, the call asks the SDK itself
 * and drops an effect it cannot apply.
 */
function browserHasMediaProcessors(): boolean {
  return typeof (globalThis as { MediaStreamTrackProcessor?: unknown }).MediaStreamTrackProcessor === 'function'
    && typeof (globalThis as { MediaStreamTrackGenerator?: unknown }).MediaStreamTrackGenerator === 'function';
}

/**
 * Fetches the SDK file ahead of Join (the user is looking at their preview) without running it,
 * and says whether background effects are possible here: the SDK's own answer where one is at
 * hand (injected or `window.OT`), else the browser's. Rejects when the file cannot be fetched; the
 * join reports that to the user.
 */
export async function prefetchSdk(injected: OTNamespace | undefined): Promise<{ mediaProcessors: boolean }> {
  const sdk = sdkAtHand(injected);
  if (sdk) return { mediaProcessors: mediaProcessorSupport(sdk) };
  await prefetchSdkFile();
  // Unbuilt sources can only fetch the SDK by running it: then it answers for itself.
  const ran = sdkAtHand();
  return { mediaProcessors: ran ? mediaProcessorSupport(ran) : browserHasMediaProcessors() };
}
