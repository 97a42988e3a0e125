import { VideoRoomError } from '../errors.js';
import type { OTNamespace } from './types.js';

let pending: Promise<OTNamespace> | undefined;

function pageSdk(): OTNamespace | undefined {
  return (globalThis as { OT?: OTNamespace }).OT;
}

/**
 * The OT namespace for a join: the one the host injected, else the page's `window.OT`, else the
 * bundled `@vonage/client-sdk-video`, fetched as a separate chunk on first use so that the element
 * renders without it.
 */
export async function loadSdk(injected?: OTNamespace): Promise<OTNamespace> {
  const sdk = injected ?? pageSdk() ?? (await importBundledSdk());
  if (typeof sdk.checkSystemRequirements === 'function' && sdk.checkSystemRequirements() === 0) {
    throw new VideoRoomError(
      'unsupported-browser',
      'This browser cannot join video calls. Use a current version of Chrome, Edge, Firefox or Safari.',
      { reason: { key: 'unsupported-browser' } },
    );
  }
  return sdk;
}

/** The SDK already at hand without loading anything: the injected one, else the page's `window.OT`. */
export function sdkAtHand(injected?: OTNamespace): OTNamespace | undefined {
  return injected ?? pageSdk();
}

/**
 * Fetches the SDK file ahead of Join without running it (running it blocks the page and starts
 * its logging to Vonage). Nothing to do when an SDK is at hand.
 */
export function prefetchSdkFile(injected?: OTNamespace): Promise<void> {
  if (sdkAtHand(injected)) return Promise.resolve();
  return import('./bundled-sdk.js').then((module) => module.prefetchSdk());
}

function importBundledSdk(): Promise<OTNamespace> {
  pending ??= import('./bundled-sdk.js').then(async (module) => {
      await module.defineSdk();
      const sdk = pageSdk();
      if (!sdk) throw new Error('the SDK script ran but defined no OT namespace');
      // Our own copy, so its logging is ours to set: the SDK prints the token in some failure
      // messages, and every failure already reaches the page as a vr-error event.
      sdk.setLogLevel?.(0);
      return sdk;
    }).catch((error: unknown) => {
    pending = undefined; // allow a retry after a network hiccup
    const detail = error instanceof Error ? error.message : String(error);
    const blocked = (error as { blockedByPolicy?: boolean } | undefined)?.blockedByPolicy === true;
    const advice = blocked
      ? 'Add "vonage-video-room" to the trusted-types directive of the page\'s Content Security Policy.'
      : 'Check the network and try again.';
    throw new VideoRoomError('sdk-load-failed', `The video SDK could not be loaded (${detail}). ${advice}`, {
      cause: error,
      reason: { key: 'sdk-load-failed', detail, blockedByPolicy: blocked },
    });
  });
  return pending;
}
