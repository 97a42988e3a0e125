// The classic-script build cannot split chunks, so instead of bundling the SDK it loads the
// vendor file copied beside it (`opentok.min.js`) with a script tag, on first join only.
// The rollup config swaps this module in for `bundled-sdk.ts` in that build.

// Only readable while the classic script itself is first executing.
const scriptBase = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

/** The Trusted Types policy pages name in `trusted-types` to let the element load the SDK. */
export const TRUSTED_TYPES_POLICY = 'vonage-video-room';

interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | undefined;

/**
 * The SDK's URL as the page's Trusted Types enforcement wants it: through our policy, which only
 * ever lets this one URL through. Where Trusted Types are unknown, the plain string.
 */
function sdkScriptUrl(): string {
  const url = new URL('opentok.min.js', scriptBase).href;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return url;
  policy ??= trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (candidate) => {
      if (candidate !== url) throw new TypeError(`${TRUSTED_TYPES_POLICY} only loads ${url}`);
      return candidate;
    },
  });
  // A TrustedScriptURL: assigning it to `src` passes `require-trusted-types-for 'script'`.
  return policy.createScriptURL(url) as string;
}

export function defineSdk(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let url: string;
    try {
      url = sdkScriptUrl();
    } catch (error) {
      // The page's policy refused ours (its `trusted-types` list does not name it): not a network problem.
      reject(Object.assign(new Error(`this page's Content Security Policy does not allow the "${TRUSTED_TYPES_POLICY}" Trusted Types policy, so the video SDK cannot be loaded`), { blockedByPolicy: true, cause: error }));
      return;
    }
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`could not fetch ${script.src}`));
    };
    document.head.append(script);
  });
}
