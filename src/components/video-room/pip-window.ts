import { html, nothing, render } from 'lit';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { TileState } from '../../room/state.js';
import { ariaState } from '../aria.js';
import { avatarColor } from '../avatar-color.js';
import { cameraIcon, cameraOffIcon, micIcon, micOffIcon } from '../icons.js';
import { leaveIcon } from '../call-icons.js';
import { initials } from '../initials.js';
import { inlineStyle } from '../inline-style.js';
import { pipWindowStyles } from './pip-window.styles.js';

/** What the window shows, from the element's state at each of its renders. */
export interface PipWindowModel {
  /** The tile whose picture is shown; none while reconnecting. */
  readonly subject: TileState | undefined;
  /** Its name as the stage labels it ("Ada (You)"). */
  readonly label: string;
  /** What others receive from the user, for the mic and camera buttons. */
  readonly media: { readonly audio: boolean; readonly video: boolean };
  readonly text: VideoRoomStrings;
  /** Shown instead of a name while nobody can be (the connection was lost). */
  readonly status: string;
  /** The element's language and direction, and the window's title. */
  readonly lang: string;
  readonly dir: string;
  readonly title: string;
}

export interface PipWindowActions {
  toggleAudio(): void;
  toggleVideo(): void;
  leave(): void;
}

/** The element's colours by the private names its styles and the window's share; the tile colour is public only. */
const themeProperties: ReadonlyArray<[from: string, to: string]> = [
  ['--_bg', '--_bg'],
  ['--_fg', '--_fg'],
  ['--_danger', '--_danger'],
  ['--_surface', '--_surface'],
  ['--_focus', '--_focus'],
  ['--vr-tile-background', '--_tile'],
];

/**
 * A Document Picture-in-Picture window: one person's video (a second `<video>` playing the same
 * stream, muted: the tile keeps playing the sound) with the microphone, camera and leave buttons.
 * Styles go in as a constructable sheet of the window's own realm and colours through the CSSOM,
 * both allowed by a strict `style-src`. `onClose` runs once when the window goes away on its own
 * (the user closed it, or the page left), never after `close()`.
 */
export class PipWindow {
  private open = true;

  constructor(
    private readonly window: Window,
    private readonly actions: PipWindowActions,
    /** The element, whose computed colours and font the window copies. */
    element: HTMLElement,
    private readonly onClose: () => void,
  ) {
    const { document } = window;
    // A sheet from the window's own realm: one made here cannot be adopted by another document.
    const sheet = new (window as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(pipWindowStyles.cssText);
    document.adoptedStyleSheets = [sheet];
    const root = document.documentElement;
    const computed = getComputedStyle(element);
    for (const [from, to] of themeProperties) {
      const value = computed.getPropertyValue(from).trim();
      if (value) root.style.setProperty(to, value);
    }
    root.style.setProperty('--_font', computed.fontFamily);
    window.addEventListener('pagehide', this.closed);
  }

  render(model: PipWindowModel): void {
    if (!this.open) return;
    const { document } = this.window;
    document.documentElement.lang = model.lang;
    document.documentElement.dir = model.dir;
    document.title = model.title;
    render(this.template(model), document.body, { creationScope: document });
    // A new stream starts paused where autoplay waits for a frame of the old one.
    const video = document.querySelector('video');
    if (video?.srcObject && video.paused) video.play().catch(() => undefined);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.window.removeEventListener('pagehide', this.closed);
    this.window.close();
  }

  private readonly closed = () => {
    if (!this.open) return;
    this.open = false;
    this.onClose();
  };

  private template(model: PipWindowModel) {
    const { subject, text, media } = model;
    const video = subject?.video && !subject.videoMuted ? subject.video : undefined;
    // The window's one heading: who is shown, or why nobody is.
    const heading = subject ? model.label : model.status;
    return html`<main class="pip">
      <div class="picture" data-participant-id=${subject?.participantId ?? ''}>
        <video autoplay playsinline muted class=${subject?.isLocal ? 'mirrored' : ''} ?hidden=${!video} .muted=${true} .srcObject=${video?.srcObject ?? null}></video>
        ${subject && !video
          ? html`<span class="initials" aria-hidden="true" ${inlineStyle({ '--avatar-color': avatarColor(subject.name) })}>${initials(subject.name)}</span>`
          : nothing}
        ${heading ? html`<h1 class="name">${heading}</h1>` : nothing}
      </div>
      <div class="controls" role="toolbar" aria-label=${text.controlsLabel}>
        <button
          type="button"
          class="mic ${media.audio ? '' : 'off'}"
          aria-label=${text.microphoneLabel}
          title=${text.microphoneLabel}
          aria-pressed=${ariaState(media.audio)}
          @click=${() => this.actions.toggleAudio()}
        >
          ${media.audio ? micIcon : micOffIcon}
        </button>
        <button
          type="button"
          class="camera ${media.video ? '' : 'off'}"
          aria-label=${text.cameraLabel}
          title=${text.cameraLabel}
          aria-pressed=${ariaState(media.video)}
          @click=${() => this.actions.toggleVideo()}
        >
          ${media.video ? cameraIcon : cameraOffIcon}
        </button>
        <button type="button" class="leave" aria-label=${text.leave} title=${text.leave} @click=${() => this.actions.leave()}>${leaveIcon}</button>
      </div>
    </main>`;
  }
}
