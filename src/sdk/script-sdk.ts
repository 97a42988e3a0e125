// The builds do not bundle the 2.7 MB vendor SDK: they ship its file (`opentok.min.js`) beside
// them and load it with a script element, on first use only. The rollup config swaps
// `classic-sdk.ts` (classic script) or `module-sdk.ts` (ES modules) in for `bundled-sdk.ts`; each
// tells this loader where the file is.

/** The Trusted Types policy pages name in `trusted-types` to let the element load the SDK. */
export const TRUSTED_TYPES_POLICY = 'vonage-video-room';

interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | undefined;
/** What the policy lets through: only the URLs this code itself asked to run. */
const allowedUrls = new Set<string>();

/**
 * A script URL as the page's Trusted Types enforcement wants it: through our policy, which only
 * ever lets the URLs of our own files through. Where Trusted Types are unknown, the plain string.
 */
function trustedScriptUrl(url: string): string {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return url;
  allowedUrls.add(url);
  policy ??= trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (candidate) => {
      if (!allowedUrls.has(candidate)) throw new TypeError(`${TRUSTED_TYPES_POLICY} only loads its own files, not ${candidate}`);
      return candidate;
    },
  });
  // A TrustedScriptURL: assigning it to `src` passes `require-trusted-types-for 'script'`.
  return policy.createScriptURL(url) as string;
}

const preloaded = new Set<string>();

/**
 * Fetches the SDK file into the cache without running it (`<link rel="preload" as="script">`,
 * which the later script tag reuses): running it blocks the page for a moment and starts its
 * logging to Vonage, so that waits for Join.
 */
export function preloadSdkScript(url: string): void {
  if (preloaded.has(url)) return;
  preloaded.add(url);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = url;
  document.head.append(link);
}

/** Runs the SDK file at `url` (absolute) with a script element; resolves once it has run and defined `OT`. */
export function loadSdkScript(url: string): Promise<void> {
  return runScript(url, 'the video SDK');
}

/**
 * Runs the classic script at `url` (absolute), one of this package's files, with a script element
 * that `prepare` sees first; resolves once it has run. `what` names the file in errors.
 */
export function runScript(url: string, what: string, prepare?: (script: HTMLScriptElement) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let trustedUrl: string;
    try {
      trustedUrl = trustedScriptUrl(url);
    } catch (error) {
      // The page's policy refused ours (its `trusted-types` list does not name it): not a network problem.
      reject(Object.assign(new Error(`this page's Content Security Policy does not allow the "${TRUSTED_TYPES_POLICY}" Trusted Types policy, so ${what} cannot be loaded`), { blockedByPolicy: true, cause: error }));
      return;
    }
    const script = document.createElement('script');
    script.src = trustedUrl;
    script.async = true;
    prepare?.(script);
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`could not fetch ${script.src}`));
    };
    document.head.append(script);
  });
}
