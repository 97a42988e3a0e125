/**
 * The slice of the OpenTok.js `OT` API this project uses. Structural, so the real
 * `@vonage/client-sdk-video` (2.35.x), `@vonage/video-client` (2.25.x), a page's own `window.OT`
 * and the in-page simulator (`src/testing/`) all satisfy it.
 */

/** The SDK's errors are `Error`s (their prototype chain runs through `Error.prototype`). */
export interface OTError extends Error {
  code?: number;
}

/** SDK callbacks: an error first; `publish` and `subscribe` call back with `null` on success. */
export type OTCallback = (error?: OTError | null) => void;

/** Every OT event carries these, whatever its type. */
export interface OTEvent<Type extends string = string, Target = unknown> {
  type: Type;
  target: Target;
  cancelable: boolean;
  isDefaultPrevented(): boolean;
  preventDefault(): void;
}

export interface OTEmitter<EventMap> {
  /** Type-only marker so helpers can infer the event map; never present at run time. */
  readonly __eventMap?: EventMap;
  on<K extends keyof EventMap & string>(type: K, handler: (event: EventMap[K]) => void, context?: object): void;
  once<K extends keyof EventMap & string>(type: K, handler: (event: EventMap[K]) => void, context?: object): void;
  off<K extends keyof EventMap & string>(type?: K, handler?: (event: EventMap[K]) => void, context?: object): void;
}

export interface OTDimensions {
  width: number;
  height: number;
}

export interface OTConnection {
  connectionId: string;
  creationTime: number;
  data: string;
}

export interface OTStream {
  streamId: string;
  connection: OTConnection;
  creationTime: number;
  name: string;
  hasAudio: boolean;
  hasVideo: boolean;
  /** 'camera', 'screen', 'custom', or a kind a newer SDK adds. */
  videoType?: string;
  videoDimensions: OTDimensions;
  frameRate?: number;
}

export type StreamPropertyChangedEvent = OTEvent<'streamPropertyChanged', OTSession> & {
  stream: OTStream;
  /** 'hasAudio', 'hasVideo', 'videoDimensions', 'hasCaptions', or one a newer SDK adds. */
  changedProperty: string;
  oldValue: unknown;
  newValue: unknown;
};

export interface SessionEventMap {
  sessionConnected: OTEvent<'sessionConnected', OTSession>;
  sessionDisconnected: OTEvent<'sessionDisconnected', OTSession> & { reason: string };
  sessionReconnecting: OTEvent<'sessionReconnecting', OTSession>;
  sessionReconnected: OTEvent<'sessionReconnected', OTSession>;
  connectionCreated: OTEvent<'connectionCreated', OTSession> & { connection: OTConnection };
  connectionDestroyed: OTEvent<'connectionDestroyed', OTSession> & { connection: OTConnection; reason: string };
  streamCreated: OTEvent<'streamCreated', OTSession> & { stream: OTStream };
  streamDestroyed: OTEvent<'streamDestroyed', OTSession> & { stream: OTStream; reason: string };
  streamPropertyChanged: StreamPropertyChangedEvent;
  archiveStarted: OTEvent<'archiveStarted', OTSession> & { id: string; name: string };
  archiveStopped: OTEvent<'archiveStopped', OTSession> & { id: string; name: string };
  /** A moderator muted everyone (`active` true), or ended that (`active` false). */
  muteForced: OTEvent<'muteForced', OTSession> & { active?: boolean };
  signal: OTEvent<'signal', OTSession> & { type?: string; data?: string; from: OTConnection | null };
}

/** What the session's token allows: 1 or 0 per action (known once connected). */
export interface OTCapabilities {
  publish?: number;
  subscribe?: number;
  forceMute?: number;
  forceDisconnect?: number;
}

export interface OTSession extends OTEmitter<SessionEventMap> {
  sessionId: string;
  connection?: OTConnection;
  capabilities?: OTCapabilities;
  connect(token: string, callback: OTCallback): unknown;
  disconnect(): unknown;
  publish(publisher: OTPublisher, callback?: OTCallback): unknown;
  unpublish(publisher: OTPublisher): void;
  subscribe(
    stream: OTStream,
    target: HTMLElement | string | undefined,
    properties: SubscriberProperties,
    callback?: OTCallback,
  ): OTSubscriber | undefined;
  unsubscribe(subscriber: OTSubscriber): void;
  signal(signal: { type?: string; data?: string; to?: OTConnection }, callback?: OTCallback): unknown;
  /** Moderation (2.35; a moderator token). */
  forceMuteStream?(stream: OTStream): Promise<void>;
  forceMuteAll?(excludedStreams?: OTStream[]): Promise<void>;
  forceDisconnect?(connection: OTConnection, callback?: OTCallback): unknown;
}

