/**
 * A publisher's link to the session it publishes to: waiting until its media is ready (or has
 * failed), the server round trip, its stream record in the cloud, and what unpublishing cancels.
 * The publisher itself emits the events (`streamCreated`, `streamDestroyed`).
 */
import type { OTCallback } from '../sdk/types.js';
import type { StreamRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { ErrorCodes, otError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import { PublisherLink } from './network-links.js';
import type { SimPublisher } from './publisher.js';
import type { SimSession } from './session.js';
import type { SimStream } from './views.js';

/** What a publication needs from its publisher. */
export interface PublicationHost {
  /** `'acquiring'` until media is ready (`'ready'`) or has failed (`'failed'`); `'destroyed'` at the end. */
  stage(): 'acquiring' | 'ready' | 'failed' | 'destroyed';
  /** Why getting media failed, once it has. */
  failure(): SimOTError | null;
  /** Runs `start` once media is ready or has failed; returns the undo. */
  whenMediaSettled(start: () => void): () => void;
  /** The stream is in the cloud (others got `streamCreated`): emit the publisher's own `streamCreated`. */
  published(stream: SimStream): void;
  /** Whether the publisher asked for `audioFallback.publisher`. */
  publisherFallback(): boolean;
}

export class Publication {
  /** The session published (or publishing) to. */
  session: SimSession | undefined;
  /** The published stream's record, from the round trip's end until unpublished. */
  record: StreamRecord | null = null;
  /** The uplink of the published stream: stats and the publisher audio fallback. */
  readonly link: PublisherLink;
  private pending: { done: OTCallback; cancel: () => void } | null = null;

  constructor(
    private readonly ctx: SimContext,
    private readonly publisher: SimPublisher,
    private readonly host: PublicationHost,
  ) {
    this.link = new PublisherLink(ctx, {
      publisherFallback: () => host.publisherFallback(),
      record: () => this.record,
      emit: (type, payload) => publisher._emit(createEvent(type, publisher, payload)),
    });
  }

  /** Publishes to `session` once media is ready; `done` as the SDK calls `session.publish`'s callback. */
  start(session: SimSession, done: OTCallback): void {
    if (this.host.stage() === 'destroyed') {
      done(otError('OT_INVALID_PARAMETER', 'The publisher has been destroyed.', ErrorCodes.UNABLE_TO_PUBLISH));
      return;
    }
    if (this.session) {
      console.warn('[ot-simulator] This publisher is already publishing to the session. If you want to republish, please unpublish first.');
      if (this.session === session && this.record) done(undefined);
      return;
    }
    this.session = session;
    session._addPublisher(this.publisher);
    const start = () => {
      this.pending = null;
      if (this.session !== session) return;
      const failure = this.host.failure();
      if (failure) {
        this.session = undefined;
        session._removePublisher(this.publisher);
        done(failure);
        return;
      }
      const cancel = this.ctx.timers.timeout(() => this.complete(session, done), LATENCY_MS);
      this.pending = { done, cancel };
    };
    const pending = { done, cancel: () => undefined as void };
    this.pending = pending;
    if (this.host.stage() === 'acquiring') pending.cancel = this.host.whenMediaSettled(start);
    else start();
  }

  /**
   * Stops publishing: a publish still under way calls back with `OT_CANCEL`, and the stream leaves
   * the cloud. Returns the record that was published, or null when it never was.
   */
  stop(reason: string): StreamRecord | null {
    const session = this.session;
    if (!session) return null;
    this.session = undefined;
    session._removePublisher(this.publisher);
    const pending = this.pending;
    this.pending = null;
    if (pending) {
      pending.cancel();
      pending.done(
        otError('OT_CANCEL', reason === 'unpublished' ? 'The publisher was unpublished before it could be published' : `The publisher was destroyed due to ${reason}`),
      );
    }
    const record = this.record;
    this.record = null;
    if (record) this.ctx.cloud.removeStream(record.streamId, 'clientDisconnected');
    return record;
  }

  /** Forgets everything without callbacks or events (simulator reset). */
  discard(): void {
    this.pending?.cancel();
    this.pending = null;
    this.session = undefined;
    this.record = null;
  }

  private complete(session: SimSession, done: OTCallback): void {
    this.pending = null;
    const connection = session._record;
    if (this.session !== session || this.host.stage() !== 'ready' || !connection) return;
    const record = this.publisher._media.streamRecord(connection);
    this.record = record;
    // Like the SDK, `publisher.stream` is set before anyone hears of the stream, and kept after unpublishing.
    const stream = session._viewStream(record);
    this.publisher.stream = stream;
    this.ctx.cloud.addStream(record);
    this.host.published(stream);
    // An uplink that is already poor drops video at once (with `audioFallback.publisher`).
    this.link.qualityChanged();
    // The SDK passes null (not undefined) on success here.
    (done as unknown as (error: null, publisher: SimPublisher) => void)(null, this.publisher);
  }
}
