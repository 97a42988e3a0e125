/**
 * Live captions as the SDK delivers them. The caption service sends a stream's captions to each
 * client that subscribes to them; that client's Session dispatches one event object — the SDK's
 * `CaptionReceivedEvent`: `type` `'caption'`, `target` the Session, `{ caption, streamId, isFinal }`
 * — to its `captionReceived` handlers, and every Subscriber of that stream in the session listens
 * there (from when it was created) and re-dispatches the same object to its own `caption` and then
 * `captionReceived` handlers; finally the Session dispatches it to its `caption` handlers.
 */
import type { StreamRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { ErrorCodes, otError } from './errors.js';
import { createEvent, type SimEvent } from './event.js';
import type { SimSession } from './session.js';
import type { SimSubscriber } from './subscriber.js';

/** A caption event's payload (the SDK's names). */
export interface CaptionPayload {
  /** The transcribed text. */
  caption: string;
  streamId: string;
  /** False for a partial result that a later event for the same speech replaces. */
  isFinal: boolean;
}

export type CaptionEvent = SimEvent<'caption', SimSession> & CaptionPayload;

/** One subscriber's captions: whether it wants them, and its listener on the session. */
export class SubscriberCaptions {
  /** What `isSubscribedToCaptions()` answers. */
  wanted: boolean;
  private stopListening: (() => void) | null;

  constructor(
    private readonly ctx: SimContext,
    private readonly subscriber: SimSubscriber,
    session: SimSession,
    initial: boolean,
  ) {
    this.wanted = initial;
    this.stopListening = session._onInternal('captionReceived', (event: CaptionEvent) => {
      if (event.streamId !== subscriber.streamId) return;
      subscriber._emit(event, 'caption');
      subscriber._emit(event, 'captionReceived');
    });
  }

  /**
   * `subscriber.subscribeToCaptions(value)`: the choice applies at once (`undefined` counts as
   * true, as in the SDK); the Promise resolves after the server's acknowledgement, or rejects
   * with `OT_NOT_CONNECTED` (1010) when the subscriber has no connected session.
   */
  set(value: unknown): Promise<void> {
    this.wanted = value === undefined ? true : value === true || value === 'true';
    return new Promise((resolve, reject) => {
      const session = this.subscriber.session;
      if (!session?.isConnected()) {
        reject(otError('OT_NOT_CONNECTED', 'Unable to update the captions subscription: the subscriber is not connected to a session.', ErrorCodes.NOT_CONNECTED));
        return;
      }
      this.ctx.timers.timeout(resolve, LATENCY_MS);
    });
  }

  /** The subscriber is gone: stop listening to its session. */
  dispose(): void {
    this.stopListening?.();
    this.stopListening = null;
  }
}

/**
 * Delivers one caption of `record` to every connected local session with a subscriber to it that
 * subscribed to captions (there, all subscribers of the stream get it, as in the SDK). Returns how
 * many sessions received it.
 */
export function deliverCaption(ctx: SimContext, record: StreamRecord, text: string, isFinal: boolean): number {
  let sessions = 0;
  for (const session of [...ctx.sessions]) {
    if (!session.isConnected() || !ctx.cloud.sees(session, record.connection.roomId)) continue;
    const subscribers = session.getSubscribersForStream({ streamId: record.streamId } as never);
    if (!subscribers.some((subscriber) => subscriber.isSubscribedToCaptions())) continue;
    const payload: CaptionPayload = { caption: String(text), streamId: record.streamId, isFinal: isFinal !== false };
    const event = createEvent('caption', session, payload);
    session._emit(event, 'captionReceived');
    session._emit(event, 'caption');
    sessions += 1;
  }
  return sessions;
}
