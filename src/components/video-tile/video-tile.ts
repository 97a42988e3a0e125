import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { NetworkQuality, TileState } from '../../room/state.js';
import { micOffIcon } from '../icons.js';
import { pinIcon, signalIcon } from '../call-icons.js';
import { ariaState } from '../aria.js';
import { avatarColor } from '../avatar-color.js';
import { initials } from '../initials.js';
import { inlineStyle } from '../inline-style.js';
import { videoTileStyles } from './video-tile.styles.js';

/** The pin button of a tile was pressed; stays inside `<video-room>`'s shadow root (not composed). */
export class TilePinToggleEvent extends Event {
  constructor() {
    super('tile-pin-toggle', { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tile-pin-toggle': TilePinToggleEvent;
  }
}

/**
 * One participant's camera or screen share: the SDK's `<video>`, or an initials avatar while the
 * video is off, with the name, a muted-microphone icon and a speaking ring. Receives a TileState
 * snapshot and renders it; it never talks to the SDK. It writes its own state onto itself (`part`
 * names and `data-*`), so a change only this tile shows (speaking, muting) updates this tile alone.
 *
 * @csspart tile-video - The `<video>` element.
 * @csspart tile-name - The name label.
 * @csspart control - The pin button (with `pin`).
 * @csspart pin - The pin button.
 * @csspart network-quality - The connection indicator of a remote stream (`data-network-quality`: `good`, `fair`, `poor`).
 * @csspart video-paused - "Video paused: weak connection", while the SDK has turned the video off for bandwidth.
 *
 * @slot overlay - Badges and reactions drawn over the tile by `<video-room>`: an element with class
 *   `hand` sits top-left (top-right right to left), elements with class `reaction` start at the lower centre (their animation
 *   is styled by the slotting element). The overlay never takes pointer events.
 *
 * @fires tile-pin-toggle - Internal, not composed: the pin button was pressed.
 * @cssprop [--vr-tile-background=#1f2430] - Behind the video and avatar.
 * @cssprop [--vr-tile-foreground=#fff] - Text on the tile.
 * @cssprop [--vr-tile-radius=12px] - Corner radius.
 * @cssprop [--vr-speaking-color=var(--vr-accent)] - The speaking ring.
 */
export class VideoTileElement extends LitElement {
  static override styles = videoTileStyles;

  @property({ attribute: false }) tile: TileState | undefined;
  /** Text read out after the muted-microphone icon. */
  @property({ attribute: false }) mutedLabel = 'Microphone muted';
  /** The name label's text (the name, marked as yours or as a screen by the room); defaults to the name. */
  @property({ attribute: false }) label = '';
  /** Whether this tile is pinned (the pin button shows as pressed). */
  @property({ attribute: false }) pinned = false;
  /** Whether the hand of this tile's participant is up (drawn by the room, in the overlay slot). */
  @property({ attribute: false }) handRaised = false;
  /** The pin button's accessible name; no button without one. */
  @property({ attribute: false }) pinLabel = '';
  /** The network quality indicator's accessible names ("Connection: poor"); no indicator without them. */
  @property({ attribute: false }) networkLabels: Readonly<Record<NetworkQuality, string>> | undefined;
  /** Shown over the tile while the SDK has paused its video for a weak connection. */
  @property({ attribute: false }) pausedLabel = '';

  protected override willUpdate(changed: PropertyValues<VideoTileElement>): void {
    if (this.tile) this.reflectState(this.tile);
    const video = this.tile?.video;
    const previous = changed.get('tile')?.video;
    if (video && video !== previous) adoptVideo(video, this.tile!);
    video?.classList.toggle('hidden', this.tile!.videoMuted);
  }

  protected override updated(): void {
    // A video moved between tiles or hidden and shown again may have been paused by the browser.
    const video = this.tile?.video;
    if (video && video.paused && !this.tile!.videoMuted) video.play().catch(() => undefined);
  }

  protected override render() {
    const tile = this.tile;
    if (!tile) return nothing;
    const showVideo = Boolean(tile.video) && !tile.videoMuted;
    const name = this.label || tile.name;
    return html`
      ${tile.video ?? nothing}
      ${showVideo
        ? nothing
        : html`<div class="avatar"><span class="initials" ${inlineStyle({ '--avatar-color': avatarColor(tile.name) })}>${initials(tile.name)}</span></div>`}
      <div class="label">
        ${tile.audioMuted && tile.kind === 'camera'
          ? html`<span class="muted" role="img" aria-label=${this.mutedLabel}>${micOffIcon}</span>`
          : nothing}
        <span class="name" part="tile-name">${name}</span>
        ${tile.networkQuality && this.networkLabels
          ? html`<span part="network-quality" class="network" data-network-quality=${tile.networkQuality} role="img" aria-label=${this.networkLabels[tile.networkQuality]}
              >${signalIcon}</span
            >`
          : nothing}
      </div>
      ${tile.videoPaused && this.pausedLabel ? html`<div part="video-paused" class="paused" role="status">${this.pausedLabel}</div>` : nothing}
      ${this.pinLabel
        ? html`<button
            part="control pin"
            class="pin"
            type="button"
            aria-pressed=${ariaState(this.pinned)}
            aria-label=${this.pinLabel}
            title=${this.pinLabel}
            @click=${this.requestPinToggle}
          >
            ${pinIcon}
          </button>`
        : nothing}
      <div class="overlay"><slot name="overlay"></slot></div>
    `;
  }

  /** The `part` names and `data-*` attributes styles, tests and hosts read; written only when they change. */
  private reflectState(tile: TileState): void {
    const parts = [
      'tile',
      tile.isLocal ? 'local' : 'remote',
      tile.kind,
      tile.speaking ? 'speaking' : '',
      tile.audioMuted ? 'audio-muted' : '',
      tile.videoMuted ? 'video-muted' : '',
      this.pinned ? 'pinned' : '',
      this.handRaised ? 'hand-raised' : '',
    ];
    const attributes: Record<string, string> = {
      part: parts.filter(Boolean).join(' '),
      'data-participant-id': tile.participantId,
      'data-stream-id': tile.streamId ?? '',
      'data-kind': tile.kind,
      'data-local': String(tile.isLocal),
      'data-audio-muted': String(tile.audioMuted),
      'data-video-muted': String(tile.videoMuted),
      'data-speaking': String(tile.speaking),
      'data-hand-raised': String(this.handRaised),
      'data-network-quality': tile.networkQuality ?? '',
    };
    for (const [name, value] of Object.entries(attributes)) if (this.getAttribute(name) !== value) this.setAttribute(name, value);
  }

  private requestPinToggle(): void {
    // Stays inside <video-room>'s shadow root, which owns pinning.
    this.dispatchEvent(new TilePinToggleEvent());
  }
}

function adoptVideo(video: HTMLVideoElement, tile: TileState): void {
  video.setAttribute('part', 'tile-video');
  video.autoplay = true;
  video.playsInline = true;
  // The local preview would echo the user's own microphone.
  if (tile.isLocal) video.muted = true;
  video.classList.toggle('mirrored', tile.isLocal && tile.kind === 'camera');
  video.removeAttribute('style');
}