export type VideoFilter = { type: 'backgroundBlur'; blurStrength?: 'low' | 'high' } | { type: 'backgroundReplacement'; backgroundImgUrl: string };
export type AudioFilter = { type: 'advancedNoiseSuppression' };

export interface PublisherProperties {
  insertDefaultUI?: boolean;
  name?: string;
  publishAudio?: boolean;
  publishVideo?: boolean;
  audioSource?: string | boolean | null | MediaStreamTrack;
  videoSource?: string | boolean | null | MediaStreamTrack;
  videoContentHint?: 'text' | 'detail' | 'motion' | '';
  mirror?: boolean;
  fitMode?: 'cover' | 'contain';
  width?: string | number;
  height?: string | number;
  resolution?: string;
  initials?: string;
  videoFilter?: VideoFilter;
  /** Send this publisher's speech to Vonage Live Captions. */
  publishCaptions?: boolean;
  audioFilter?: AudioFilter;
  /**
   * Audio-only fallback (2.35: an object, not the older `publisherAudioFallback` flag). `publisher`
   * (default false): the publisher drops its own video on a poor uplink (`videoDisabled`, reason
   * `'quality'`); `subscriber` (default true except for screen shares): subscribers of this stream
   * may drop video on a poor downlink.
   */
  audioFallback?: { publisher?: boolean; subscriber?: boolean };
}

/** Cumulative counters of one received track, as `subscriber.getStats()` reports them. */
export interface OTIncomingTrackStats {
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
}

/** Cumulative counters of one sent track, as `publisher.getStats()` reports them (`packetsLost` as the receiver reported it). */
export interface OTOutgoingTrackStats {
  packetsSent: number;
  packetsLost: number;
  bytesSent: number;
}

/** What `subscriber.getStats()` answers (the SDK adds more fields; these are the stable ones). */
export interface OTSubscriberStats {
  /** When the sample was taken, in ms. */
  timestamp: number;
  audio: OTIncomingTrackStats;
  video: OTIncomingTrackStats & { frameRate?: number };
}

/** What `publisher.getStats()` answers: one entry per media link (one in a routed session, without `connectionId`). */
export interface OTPublisherStatsContainer {
  connectionId?: string;
  subscriberId?: string;
  stats: {
    timestamp: number;
    audio: OTOutgoingTrackStats;
    video: OTOutgoingTrackStats & { frameRate?: number };
  };
}

/** `qualityScoreChanged` scores, 1 (bad) to 5 (excellent); a field is missing when the stream has no such media. */
export interface OTQualityScore {
  audioQualityScore?: number;
  videoQualityScore?: number;
}

export interface PublisherEventMap {
  videoElementCreated: OTEvent<'videoElementCreated', OTPublisher> & { element: HTMLVideoElement | HTMLObjectElement };
  /** A moderator muted this publisher's audio. */
  muteForced: OTEvent<'muteForced', OTPublisher>;
  audioLevelUpdated: OTEvent<'audioLevelUpdated', OTPublisher> & { audioLevel: number };
  accessAllowed: OTEvent<'accessAllowed', OTPublisher>;
  accessDenied: OTEvent<'accessDenied', OTPublisher>;
  streamCreated: OTEvent<'streamCreated', OTPublisher> & { stream: OTStream };
  streamDestroyed: OTEvent<'streamDestroyed', OTPublisher> & { stream: OTStream; reason: string };
  mediaStopped: OTEvent<'mediaStopped', OTPublisher> & { track?: MediaStreamTrack };
  destroyed: OTEvent<'destroyed', OTPublisher>;
  /** With `audioFallback.publisher`: video dropped (reason `'quality'`) and restored on the uplink's quality. */
  videoDisabled: OTEvent<'videoDisabled', OTPublisher> & { reason: string };
  videoEnabled: OTEvent<'videoEnabled', OTPublisher> & { reason: string };
  videoDisableWarning: OTEvent<'videoDisableWarning', OTPublisher>;
  videoDisableWarningLifted: OTEvent<'videoDisableWarningLifted', OTPublisher>;
}

