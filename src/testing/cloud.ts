/**
 * The simulated Vonage cloud: who is connected to which session ("room") and which streams are
 * published. Local sessions register as peers and are told about changes, like clients receiving
 * messages from the server. Room `'*'` holds remote participants visible in every session.
 */
import type { OTDimensions } from '../sdk/types.js';

/** The room whose members every session sees. */
export const EVERY_ROOM = '*';

export interface ConnectionRecord {
  readonly connectionId: string;
  readonly creationTime: number;
  readonly data: string;
  readonly roomId: string;
  /** Set for connections of local sessions. */
  readonly peer?: CloudPeer;
}

/** The media behind a published stream, as receivers see it. */
export interface StreamMedia {
  readonly audioTrack: MediaStreamTrack | null;
  readonly videoTrack: MediaStreamTrack | null;
  /** Level 0..1 a receiver would measure now. */
  audioLevel(): number;
  /** Creates lazily built media before the first receiver needs it. */
  prepare?(): void;
}

export type StreamProperty = 'hasAudio' | 'hasVideo' | 'hasCaptions' | 'videoDimensions';

/** Told about changes to one stream (subscribers watch their stream this way). */
export interface StreamObserver {
  streamPropertyChanged(record: StreamRecord, property: StreamProperty, oldValue: unknown, newValue: unknown): void;
  streamTracksChanged(record: StreamRecord): void;
}

export interface StreamRecord {
  readonly streamId: string;
  readonly connection: ConnectionRecord;
  readonly creationTime: number;
  readonly name: string;
  hasAudio: boolean;
  hasVideo: boolean;
  /** Whether its publisher sends captions (`publishCaptions`); subscribers default to this. */
  hasCaptions: boolean;
  readonly videoType: 'camera' | 'screen' | 'custom' | undefined;
  videoDimensions: OTDimensions;
  readonly frameRate: number;
  readonly media: StreamMedia;
  readonly observers: Set<StreamObserver>;
  /** The publisher's `audioFallback.subscriber`; unset: the SDK's default (on, except for screen shares). */
  readonly subscriberAudioFallback?: boolean;
}

/** A local session, as the cloud talks to it. */
export interface CloudPeer {
  readonly sessionId: string;
  _connectionCreated(connection: ConnectionRecord): void;
  _connectionDestroyed(connection: ConnectionRecord, reason: string): void;
  _streamCreated(stream: StreamRecord): void;
  _streamDestroyed(stream: StreamRecord, reason: string): void;
  _streamPropertyChanged(stream: StreamRecord, property: StreamProperty, oldValue: unknown, newValue: unknown): void;
  _signal(from: ConnectionRecord | null, type: string | undefined, data: string): void;
}

export interface RoomSnapshot {
  connections: ConnectionRecord[];
  streams: StreamRecord[];
}

export class Cloud {
  readonly connections = new Map<string, ConnectionRecord>();
  readonly streams = new Map<string, StreamRecord>();
  private readonly peers = new Set<CloudPeer>();
  private readonly joinWatchers = new Set<(connection: ConnectionRecord) => void>();

  /** Whether a session (its peer, or anything with its `sessionId`) sees members of `roomId`. */
  sees(peer: { readonly sessionId: string }, roomId: string): boolean {
    return roomId === EVERY_ROOM || roomId === peer.sessionId;
  }

  connectedPeers(): CloudPeer[] {
    return [...this.peers];
  }

  /** Stops telling `peer` anything (its connection stays until removed). */
  detachPeer(peer: CloudPeer): void {
    this.peers.delete(peer);
  }

  /**
   * Adds a local session's connection. Returns what was already in its room (for the joining
   * session's own events) and tells the other peers about the newcomer.
   */
  join(peer: CloudPeer, connection: ConnectionRecord): RoomSnapshot {
    const snapshot: RoomSnapshot = {
      connections: [...this.connections.values()].filter((c) => this.sees(peer, c.roomId)),
      streams: [...this.streams.values()].filter((s) => this.sees(peer, s.connection.roomId)),
    };
    this.peers.add(peer);
    this.addConnection(connection);
    for (const watcher of [...this.joinWatchers]) watcher(connection);
    return snapshot;
  }

