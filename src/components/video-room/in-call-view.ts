import { html, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { PageOrder } from '../../layout/page-order.js';
import { planStage, type LayoutMode, type StagePlan } from '../../layout/stage-plan.js';
import { effectiveMedia } from '../../room/room.js';
import type { RoomState, TileState } from '../../room/state.js';
import type { VideoTarget } from '../../room/video-quality.js';
import {
  cameraIcon,
  cameraOffIcon,
  chevronLeftIcon,
  chevronRightIcon,
  layoutGridIcon,
  layoutSpeakerIcon,
  leaveIcon,
  micIcon,
  micOffIcon,
  screenShareIcon,
  settingsIcon,
} from '../icons.js';
import { VideoTileElement } from '../video-tile/video-tile.js';

// Loaded with the call, not before: the join screen does not need any of this.
if (!customElements.get('vr-video-tile')) customElements.define('vr-video-tile', VideoTileElement);

declare global {
  interface HTMLElementTagNameMap {
    'vr-video-tile': VideoTileElement;
  }
}

const TILE_GAP = 8;

/** What the in-call view reads from `<video-room>` and asks of it. */
export interface InCallHost {
  readonly snapshot: RoomState;
  readonly text: VideoRoomStrings;
  readonly layout: LayoutMode;
  readonly pinned: string | undefined;
  readonly maxTiles: number | undefined;
  readonly stageWidth: number;
  readonly stageHeight: number;
  readonly page: number;
  readonly screenShareSupported: boolean;
  readonly settingsOpen: boolean;
  setPage(page: number): void;
  toggleAudio(): Promise<void>;
  toggleVideo(): Promise<void>;
  toggleScreenShare(): Promise<void>;
  setLayout(layout: LayoutMode): Promise<void>;
  togglePin(participantId: string, pinned: boolean): Promise<void>;
  toggleSettings(): void;
  leave(): Promise<void>;
}

/** "Ada (You)", "Grace Hopper", "Grace Hopper’s screen", "Your screen". */
function tileLabel(tile: TileState, text: VideoRoomStrings): string {
  if (tile.kind === 'screen') return tile.isLocal ? text.yourScreen : text.screenOf.replace('{name}', tile.name);
  return tile.isLocal ? `${tile.name} (${text.you})` : tile.name;
}

/**
 * The stage and the control bar of a call. Remembers the page order between renders (so tiles
 * keep their places) and the last plan (so the element can report what is on screen).
 */
export class InCallView {
  private readonly pageOrder = new PageOrder();
  private plan: StagePlan | undefined;

  renderStage(host: InCallHost) {
    const { snapshot, text } = host;
    const tiles = snapshot.tiles;
    const plan = planStage(
      {
        tiles,
        layout: host.layout,
        pinnedParticipantId: host.pinned,
        activeSpeakerId: snapshot.activeSpeakerId,
        width: host.stageWidth,
        height: host.stageHeight,
        maxTiles: host.maxTiles && host.maxTiles > 0 ? host.maxTiles : undefined,
        page: host.page,
        gap: TILE_GAP,
        now: performance.now(),
      },
      this.pageOrder,
    );
    this.plan = plan;
    const alone = snapshot.status === 'connected' && !snapshot.participants.some((participant) => !participant.isLocal);
    const canPin = tiles.length > 1;
    return html`
      <div part="stage" class="stage" role="group" aria-label=${text.stageLabel} data-arrangement=${plan.arrangement}>
        ${repeat(tiles, (tile) => tile.key, (tile) => this.renderTile(host, tile, plan, canPin))}
        ${alone ? html`<div class="empty"><slot name="empty">${text.waitingForOthers}</slot></div>` : nothing}
      </div>
      ${plan.pageCount > 1 ? this.renderPager(host, plan) : nothing}
    `;
  }

  /** The CSS size of each remote stream on screen, as of the last render. */
  videoTargets(snapshot: RoomState, isOutside: (key: string) => boolean): Map<string, VideoTarget> {
    const targets = new Map<string, VideoTarget>();
    if (!this.plan) return targets;
    for (const tile of snapshot.tiles) {
      const box = this.plan.boxes.get(tile.key);
      if (tile.isLocal || !tile.streamId || !box || box.width <= 0 || isOutside(tile.key)) continue;
      targets.set(tile.streamId, { width: box.width, height: box.height });
    }
    return targets;
  }

  private renderTile(host: InCallHost, tile: TileState, plan: StagePlan, canPin: boolean) {
    const text = host.text;
    const box = plan.boxes.get(tile.key);
    const pinned = host.pinned !== undefined && tile.participantId === host.pinned && tile.key === plan.focusKey;
    const parts = [
      'tile',
      tile.isLocal ? 'local' : 'remote',
      tile.kind,
      tile.speaking ? 'speaking' : '',
      tile.audioMuted ? 'audio-muted' : '',
      tile.videoMuted ? 'video-muted' : '',
      pinned ? 'pinned' : '',
    ].filter(Boolean);
    // Tiles on other pages stay in the DOM, hidden, so their audio keeps playing.
    return html`<vr-video-tile
      part=${parts.join(' ')}
      exportparts="tile-video, tile-name, control, pin"
      ?hidden=${!box}
      style=${box ? `transform: translate(${box.x}px, ${box.y}px); width: ${box.width}px; height: ${box.height}px` : ''}
      data-participant-id=${tile.participantId}
      data-stream-id=${tile.streamId ?? ''}
      data-kind=${tile.kind}
      data-local=${String(tile.isLocal)}
      data-audio-muted=${String(tile.audioMuted)}
      data-video-muted=${String(tile.videoMuted)}
      data-speaking=${String(tile.speaking)}
      .tile=${tile}
      .mutedLabel=${text.microphoneMuted}
      .label=${tileLabel(tile, text)}
      .pinned=${pinned}
      .pinLabel=${canPin ? `${pinned ? text.unpin : text.pin} ${tile.name}` : ''}
      @tile-pin-toggle=${() => host.togglePin(tile.participantId, pinned).catch(() => undefined)}
    ></vr-video-tile>`;
  }

  private renderPager(host: InCallHost, plan: StagePlan) {
    const text = host.text;
    const status = text.pageStatus.replace('{page}', String(plan.page + 1)).replace('{count}', String(plan.pageCount));
    return html`<div class="pager" part="pager">
      <button
        part="control previous-page"
        type="button"
        aria-label=${text.previousPage}
        title=${text.previousPage}
        ?disabled=${plan.page === 0}
        @click=${() => host.setPage(plan.page - 1)}
      >
        ${chevronLeftIcon}
      </button>
      <span aria-live="polite">${status}</span>
      <button
        part="control next-page"
        type="button"
        aria-label=${text.nextPage}
        title=${text.nextPage}
        ?disabled=${plan.page >= plan.pageCount - 1}
        @click=${() => host.setPage(plan.page + 1)}
      >
        ${chevronRightIcon}
      </button>
    </div>`;
  }

  renderControls(host: InCallHost) {
    const text = host.text;
    const media = effectiveMedia(host.snapshot);
    const sharing = host.snapshot.screenSharing;
    const speaker = host.layout === 'speaker';
    return html`
      <div part="controls" class="controls" role="toolbar" aria-label=${text.controlsLabel}>
        <slot name="controls-start"></slot>
        ${toggle('mic', !media.audio, media.audio ? text.muteMicrophone : text.unmuteMicrophone, media.audio ? micIcon : micOffIcon, () => host.toggleAudio(), 'off')}
        ${toggle('camera', !media.video, media.video ? text.turnCameraOff : text.turnCameraOn, media.video ? cameraIcon : cameraOffIcon, () => host.toggleVideo(), 'off')}
        ${host.screenShareSupported
          ? toggle('screen', sharing, sharing ? text.stopScreenShare : text.startScreenShare, screenShareIcon, () => host.toggleScreenShare(), 'active')
          : nothing}
        ${button('layout', speaker ? text.gridLayout : text.speakerLayout, speaker ? layoutGridIcon : layoutSpeakerIcon, () =>
          host.setLayout(speaker ? 'grid' : 'speaker'),
        )}
        ${toggle('settings', host.settingsOpen, text.settings, settingsIcon, async () => host.toggleSettings(), 'active')}
        ${button('leave', text.leave, leaveIcon, () => host.leave(), 'danger')}
        <slot name="controls-end"></slot>
      </div>
    `;
  }
}

/** A control-bar button, named for what a click does. */
function button(name: string, label: string, icon: SVGTemplateResult, action: () => Promise<unknown>, className = '') {
  return html`<button part="control ${name}" type="button" class=${className} aria-label=${label} title=${label} @click=${() => action().catch(() => undefined)}>
    ${icon}
  </button>`;
}

/** A control-bar toggle: `aria-pressed` says whether it is pressed (a device off, sharing on). */
function toggle(name: string, pressed: boolean, label: string, icon: SVGTemplateResult, action: () => Promise<unknown>, pressedClass: string) {
  return html`<button
    part="control ${name}"
    type="button"
    class=${pressed ? pressedClass : ''}
    aria-pressed=${String(pressed)}
    aria-label=${label}
    title=${label}
    @click=${() => action().catch(() => undefined)}
  >
    ${icon}
  </button>`;
}
