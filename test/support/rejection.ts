import { VideoRoomError } from '../../src/errors.js';

/** The VideoRoomError a promise rejects with; fulfilling, or rejecting with anything else, fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<VideoRoomError> {
  const outcome: unknown = await promise.then(
    () => new Error('expected a rejection, but the promise fulfilled'),
    (error: unknown) => error,
  );
  if (outcome instanceof VideoRoomError) return outcome;
  throw outcome instanceof Error ? outcome : new Error(`rejected with ${String(outcome)}, not a VideoRoomError`);
}
