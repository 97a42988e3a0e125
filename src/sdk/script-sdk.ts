// The classic-script build cannot split chunks, so instead of bundling the SDK it loads the
// vendor file copied beside it (`opentok.min.js`) with a script tag, on first join only.
// The rollup config swaps this module in for `bundled-sdk.ts` in that build.

// Only readable while the classic script itself is first executing.
const scriptBase = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

export function defineSdk(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('opentok.min.js', scriptBase).href;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`could not fetch ${script.src}`));
    };
    document.head.append(script);
  });
}
