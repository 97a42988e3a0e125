import { VideoRoomError } from '../errors.js';

// The call's code (session wiring, token request, rejoin loop) is its own chunk: the join screen
// fetches it ahead, and a join that finds it here starts its token request at once.
let loaded: typeof import('./call.js') | undefined;

/** The call chunk if it already arrived. */
export function loadedCall(): typeof import('./call.js') | undefined {
  return loaded;
}

/** The call chunk; a failed fetch is reported like the SDK's, as something to retry. */
export function loadCall(): Promise<typeof import('./call.js')> {
  return import('./call.js').then((module) => (loaded = module)).catch((error: unknown) => {
    throw new VideoRoomError('sdk-load-failed', 'Part of the video room could not be loaded. Check the network and try again.', {
      cause: error,
      reason: { key: 'code-load-failed' },
    });
  });
}
