import type { ReactiveController } from 'lit';
import { VideoRoomError } from '../../errors.js';
import { PipChangeEvent } from '../../events.js';
import { effectiveMedia, isInCall, type RoomState, type TileState } from '../../room/state.js';
import { PipWindow, type PipWindowActions, type PipWindowModel } from './pip-window.js';
import { tileLabel } from './stage-view.js';
import { VideoPip } from './video-pip.js';
import type { VideoRoomElement } from './video-room.js';

/** Document Picture-in-Picture (Chromium 116+): not in TypeScript's DOM types yet. */
interface DocumentPictureInPicture {
  requestWindow(options?: { width?: number; height?: number }): Promise<Window>;
}

function documentPictureInPicture(document: Document): DocumentPictureInPicture | undefined {
  const pip = (document.defaultView as (Window & { documentPictureInPicture?: DocumentPictureInPicture }) | null)?.documentPictureInPicture;
  return typeof pip?.requestWindow === 'function' ? pip : undefined;
}

function videoPictureInPicture(document: Document): boolean {
  return Boolean(document.pictureInPictureEnabled) && typeof HTMLVideoElement.prototype.requestPictureInPicture === 'function';
}

/** Whom picture-in-picture shows: the active speaker's camera, else the first other person's, else the user's. */
export function pipSubject(snapshot: RoomState): TileState | undefined {
  const cameras = snapshot.tiles.filter((tile) => tile.kind === 'camera');
  return (
    cameras.find((tile) => !tile.isLocal && tile.participantId === snapshot.activeSpeakerId) ??
    cameras.find((tile) => !tile.isLocal) ??
    cameras.find((tile) => tile.isLocal)
  );
}

const refused = (cause: unknown) =>
  new VideoRoomError('not-allowed', 'The browser opens picture-in-picture only in response to a click or a key press.', { recoverable: true, cause });

/**
 * Picture-in-picture of the call: a Document Picture-in-Picture window with the active speaker and
 * the microphone, camera and leave buttons where the browser has it, else the active speaker's
 * `<video>` on its own. It follows the speaker, fires `vr-pip-change`, and closes when the call ends.
 */
export class PictureInPictureController implements ReactiveController {
  private window: PipWindow | undefined;
  private video: VideoPip | undefined;
  private opening: Promise<void> | undefined;
  /** Counts enters and exits: an exit while the browser is still opening the picture wins. */
  private attempt = 0;
  private readonly windowActions: PipWindowActions;

  constructor(private readonly host: VideoRoomElement) {
    host.addController(this);
    const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined); // failures surface as vr-error
    this.windowActions = {
      toggleAudio: () => quietly(host.toggleAudio()),
      toggleVideo: () => quietly(host.toggleVideo()),
      leave: () => quietly(host.leave()),
    };
  }

  get supported(): boolean {
    const document = this.host.ownerDocument;
    return Boolean(documentPictureInPicture(document)) || videoPictureInPicture(document);
  }

  get active(): boolean {
    return Boolean(this.window ?? this.video);
  }

  readonly toggle = (): Promise<void> => (this.active ? this.exit() : this.enter());

  /** Rejects `unsupported-browser` where unsupported, `not-allowed` when the browser refuses. */
  enter(): Promise<void> {
    if (this.active) return Promise.resolve();
    return (this.opening ??= this.open().finally(() => (this.opening = undefined)));
  }

  async exit(): Promise<void> {
    this.attempt++;
    this.end(true);
  }

  hostUpdated(): void {
    if (!this.active) return;
    const snapshot = this.host.engine.snapshot;
    if (!isInCall(snapshot.status)) {
      this.attempt++;
      this.end(false); // the call's controls are gone: nothing to re-render
      return;
    }
    this.window?.render(this.windowModel());
    this.video?.follow(pipSubject(snapshot)?.video);
  }

  private async open(): Promise<void> {
    const attempt = ++this.attempt;
    const document = this.host.ownerDocument;
    const documentPip = documentPictureInPicture(document);
    if (documentPip) {
      const window = await documentPip.requestWindow({ width: 320, height: 240 }).catch((cause: unknown) => Promise.reject(refused(cause)));
      const pipWindow = new PipWindow(window, this.windowActions, this.host, () => this.closed(pipWindow));
      if (this.superseded(attempt)) return pipWindow.close();
      this.window = pipWindow;
      pipWindow.render(this.windowModel());
    } else if (videoPictureInPicture(document)) {
      const video = pipSubject(this.host.engine.snapshot)?.video;
      if (!video) throw new VideoRoomError('not-allowed', 'There is no video to show in picture-in-picture yet.', { recoverable: true });
      const videoPip = new VideoPip(() => this.closed(videoPip));
      await videoPip.show(video).catch((cause: unknown) => Promise.reject(refused(cause)));
      if (this.superseded(attempt)) return videoPip.close();
      this.video = videoPip;
    } else {
      throw new VideoRoomError('unsupported-browser', 'This browser has no picture-in-picture.', { recoverable: true });
    }
    this.host.requestUpdate();
    this.host.dispatchEvent(new PipChangeEvent({ active: true }));
  }

  /** An exit came, or the call ended, while the browser was opening the picture. */
  private superseded(attempt: number): boolean {
    return attempt !== this.attempt || !isInCall(this.host.engine.snapshot.status);
  }

  /** The user closed the window or the picture. */
  private closed(which: PipWindow | VideoPip): void {
    if (which !== this.window && which !== this.video) return;
    this.window = undefined;
    this.video = undefined;
    this.host.requestUpdate();
    this.host.dispatchEvent(new PipChangeEvent({ active: false }));
  }

  private end(rerender: boolean): void {
    if (!this.active) return;
    this.window?.close();
    this.video?.close();
    this.window = undefined;
    this.video = undefined;
    if (rerender) this.host.requestUpdate();
    this.host.dispatchEvent(new PipChangeEvent({ active: false }));
  }

  private windowModel(): PipWindowModel {
    const { host } = this;
    const snapshot = host.engine.snapshot;
    const text = host.text;
    const subject = pipSubject(snapshot);
    // The language shown is the one the element's base part carries.
    const base = host.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    return {
      subject,
      label: subject ? tileLabel(subject, text) : '',
      media: effectiveMedia(snapshot),
      text,
      status: snapshot.status === 'reconnecting' ? text.reconnecting : '',
      lang: base?.lang ?? '',
      dir: base?.dir || 'ltr',
      title: text.pictureInPicture,
    };
  }
}
