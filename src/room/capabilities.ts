import type { OTNamespace } from '../sdk/types.js';
import { loadSdk } from '../sdk/loader.js';

/** Whether this SDK and browser can run background effects and noise suppression (one probe for all). */
export function mediaProcessorSupport(sdk: OTNamespace | undefined): boolean {
  try {
    return Boolean(sdk?.hasMediaProcessorSupport?.());
  } catch {
    return false; // a throwing probe means no support
  }
}

/**
 * Fetches the SDK ahead of Join (the user is looking at their preview) and says what it supports
 * here. Rejects like a join would when it cannot load; the join reports that to the user.
 */
export async function prefetchSdk(injected: OTNamespace | undefined): Promise<{ mediaProcessors: boolean }> {
  const sdk = await loadSdk(injected);
  return { mediaProcessors: mediaProcessorSupport(sdk) };
}
