import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { VideoRoomError } from '../../errors.js';

/** Edge to edge on the screen: the rounded corners belong to the element inside a page. */
export const fullscreenStyles = css`
  :host(:fullscreen) {
    border-radius: 0;
  }
`;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Fullscreen of the element itself (never the page): whether it is supported and on, turning it on
 * and off, a re-render whenever the browser enters or leaves it (Escape included), and back into
 * the page once the call is over.
 */
export class FullscreenController implements ReactiveController {
  private document: Document | undefined;

  /** `inCall`: whether the call goes on (joining, connected or reconnecting). */
  constructor(
    private readonly host: Host,
    private readonly inCall: () => boolean,
  ) {
    host.addController(this);
  }

  /** Elements can go fullscreen here (not on iPhone, nor in an iframe without `allow="fullscreen"`). */
  get supported(): boolean {
    return Boolean(this.host.ownerDocument.fullscreenEnabled) && typeof this.host.requestFullscreen === 'function';
  }

  /** The element is fullscreen; read from its root, which says which element of its own tree is. */
  get active(): boolean {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return root.fullscreenElement === this.host;
  }

  /** Rejects `unsupported-browser` where unsupported, `not-allowed` when the browser refuses (no click or key press). */
  readonly toggle = (): Promise<void> => (this.active ? this.exit() : this.enter());

  async enter(): Promise<void> {
    if (!this.supported) throw new VideoRoomError('unsupported-browser', 'This browser cannot show the call on the full screen.', { recoverable: true });
    if (this.active) return;
    try {
      await this.host.requestFullscreen();
    } catch (cause) {
      throw new VideoRoomError('not-allowed', 'The browser allows the full screen only in response to a click or a key press.', { recoverable: true, cause });
    }
  }

  async exit(): Promise<void> {
    // Leaving may fail only when something else left first: either way the element is no longer fullscreen.
    if (this.active) await this.host.ownerDocument.exitFullscreen().catch(() => undefined);
  }

  hostConnected(): void {
    this.document = this.host.ownerDocument;
    this.document.addEventListener('fullscreenchange', this.changed);
  }

  hostUpdated(): void {
    if (!this.inCall()) void this.exit();
  }

  hostDisconnected(): void {
    this.document?.removeEventListener('fullscreenchange', this.changed);
    this.document = undefined;
  }

  private readonly changed = () => this.host.requestUpdate();
}
