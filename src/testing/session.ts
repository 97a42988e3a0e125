/**
 * The simulator's `Session`: connects to a room of the simulated cloud and reports connections,
 * streams, property changes and signals with the SDK's events, order and error names.
 */
import type { OTCallback, OTPublisher, OTStream, OTSubscriber, SubscriberProperties } from '../sdk/types.js';
import type { ConnectionRecord, StreamRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { ErrorCodes, otError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import { newId } from './ids.js';
import { SimPublisher } from './publisher.js';
import { capabilitiesFor, roleFromToken } from './roles.js';
import { connectError, connectionDataFromToken } from './session-connect.js';
import { ModeratedSession } from './session-moderation.js';
import { SessionPeer } from './session-peer.js';
import { SignalChannel, type SignalOptions } from './session-signals.js';
import { subscribeArguments } from './subscribe-arguments.js';
import { SimSubscriber } from './subscriber.js';
import { SimStream, type SimConnection } from './views.js';

export type { SignalOptions } from './session-signals.js';

/** The SDK's session states (`session.currentState`). */
export type SessionState = 'disconnected' | 'connecting' | 'connected' | 'disconnecting';

/**
 * A session, as `OT.initSession` returns it. (The cloud talks to it through its `SessionPeer`, so
 * no cloud callback is part of this class's API.)
 */
export class SimSession extends ModeratedSession {
  /** The session ID passed to `OT.initSession`; sessions with the same ID share a room. */
  readonly sessionId: string;
  /** The application ID (or OpenTok API key) passed to `OT.initSession`. */
  readonly apiKey: string;
  /** This client's connection while connected; `undefined` otherwise. */
  connection?: SimConnection;

  private state: SessionState = 'disconnected';
  private reconnecting = false;
  private record: ConnectionRecord | null = null;
  private cancelConnect: (() => void) | null = null;
  private failPendingConnect: ((error: SimOTError) => void) | null = null;
  private readonly subscribers = new Set<SimSubscriber>();
  private readonly publishers = new Set<SimPublisher>();
  private readonly signals: SignalChannel;
  /** @internal What the cloud talks to: this session's view of the room. */
  readonly _peer: SessionPeer;

  /** @internal Created by `OT.initSession`. */
  constructor(ctx: SimContext, apiKey: string, sessionId: string) {
    super(ctx);
    this.apiKey = apiKey;
    this.sessionId = sessionId;
    this.signals = new SignalChannel(ctx, this);
    this._peer = new SessionPeer(this, this.signals);
  }

  /** `'disconnected'`, `'connecting'`, `'connected'` or `'disconnecting'`. */
  get currentState(): SessionState {
    return this.state;
  }

  /** Whether the session is connected (also while reconnecting). */
  isConnected(): boolean {
    return this.state === 'connected';
  }

  /** @internal Whether this session is between sessionReconnecting and sessionReconnected. */
  get isReconnecting(): boolean {
    return this.reconnecting;
  }

  /**
   * Connects asynchronously. On success `capabilities` follow the token's role, `sessionConnected`
   * fires, then `callback()`, then `connectionCreated` for every connection in the session (own
   * included), `streamCreated` for every stream already published by others, `archiveStarted` for
   * a running archive and `muteForced` `{ active: true }` in a muted session. On failure
   * `callback(error)`. Like the SDK, a call while connecting or connected only warns (no callback).
   */
  connect(token: string, callback?: OTCallback): this {
    this.ctx.record('session', 'connect', ['[token]', callback]);
    if (this.state === 'connecting' || this.state === 'connected') {
      console.warn(`[ot-simulator] OT.Session: Cannot connect, the session is already ${this.state}`);
      return this;
    }
    this.state = 'connecting';
    this.capabilities = capabilitiesFor(null);
    this._moderation.muteOnEntry = false;
    const done = typeof callback === 'function' ? callback : undefined;
    let undoSuccessCallback: (() => void) | null = null;
    // The SDK registers the callback as a once-handler, so handlers added before connect() run first.
    if (done) undoSuccessCallback = this._onceInternal('sessionConnected', () => done(undefined));
    const fail = (error: SimOTError) => {
      undoSuccessCallback?.();
      this.cancelConnect = null;
      this.failPendingConnect = null;
      this.state = 'disconnected';
      this.ctx.reportException(this, error);
      done?.(error);
    };
    this.failPendingConnect = fail;
    this.cancelConnect = this.ctx.timers.timeout(() => {
      this.cancelConnect = null;
      this.failPendingConnect = null;
      const error = connectError(this.ctx, this.apiKey, this.sessionId, token);
      if (error) {
        fail(error);
        return;
      }
      this.completeConnect(token);
    }, this.ctx.connectDelay);
    return this;
  }

  /**
   * Disconnects. Asynchronously: other clients see this client's streams and connection go
   * (`clientDisconnected`), then `sessionDisconnected` fires here, then publishers emit
   * `streamDestroyed` (default: destroyed) and, unless `sessionDisconnected` was default-prevented,
   * subscribers are destroyed. Resolves when done.
   */
  disconnect(): Promise<void> {
    this.ctx.record('session', 'disconnect', []);
    if (this.state === 'connecting') {
      this.cancelConnect?.();
      this.cancelConnect = null;
      this.failPendingConnect?.(otError('OT_CONNECT_FAILED', 'The session was disconnected before it finished connecting.', ErrorCodes.CONNECT_FAILED));
      return Promise.resolve();
    }
    if (this.state !== 'connected') return Promise.resolve();
    this.state = 'disconnecting';
    return new Promise((resolve) => {
      this.ctx.timers.timeout(() => {
        this._teardown('clientDisconnected');
        resolve();
      }, LATENCY_MS);
    });
  }

  /**
   * Starts publishing `publisher`. Asynchronously the publisher emits `streamCreated` and then
   * `callback(null)` runs; other sessions in the room get `streamCreated` (this one does not).
   * Returns the publisher, or `null` with `callback(error)`: `OT_NOT_CONNECTED` (1010) when not
   * connected, `OT_PERMISSION_DENIED` (1500) for a `subscriber` token. In a session muted with
   * `forceMuteAll`, the publisher first emits `muteForced` and publishes without audio.
   */
  publish(publisher: OTPublisher, callback?: OTCallback): SimPublisher | null {
    this.ctx.record('session', 'publish', [publisher, callback]);
    const done = typeof callback === 'function' ? callback : () => undefined;
    if (this.state !== 'connected') {
      const error = otError('OT_NOT_CONNECTED', 'We need to be connected before you can publish', ErrorCodes.NOT_CONNECTED);
      this.ctx.reportException(this, error);
      done(error);
      return null;
    }
    if (this._moderation.publishDenied(done)) return null;
    if (!(publisher instanceof SimPublisher)) {
      done(
        otError(
          'OT_INVALID_PARAMETER',
          'Session.publish :: First parameter passed in is neither a string nor an instance of the Publisher',
          ErrorCodes.UNABLE_TO_PUBLISH,
        ),
      );
      return null;
    }
    if (this._moderation.muteOnEntry && !publisher.session) publisher._forceMuteAudio();
    publisher._publishTo(this, done);
    return publisher;
  }

  /** Stops publishing: the publisher emits `streamDestroyed` (reason `'unpublished'`) and, by default, is destroyed. */
  unpublish(publisher: OTPublisher): void {
    this.ctx.record('session', 'unpublish', [publisher]);
    if (!(publisher instanceof SimPublisher)) {
      console.error('[ot-simulator] OT.Session.unpublish: publisher parameter missing.');
      return;
    }
    if (publisher.session !== this) {
      console.warn('[ot-simulator] The publisher is trying to unpublish from a session it is not attached to');
      return;
    }
    publisher._unpublish('unpublished');
  }

  /**
   * Subscribes to `stream`. Returns the Subscriber at once; asynchronously it emits
   * `videoElementCreated` and `connected`, then `callback(null)` runs. Like the SDK, returns
   * `undefined` (after `callback(OT_NOT_CONNECTED)`) when not connected, or on an invalid stream.
   */
  subscribe(
    stream: OTStream,
    target?: HTMLElement | string | SubscriberProperties,
    properties?: SubscriberProperties | OTCallback,
    callback?: OTCallback,
  ): SimSubscriber {
    this.ctx.record('session', 'subscribe', [stream, target, properties, callback]);
    const { element, props, done } = subscribeArguments(target, properties, callback);
    const fail = (error: SimOTError) => {
      this.ctx.reportException(this, error);
      done(error);
      // The SDK returns undefined here even though its typings promise a Subscriber.
      return undefined as unknown as SimSubscriber;
    };
    if (this.state !== 'connected' || !this.record) {
      return fail(otError('OT_NOT_CONNECTED', 'Session.subscribe :: Connection required to subscribe', ErrorCodes.UNABLE_TO_SUBSCRIBE));
    }
    if (!stream || typeof stream !== 'object' || typeof stream.streamId !== 'string') {
      return fail(otError('OT_INVALID_PARAMETER', 'Session.subscribe :: invalid stream object', ErrorCodes.UNABLE_TO_SUBSCRIBE));
    }
    if (props.insertDefaultUI === false && element) {
      return fail(otError('OT_INVALID_PARAMETER', 'You cannot specify a target element if insertDefaultUI is false', ErrorCodes.INVALID_PARAMETER));
    }
    const view = this._peer.knownStream(stream.streamId) ?? (stream instanceof SimStream ? stream : undefined);
    const record = this.ctx.cloud.streams.get(stream.streamId);
    const subscriber = new SimSubscriber(this.ctx, this, view ?? (stream as SimStream), record, element, props, done);
    this.subscribers.add(subscriber);
    return subscriber;
  }

  /** Ends a subscription: the subscriber emits `destroyed` with reason `'Unsubscribe'`. */
  unsubscribe(subscriber: OTSubscriber): boolean {
    this.ctx.record('session', 'unsubscribe', [subscriber]);
    if (!subscriber) throw new Error('OT.Session.unsubscribe: subscriber cannot be null');
    if (!(subscriber instanceof SimSubscriber) || !subscriber.stream) {
      console.warn('[ot-simulator] OT.Session.unsubscribe:: tried to unsubscribe a subscriber that had no stream');
      return false;
    }
    subscriber._destroy('Unsubscribe');
    return true;
  }

  /**
   * Sends a signal to every client in the session, this one included (or only to `signal.to`, a
   * Connection). Receivers get one event object whose `type` is `'signal:<type>'` (or `'signal'`),
   * dispatched to `signal` handlers and then to `signal:<type>` handlers, with `from` (the sender's
   * Connection; `null` from the server) and `data`. The callback gets nothing on success, else the
   * SDK's error: `OT_NOT_CONNECTED` (500), `OT_INVALID_PARAMETER` (400, 413), `OT_NOT_FOUND` (404),
   * or what `failNextSignal()` armed. The returned Promise rejects with the same error.
   */
  signal(signal?: SignalOptions | OTCallback, callback?: OTCallback): Promise<void> {
    this.ctx.record('session', 'signal', [signal, callback]);
    return this.signals.send(signal, callback);
  }

  /** The Publisher publishing `stream` in this session, if any. */
  getPublisherForStream(stream: OTStream): SimPublisher | undefined {
    return [...this.publishers].find((publisher) => publisher.stream?.streamId === stream?.streamId);
  }

  /** The Subscribers of `stream` in this session. */
  getSubscribersForStream(stream: OTStream): SimSubscriber[] {
    return [...this.subscribers].filter((subscriber) => subscriber.streamId === stream?.streamId);
  }

  /** A plain summary, so call records can be serialised (no token, no internals). */
  toJSON(): object {
    return { type: 'Session', sessionId: this.sessionId, connectionId: this.connection?.connectionId, state: this.state };
  }

  // ---- Internal: used by publishers, subscribers and the simulator ----

  /** @internal This session's connection record while connected. */
  get _record(): ConnectionRecord | null {
    return this.record;
  }

  /** @internal This session's Stream object for a record (created on first use). */
  _viewStream(record: StreamRecord): SimStream {
    return this._peer.viewStream(record);
  }

  /** @internal */
  _addPublisher(publisher: SimPublisher): void {
    this.publishers.add(publisher);
  }

  /** @internal */
  _removePublisher(publisher: SimPublisher): void {
    this.publishers.delete(publisher);
  }

  /** @internal */
  _removeSubscriber(subscriber: SimSubscriber): void {
    this.subscribers.delete(subscriber);
  }

  /** @internal The network dropped: `sessionReconnecting`, and subscribers emit `disconnected`. */
  _networkDropped(): void {
    if (this.state !== 'connected' || this.reconnecting) return;
    this.reconnecting = true;
    this._emit(createEvent('sessionReconnecting', this));
    for (const subscriber of [...this.subscribers]) subscriber._interrupted();
  }

  /** @internal The network is back: `sessionReconnected`, subscribers emit `connected`, held signals go out. */
  _networkRestored(): void {
    if (this.state !== 'connected' || !this.reconnecting) return;
    this.reconnecting = false;
    this._emit(createEvent('sessionReconnected', this));
    for (const subscriber of [...this.subscribers]) subscriber._resumed();
    this.signals.flush();
  }

  /**
   * @internal Ends the connection synchronously with `reason`, in the SDK's order: others are told,
   * `sessionDisconnected` fires, publishers get `streamDestroyed` (default: destroyed), then unless
   * prevented, subscribers are destroyed.
   */
  _teardown(reason: string): void {
    if (this.state === 'connecting') {
      this.cancelConnect?.();
      this.cancelConnect = null;
      this.failPendingConnect?.(otError('OT_CONNECT_FAILED', 'Connect Failed: the connection was lost.', ErrorCodes.CONNECT_FAILED));
      return;
    }
    if (this.state !== 'connected' && this.state !== 'disconnecting') return;
    const record = this.record;
    this.state = 'disconnected';
    this.reconnecting = false;
    this.signals.clear();
    if (record) this.ctx.cloud.removeConnection(record.connectionId, reason);
    this.record = null;
    this.connection = undefined;
    for (const subscriber of [...this.subscribers]) subscriber._mediaGone();
    const event = createEvent('sessionDisconnected', this, { reason }, true);
    this._emit(event);
    for (const publisher of [...this.publishers]) publisher._sessionGone(this, reason);
    if (!event.isDefaultPrevented()) {
      for (const subscriber of [...this.subscribers]) subscriber._destroy(reason);
    }
    this._peer.clear();
  }

  /** @internal Drops everything without events (simulator reset). */
  _discard(): void {
    this.cancelConnect?.();
    this.cancelConnect = null;
    this.failPendingConnect = null;
    if (this.record) this.ctx.cloud.removeConnection(this.record.connectionId, 'clientDisconnected');
    this.record = null;
    this.connection = undefined;
    this.state = 'disconnected';
    this.reconnecting = false;
    this.signals.clear();
    for (const subscriber of [...this.subscribers]) subscriber._discard();
    this.subscribers.clear();
    this.publishers.clear();
    this._peer.clear();
  }

  // ---- Private ----

  private completeConnect(token: string): void {
    this.capabilities = capabilitiesFor(roleFromToken(token));
    const record: ConnectionRecord = {
      connectionId: newId(),
      creationTime: Date.now(),
      data: connectionDataFromToken(token),
      roomId: this.sessionId,
      peer: this._peer,
    };
    this.record = record;
    this.state = 'connected';
    this.reconnecting = false;
    const existing = this.ctx.cloud.join(this._peer, record);
    this.connection = this._peer.viewConnection(record);
    this._emit(createEvent('sessionConnected', this));
    // Then, as the SDK replays its collections: every connection (own included), then others' streams.
    for (const connection of [...existing.connections, record]) {
      if (this.state !== 'connected') return;
      if (this.ctx.cloud.connections.has(connection.connectionId)) this._peer._connectionCreated(connection);
    }
    for (const stream of existing.streams) {
      if (this.state !== 'connected') return;
      if (this.ctx.cloud.streams.has(stream.streamId)) this._peer._streamCreated(stream);
    }
    // Then what the session state says: running archives, and a session-wide mute.
    this.ctx.archives.joined(this);
    this.ctx.moderation.joined(this);
  }
}