  /**
   * Calls `watcher` after each local session joins (a real client's new connection), so simulated
   * participants can answer late joiners as a real client would. Returns the undo.
   */
  watchJoins(watcher: (connection: ConnectionRecord) => void): () => void {
    this.joinWatchers.add(watcher);
    return () => this.joinWatchers.delete(watcher);
  }

  /** Adds a connection and tells every peer that sees it (other than its own session). */
  addConnection(connection: ConnectionRecord): void {
    this.connections.set(connection.connectionId, connection);
    for (const peer of this.audience(connection.roomId)) {
      if (peer !== connection.peer) peer._connectionCreated(connection);
    }
  }

  /**
   * Removes a connection and its streams. Its own session (if local) stops being a peer first, so
   * it hears nothing of its own departure; everyone else gets streamDestroyed then connectionDestroyed.
   */
  removeConnection(connectionId: string, reason: string): void {
    const connection = this.connections.get(connectionId);
    if (!connection) return;
    if (connection.peer) this.peers.delete(connection.peer);
    for (const stream of [...this.streams.values()]) {
      if (stream.connection === connection) this.removeStream(stream.streamId, reason);
    }
    this.connections.delete(connectionId);
    for (const peer of this.audience(connection.roomId)) peer._connectionDestroyed(connection, reason);
  }

  /** Publishes a stream: every peer that sees it, except the publishing session, gets streamCreated. */
  addStream(stream: StreamRecord): void {
    this.streams.set(stream.streamId, stream);
    for (const peer of this.audience(stream.connection.roomId)) {
      if (peer !== stream.connection.peer) peer._streamCreated(stream);
    }
  }

  /** Unpublishes a stream. The publishing session is told too (its own subscribers to it end). */
  removeStream(streamId: string, reason: string): void {
    const stream = this.streams.get(streamId);
    if (!stream) return;
    this.streams.delete(streamId);
    for (const peer of this.audience(stream.connection.roomId)) peer._streamDestroyed(stream, reason);
  }

  /** Changes a stream property; peers (including the publisher's session) then observers hear of it. */
  updateStream<K extends StreamProperty>(stream: StreamRecord, property: K, value: StreamRecord[K]): void {
    const oldValue = stream[property];
    if (sameValue(oldValue, value)) return;
    stream[property] = value;
    if (!this.streams.has(stream.streamId)) return;
    for (const peer of this.audience(stream.connection.roomId)) {
      peer._streamPropertyChanged(stream, property, oldValue, value);
    }
    for (const observer of [...stream.observers]) observer.streamPropertyChanged(stream, property, oldValue, value);
  }

  /** The tracks behind a stream were replaced (e.g. camera swapped for a black picture). */
  tracksChanged(stream: StreamRecord): void {
    for (const observer of [...stream.observers]) observer.streamTracksChanged(stream);
  }

  /** Delivers a signal to the sessions of `roomId` (or only to the one holding `toConnectionId`). */
  signal(from: ConnectionRecord | null, roomId: string, type: string | undefined, data: string, toConnectionId?: string): void {
    for (const peer of this.audience(roomId)) {
      if (toConnectionId !== undefined) {
        const target = this.connections.get(toConnectionId);
        if (!target || target.peer !== peer) continue;
      }
      peer._signal(from, type, data);
    }
  }

  /** Forgets every connection, stream and peer (join watchers belong to the simulator and stay). */
  clear(): void {
    this.connections.clear();
    this.streams.clear();
    this.peers.clear();
  }

  /** Peers that see members of `roomId`. A signal sent into `'*'` reaches every session. */
  private audience(roomId: string): CloudPeer[] {
    return [...this.peers].filter((peer) => this.sees(peer, roomId));
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const da = a as OTDimensions;
    const db = b as OTDimensions;
    return da.width === db.width && da.height === db.height;
  }
  return false;
}