export interface OTPublisher extends OTEmitter<PublisherEventMap> {
  stream?: OTStream;
  element?: HTMLElement;
  publishAudio(on: boolean): unknown;
  publishVideo(on: boolean, callback?: OTCallback): unknown;
  destroy(): unknown;
  setVideoSource?(deviceId: string): Promise<unknown>;
  setAudioSource?(source: string | MediaStreamTrack): Promise<unknown>;
  applyVideoFilter?(filter: VideoFilter): Promise<unknown>;
  clearVideoFilter?(): Promise<unknown>;
  applyAudioFilter?(filter: AudioFilter): Promise<unknown>;
  clearAudioFilter?(): Promise<unknown>;
  /** Calls back with an error or the stats; also returns a Promise in 2.35 (which rejects on error). */
  getStats?(callback?: (error?: OTError | null, stats?: OTPublisherStatsContainer[]) => void): unknown;
}

export interface SubscriberProperties {
  insertDefaultUI?: boolean;
  subscribeToAudio?: boolean;
  subscribeToVideo?: boolean;
  fitMode?: 'cover' | 'contain';
  width?: string | number;
  height?: string | number;
  preferredResolution?: 'auto' | OTDimensions;
  preferredFrameRate?: number;
  /** Receive captions from the start (default: the stream's `hasCaptions`). */
  subscribeToCaptions?: boolean;
}

export interface SubscriberEventMap {
  videoElementCreated: OTEvent<'videoElementCreated', OTSubscriber> & { element: HTMLVideoElement | HTMLObjectElement };
  captionReceived: OTEvent<'captionReceived', OTSubscriber> & { streamId: string; caption: string; isFinal: boolean };
  audioLevelUpdated: OTEvent<'audioLevelUpdated', OTSubscriber> & { audioLevel: number };
  videoDisabled: OTEvent<'videoDisabled', OTSubscriber> & { reason: string };
  videoEnabled: OTEvent<'videoEnabled', OTSubscriber> & { reason: string };
  audioBlocked: OTEvent<'audioBlocked', OTSubscriber>;
  audioUnblocked: OTEvent<'audioUnblocked', OTSubscriber>;
  connected: OTEvent<'connected', OTSubscriber>;
  disconnected: OTEvent<'disconnected', OTSubscriber>;
  destroyed: OTEvent<'destroyed', OTSubscriber> & { reason: string };
  /** Emitted (2.35) when the SDK's own 1–5 estimate of the audio or video quality changes. */
  qualityScoreChanged: OTEvent<'qualityScoreChanged', OTSubscriber> & { qualityScore: OTQualityScore };
  videoDisableWarning: OTEvent<'videoDisableWarning', OTSubscriber>;
  videoDisableWarningLifted: OTEvent<'videoDisableWarningLifted', OTSubscriber>;
}

export interface OTSubscriber extends OTEmitter<SubscriberEventMap> {
  stream?: OTStream;
  element?: HTMLElement;
  subscribeToAudio(on: boolean): unknown;
  subscribeToVideo(on: boolean): unknown;
  /** Captions of this stream (2.25+; the host's server turned captioning on). */
  subscribeToCaptions?(on: boolean): Promise<void>;
  setPreferredResolution?(resolution: OTDimensions | null): unknown;
  setPreferredFrameRate?(frameRate: number | null): unknown;
  /** Calls back with an error or the stats; also returns a Promise in 2.35 (which rejects on error). */
  getStats?(callback?: (error?: OTError | null, stats?: OTSubscriberStats) => void): unknown;
}

/** The `OT` namespace itself. */
export interface OTNamespace {
  initSession(applicationIdOrApiKey: string, sessionId: string, options?: object): OTSession;
  initPublisher(target: HTMLElement | string | undefined, properties: PublisherProperties, callback?: OTCallback): OTPublisher;
  checkSystemRequirements(): number;
  setLogLevel?(level: number): unknown;
  checkScreenSharingCapability?(callback: (response: { supported: boolean }) => void): unknown;
  hasMediaProcessorSupport?(): boolean;
  unblockAudio?(): Promise<unknown>;
  setAudioOutputDevice?(deviceId: string): Promise<unknown>;
  version?: string;
}
