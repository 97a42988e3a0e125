/**
 * The simulator's `Session`: connects to a room of the simulated cloud and reports connections,
 * streams, property changes and signals with the SDK's events, order and error names.
 */
import type {
  OTCallback,
  OTConnection,
  OTPublisher,
  OTStream,
  OTSubscriber,
  SessionEventMap,
  SubscriberProperties,
} from '../sdk/types.js';
import type { CloudPeer, ConnectionRecord, StreamProperty, StreamRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { Emitter } from './emitter.js';
import { ErrorCodes, connectErrors, otError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import { newId } from './ids.js';
import { SimPublisher } from './publisher.js';
import { SimSubscriber } from './subscriber.js';
import { SimConnection, SimStream } from './views.js';

/** The SDK's session states (`session.currentState`). */
export type SessionState = 'disconnected' | 'connecting' | 'connected' | 'disconnecting';

/** A signal as passed to `session.signal()`. */
export interface SignalOptions {
  type?: string;
  data?: string;
  to?: OTConnection;
  retryAfterReconnect?: boolean;
}

const SIGNAL_TYPE_PATTERN = /^[a-zA-Z0-9\-_~]*$/;
const MAX_SIGNAL_DATA = 8192;

export class SimSession extends Emitter<SessionEventMap> implements CloudPeer {
  /** The session ID passed to `OT.initSession`; sessions with the same ID share a room. */
  readonly sessionId: string;
  /** The application ID (or OpenTok API key) passed to `OT.initSession`. */
  readonly apiKey: string;
  /** This client's connection while connected; `undefined` otherwise. */
  connection?: SimConnection;
  /** What this client's token allows; the simulator grants publish and subscribe. */
  readonly capabilities = { publish: 1, subscribe: 1, forceDisconnect: 0, forceUnpublish: 0, forceMute: 0 };

  private state: SessionState = 'disconnected';
  private reconnecting = false;
  private record: ConnectionRecord | null = null;
  private cancelConnect: (() => void) | null = null;
  private failPendingConnect: ((error: SimOTError) => void) | null = null;
  private readonly connectionViews = new Map<string, SimConnection>();
  private readonly streamViews = new Map<string, SimStream>();
  private readonly subscribers = new Set<SimSubscriber>();
  private readonly publishers = new Set<SimPublisher>();
  /** Signal work held back while reconnecting, as the SDK does. */
  private held: Array<() => void> = [];

  /** @internal Created by `OT.initSession`. */
  constructor(
    private readonly ctx: SimContext,
    apiKey: string,
    sessionId: string,
  ) {
    super(ctx.listeners);
    this.apiKey = apiKey;
    this.sessionId = sessionId;
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
   * Connects asynchronously. On success `sessionConnected` fires, then `callback()`, then
   * `connectionCreated` for every connection in the session (this client's own included) and
   * `streamCreated` for every stream already published by others. On failure `callback(error)`.
   * Like the SDK, a call while connecting or connected only logs a warning (no callback).
   */
  connect(token: string, callback?: OTCallback): this {
    this.ctx.record('session', 'connect', ['[token]', callback]);
    if (this.state === 'connecting' || this.state === 'connected') {
      console.warn(`[ot-simulator] OT.Session: Cannot connect, the session is already ${this.state}`);
      return this;
    }
    this.state = 'connecting';
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
      const error = this.connectError(token);
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
   * Returns the publisher, or `null` (with `callback(OT_NOT_CONNECTED, 1010)`) when not connected.
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
    if (typeof target === 'function') {
      callback = target as unknown as OTCallback;
      target = undefined;
      properties = undefined;
    }
    if (typeof properties === 'function') {
      callback = properties;
      properties = undefined;
    }
    if (target && typeof target === 'object' && !isElement(target)) {
      properties = target as SubscriberProperties;
      target = undefined;
    }
    const done = typeof callback === 'function' ? callback : () => undefined;
    const props = (properties ?? {}) as SubscriberProperties;
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
    if (props.insertDefaultUI === false && target) {
      return fail(otError('OT_INVALID_PARAMETER', 'You cannot specify a target element if insertDefaultUI is false', ErrorCodes.INVALID_PARAMETER));
    }
    const view = this.streamViews.get(stream.streamId) ?? (stream instanceof SimStream ? stream : undefined);
    const record = this.ctx.cloud.streams.get(stream.streamId);
    const subscriber = new SimSubscriber(this.ctx, this, view ?? (stream as SimStream), record, target as HTMLElement | string | undefined, props, done);
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
   * Sends a signal to every client in the session, this one included (or only to `signal.to`).
   * Receivers get one event object whose `type` is `'signal:<type>'` (or `'signal'`), dispatched
   * to `signal` handlers and then to `signal:<type>` handlers. Errors: `OT_NOT_CONNECTED` (500),
   * `OT_INVALID_PARAMETER` (400/413), `OT_NOT_FOUND` (404). The returned Promise rejects on error.
   */
  signal(signal: SignalOptions, callback?: OTCallback): Promise<void> {
    this.ctx.record('session', 'signal', [signal, callback]);
    const done = typeof callback === 'function' ? callback : () => undefined;
    return new Promise<void>((resolve, reject) => {
      const fail = (error: SimOTError) => {
        done(error);
        reject(error);
      };
      if (this.state !== 'connected' || !this.record) {
        fail(otError('OT_NOT_CONNECTED', 'Unable to send signal - you are not connected to the session.', 500));
        return;
      }
      const options = signal ?? {};
      const type = options.type;
      const data = options.data ?? '';
      if (type !== undefined && (typeof type !== 'string' || type.length > 128 || !SIGNAL_TYPE_PATTERN.test(type))) {
        fail(otError('OT_INVALID_PARAMETER', 'The signal type was not valid: use up to 128 characters of A-Z, a-z, 0-9, "-", "_" and "~".', type && type.length > 128 ? 413 : 400));
        return;
      }
      if (typeof data !== 'string') {
        fail(otError('OT_INVALID_PARAMETER', 'The signal data must be a string.', 400));
        return;
      }
      if (data.length > MAX_SIGNAL_DATA) {
        fail(otError('OT_INVALID_PARAMETER', 'The signal data exceeds the maximum size (8 kB).', 413));
        return;
      }
      const to = options.to?.connectionId;
      if (to !== undefined && !this.ctx.cloud.connections.has(to)) {
        fail(otError('OT_NOT_FOUND', 'The "to" connection does not exist.', 404));
        return;
      }
      const from = this.record;
      const send = () => {
        this.ctx.timers.timeout(() => {
          this.ctx.cloud.signal(from, from.roomId, type === '' ? undefined : type, data, to);
          done(undefined);
          resolve();
        }, LATENCY_MS);
      };
      if (this.reconnecting) {
        if (options.retryAfterReconnect === false) {
          fail(otError('OT_NOT_CONNECTED', 'Unable to send signal - the session is reconnecting.', 500));
          return;
        }
        this.held.push(send);
        return;
      }
      send();
    });
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
    let view = this.streamViews.get(record.streamId);
    if (!view) {
      view = new SimStream(record, this.viewConnection(record.connection));
      this.streamViews.set(record.streamId, view);
    }
    return view;
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
    const held = this.held;
    this.held = [];
    for (const work of held) work();
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
    this.held = [];
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
    this.connectionViews.clear();
    this.streamViews.clear();
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
    this.held = [];
    for (const subscriber of [...this.subscribers]) subscriber._discard();
    this.subscribers.clear();
    this.publishers.clear();
    this.connectionViews.clear();
    this.streamViews.clear();
  }

  // ---- CloudPeer ----

  /** @internal */
  _connectionCreated(connection: ConnectionRecord): void {
    this._emit(createEvent('connectionCreated', this, { connection: this.viewConnection(connection) }));
  }

  /** @internal */
  _connectionDestroyed(connection: ConnectionRecord, reason: string): void {
    const view = this.viewConnection(connection);
    this.connectionViews.delete(connection.connectionId);
    this._emit(createEvent('connectionDestroyed', this, { connection: view, reason }));
  }

  /** @internal */
  _streamCreated(stream: StreamRecord): void {
    this._emit(createEvent('streamCreated', this, { stream: this._viewStream(stream) }));
  }

  /** @internal Other clients' streams: cancelable `streamDestroyed`; its default destroys their subscribers. */
  _streamDestroyed(stream: StreamRecord, reason: string): void {
    const view = this.streamViews.get(stream.streamId);
    const own = stream.connection === this.record;
    const event = createEvent('streamDestroyed', this, { stream: view ?? this._viewStream(stream), reason }, true);
    // Only streams of other clients; a publisher reports its own stream's end itself.
    if (!own) this._emit(event);
    for (const subscriber of [...this.subscribers]) {
      if (subscriber.streamId !== stream.streamId) continue;
      subscriber._mediaGone();
      if (!event.isDefaultPrevented()) subscriber._destroy(reason);
    }
    this.streamViews.delete(stream.streamId);
  }

  /** @internal */
  _streamPropertyChanged(stream: StreamRecord, property: StreamProperty, oldValue: unknown, newValue: unknown): void {
    const view = this._viewStream(stream);
    view._sync(stream);
    this._emit(
      createEvent('streamPropertyChanged', this, { stream: view, changedProperty: property, oldValue, newValue }),
    );
  }

  /** @internal */
  _signal(from: ConnectionRecord | null, type: string | undefined, data: string): void {
    const deliver = () => {
      if (this.state !== 'connected') return;
      const event = createEvent(type ? `signal:${type}` : 'signal', this, {
        data,
        from: from ? this.viewConnection(from) : null,
      });
      this._emit(event, 'signal');
      if (type) this._emit(event);
    };
    if (this.reconnecting) this.held.push(deliver);
    else deliver();
  }

  // ---- Private ----

  private viewConnection(record: ConnectionRecord): SimConnection {
    let view = this.connectionViews.get(record.connectionId);
    if (!view) {
      view = new SimConnection(record);
      this.connectionViews.set(record.connectionId, view);
    }
    return view;
  }

  private connectError(token: string): SimOTError | null {
    const pending = this.ctx.pendingConnectError;
    if (pending !== null) {
      this.ctx.pendingConnectError = null;
      return connectErrors[pending]();
    }
    if (!this.apiKey) {
      return otError('OT_AUTHENTICATION_ERROR', 'API Key is undefined. You must pass an API Key to initSession.', ErrorCodes.AUTHENTICATION_ERROR);
    }
    if (!this.sessionId || typeof this.sessionId !== 'string') {
      return otError('OT_INVALID_SESSION_ID', 'SessionID is undefined. You must pass a sessionID to initSession.', ErrorCodes.INVALID_SESSION_ID);
    }
    if (typeof token !== 'string' || token.trim() === '') {
      return otError('OT_AUTHENTICATION_ERROR', 'Invalid token: the token is empty.', ErrorCodes.AUTHENTICATION_ERROR);
    }
    if (this.ctx.networkDown) return connectErrors[1006]();
    return null;
  }

  private completeConnect(token: string): void {
    const record: ConnectionRecord = {
      connectionId: newId(),
      creationTime: Date.now(),
      data: connectionDataFromToken(token),
      roomId: this.sessionId,
      peer: this,
    };
    this.record = record;
    this.state = 'connected';
    this.reconnecting = false;
    const existing = this.ctx.cloud.join(this, record);
    this.connection = this.viewConnection(record);
    this._emit(createEvent('sessionConnected', this));
    // Then, as the SDK replays its collections: every connection (own included), then others' streams.
    for (const connection of [...existing.connections, record]) {
      if (this.state !== 'connected') return;
      if (this.ctx.cloud.connections.has(connection.connectionId)) this._connectionCreated(connection);
    }
    for (const stream of existing.streams) {
      if (this.state !== 'connected') return;
      if (this.ctx.cloud.streams.has(stream.streamId)) this._streamCreated(stream);
    }
  }
}

/** Reads `connection_data` from a real-format token (`T1==` + base64), else ''. Never logs the token. */
function connectionDataFromToken(token: string): string {
  if (!token.startsWith('T1==') || typeof atob !== 'function') return '';
  try {
    const decoded = atob(token.slice(4));
    const match = /(?:^|[&:])connection_data=([^&]*)/.exec(decoded);
    return match ? decodeURIComponent(match[1]!.replace(/\+/g, ' ')) : '';
  } catch {
    return '';
  }
}

function isElement(value: unknown): value is HTMLElement {
  return typeof HTMLElement !== 'undefined' && value instanceof HTMLElement;
}
