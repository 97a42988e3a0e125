/**
 * How one local session hears the simulated cloud: connection, stream, property and signal news
 * become this session's own Connection and Stream objects (each real client has its own) and the
 * SDK's session events, in the SDK's order. Kept apart from `SimSession` so the cloud's callbacks
 * are not members of the public Session.
 */
import type { CloudPeer, ConnectionRecord, StreamProperty, StreamRecord } from './cloud.js';
import { createEvent } from './event.js';
import type { SimSession } from './session.js';
import type { SignalChannel } from './session-signals.js';
import { SimConnection, SimStream } from './views.js';

export class SessionPeer implements CloudPeer {
  private readonly connections = new Map<string, SimConnection>();
  private readonly streams = new Map<string, SimStream>();

  constructor(
    private readonly session: SimSession,
    private readonly signals: SignalChannel,
  ) {}

  get sessionId(): string {
    return this.session.sessionId;
  }

  /** This session's Connection object for a record (created on first use). */
  viewConnection(record: ConnectionRecord): SimConnection {
    let view = this.connections.get(record.connectionId);
    if (!view) {
      view = new SimConnection(record);
      this.connections.set(record.connectionId, view);
    }
    return view;
  }

  /** This session's Stream object for a record (created on first use). */
  viewStream(record: StreamRecord): SimStream {
    let view = this.streams.get(record.streamId);
    if (!view) {
      view = new SimStream(record, this.viewConnection(record.connection));
      this.streams.set(record.streamId, view);
    }
    return view;
  }

  /** The Stream object already handed out for `streamId`, if any. */
  knownStream(streamId: string): SimStream | undefined {
    return this.streams.get(streamId);
  }

  /** Forgets every object (the session ended: a new connection gets new objects, as in the SDK). */
  clear(): void {
    this.connections.clear();
    this.streams.clear();
  }

  // ---- CloudPeer ----

  _connectionCreated(connection: ConnectionRecord): void {
    this.session._emit(createEvent('connectionCreated', this.session, { connection: this.viewConnection(connection) }));
  }

  _connectionDestroyed(connection: ConnectionRecord, reason: string): void {
    const view = this.viewConnection(connection);
    this.connections.delete(connection.connectionId);
    this.session._emit(createEvent('connectionDestroyed', this.session, { connection: view, reason }));
  }

  _streamCreated(stream: StreamRecord): void {
    this.session._emit(createEvent('streamCreated', this.session, { stream: this.viewStream(stream) }));
  }

  /** Cancelable `streamDestroyed` for other clients' streams; its default destroys their subscribers. */
  _streamDestroyed(stream: StreamRecord, reason: string): void {
    const view = this.streams.get(stream.streamId) ?? this.viewStream(stream);
    const own = stream.connection === this.session._record;
    const event = createEvent('streamDestroyed', this.session, { stream: view, reason }, true);
    // Only streams of other clients; a publisher reports its own stream's end itself.
    if (!own) this.session._emit(event);
    for (const subscriber of this.session.getSubscribersForStream(view)) {
      subscriber._mediaGone();
      if (!event.isDefaultPrevented()) subscriber._destroy(reason);
    }
    this.streams.delete(stream.streamId);
  }

  _streamPropertyChanged(stream: StreamRecord, property: StreamProperty, oldValue: unknown, newValue: unknown): void {
    const view = this.viewStream(stream);
    view._sync(stream);
    this.session._emit(createEvent('streamPropertyChanged', this.session, { stream: view, changedProperty: property, oldValue, newValue }));
  }

  _signal(from: ConnectionRecord | null, type: string | undefined, data: string): void {
    this.signals.deliver(from, type, data);
  }
}
