/**
 * The Connection and Stream objects a session hands to application code. Each local session has
 * its own objects (as each real client does), kept in sync with the cloud's records.
 */
import type { OTConnection, OTDimensions, OTStream } from '../sdk/types.js';
import type { ConnectionRecord, StreamRecord } from './cloud.js';

/** A client connected to the session (the SDK's `Connection`). */
export class SimConnection implements OTConnection {
  readonly connectionId: string;
  /** Same as `connectionId`; the SDK exposes both. */
  readonly id: string;
  readonly creationTime: number;
  readonly data: string;

  /** @internal Created by a session for a cloud record. */
  constructor(record: ConnectionRecord) {
    this.connectionId = record.connectionId;
    this.id = record.connectionId;
    this.creationTime = record.creationTime;
    this.data = record.data;
  }
}

/** A published audio-video stream (the SDK's `Stream`). */
export class SimStream implements OTStream {
  readonly streamId: string;
  /** Same as `streamId`; the SDK exposes both. */
  readonly id: string;
  readonly connection: SimConnection;
  readonly creationTime: number;
  readonly name: string;
  hasAudio: boolean;
  hasVideo: boolean;
  hasCaptions: boolean;
  readonly videoType: 'camera' | 'screen' | 'custom' | undefined;
  videoDimensions: OTDimensions;
  readonly frameRate: number;

  /** @internal Created by a session for a cloud record. */
  constructor(record: StreamRecord, connection: SimConnection) {
    this.streamId = record.streamId;
    this.id = record.streamId;
    this.connection = connection;
    this.creationTime = record.creationTime;
    this.name = record.name;
    this.hasAudio = record.hasAudio;
    this.hasVideo = record.hasVideo;
    this.hasCaptions = record.hasCaptions;
    this.videoType = record.videoType;
    this.videoDimensions = { ...record.videoDimensions };
    this.frameRate = record.frameRate;
  }

  /** @internal Copies the record's mutable properties. */
  _sync(record: StreamRecord): void {
    this.hasAudio = record.hasAudio;
    this.hasVideo = record.hasVideo;
    this.hasCaptions = record.hasCaptions;
    this.videoDimensions = { ...record.videoDimensions };
  }
}
