import { listen, viaCallback } from '../sdk/listen.js';
import type { OTNamespace, OTPublisher, OTSession, OTStream } from '../sdk/types.js';
import { VideoRoomError } from '../errors.js';
import type { CallHost } from './call.js';
import type { RosterAction } from './roster.js';

export interface ScreenShareHost {
  /** The screen's `<video>` and stream ID as they become known; `undefined` video when it ended. */
  changed(share: { video: HTMLVideoElement | undefined; streamId: string | undefined } | undefined): void;
  started(streamId: string): void;
  stopped(streamId: string): void;
  failed(error: VideoRoomError): void;
}

/** How a call follows its screen share: the user's screen tile, `screenSharing`, and the events. */
export function screenShareHost(host: Pick<CallHost, 'update' | 'emit'>, roster: (action: RosterAction) => void, name: string): ScreenShareHost {
  return {
    changed: (share) => {
      if (share) roster({ type: 'local-screen', name, streamId: share.streamId, video: share.video });
      else roster({ type: 'local-screen-ended' });
    },
    started: (streamId) => {
      host.update((state) => ({ ...state, screenSharing: true }));
      roster({ type: 'local-screen', name, streamId, video: undefined });
      host.emit('screen-share-started', { streamId });
    },
    stopped: (streamId) => {
      host.update((state) => ({ ...state, screenSharing: false }));
      host.emit('screen-share-stopped', { streamId });
    },
    failed: (error) => host.emit('error', error),
  };
}

/** Names the SDK and browsers use when the user closes the screen picker without choosing. */
const cancelled = new Set(['OT_USER_MEDIA_ACCESS_DENIED', 'NotAllowedError', 'AbortError', 'OT_SCREEN_SHARING_CANCELED']);

/**
 * The local screen share: a second publisher with `videoSource: 'screen'`. It ends from our stop,
 * from the browser's own "Stop sharing" (`mediaStopped`) or when its stream goes away.
 */
export class ScreenShare {
  private publisher: OTPublisher | undefined;
  private undo: Array<() => void> = [];
  private streamId: string | undefined;

  constructor(
    private readonly sdk: OTNamespace,
    private readonly session: OTSession,
    private readonly host: ScreenShareHost,
    private readonly name: string,
  ) {}

  /** The published screen stream, once there is one. */
  get stream(): OTStream | undefined {
    return this.publisher?.stream;
  }

  get active(): boolean {
    return this.publisher !== undefined;
  }

  /** Whether this browser can share a screen at all. */
  static async supported(sdk: OTNamespace): Promise<boolean> {
    if (typeof navigator === 'undefined' || typeof navigator.mediaDevices?.getDisplayMedia !== 'function') return false;
    if (!sdk.checkScreenSharingCapability) return true;
    return new Promise((resolve) => {
      try {
        sdk.checkScreenSharingCapability!((response) => resolve(Boolean(response.supported)));
      } catch {
        resolve(false);
      }
    });
  }

  /** Asks the browser for a screen and publishes it; resolves false when the user cancelled the picker. */
  async start(): Promise<boolean> {
    if (this.publisher) return true;
    let publisher: OTPublisher | undefined;
    try {
      await viaCallback((done) => {
        publisher = this.sdk.initPublisher(
          undefined,
          { insertDefaultUI: false, videoSource: 'screen', videoContentHint: 'detail', publishAudio: false, audioSource: null, name: this.name },
          done,
        );
        // Owned from now on, so stop() (or the call ending) during the picker releases it.
        this.publisher = publisher;
        this.watch(publisher);
      });
      if (this.publisher !== publisher) return false;
      await viaCallback((done) => this.session.publish(publisher!, done));
      return this.publisher === publisher;
    } catch (error) {
      if (this.publisher !== publisher) return false; // stopped meanwhile: nothing to report
      this.release(publisher);
      const name = (error as { name?: string }).name ?? '';
      if (cancelled.has(name)) return false;
      this.host.failed(
        new VideoRoomError('publish-failed', 'Your screen could not be shared. Try again, or check that the browser may record the screen.', {
          recoverable: true,
          cause: error,
          reason: { key: 'screen-share-failed' },
        }),
      );
      return false;
    }
  }

  stop(): void {
    if (this.publisher) this.release(this.publisher);
  }

  private watch(publisher: OTPublisher): void {
    this.undo.push(
      listen(publisher, 'videoElementCreated', (event) => {
        if (event.element instanceof HTMLVideoElement) this.host.changed({ video: event.element, streamId: this.streamId });
      }),
      listen(publisher, 'streamCreated', (event) => {
        this.streamId = event.stream.streamId;
        this.host.started(event.stream.streamId);
      }),
      // The browser's own "Stop sharing" button, or the stream ending server-side.
      listen(publisher, 'mediaStopped', () => this.release(publisher)),
      listen(publisher, 'streamDestroyed', () => this.release(publisher)),
    );
  }

  private release(publisher: OTPublisher | undefined): void {
    for (const step of this.undo.splice(0)) step();
    const streamId = this.streamId;
    this.publisher = undefined;
    this.streamId = undefined;
    try {
      publisher?.destroy();
    } catch {
      // Already destroyed by the SDK.
    }
    if (publisher) this.host.changed(undefined);
    if (streamId) this.host.stopped(streamId);
  }
}
