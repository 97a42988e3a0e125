import { html, LitElement, nothing, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ActiveSpeakerChangeEvent,
  JoinedEvent,
  LayoutChangeEvent,
  LeftEvent,
  LocalMediaChangeEvent,
  ParticipantJoinedEvent,
  ParticipantLeftEvent,
  StateChangeEvent,
  StreamAddedEvent,
  StreamRemovedEvent,
  VideoRoomErrorEvent,
} from '../../events.js';
import { englishStrings, type VideoRoomStrings } from '../../i18n/strings.js';
import { PageOrder } from '../../layout/page-order.js';
import { planStage, type LayoutMode, type StagePlan } from '../../layout/stage-plan.js';
import type { TokenCredentialsMode, TokenMethod, TokenProvider } from '../../room/credentials.js';
import { VideoRoomError } from '../../room/errors.js';
import type { RoomEventMap } from '../../room/events.js';
import { effectiveMedia, isInCall, Room } from '../../room/room.js';
import type { Participant, RoomState, RoomStatus, TileState } from '../../room/state.js';
import type { OTNamespace, OTSession } from '../../sdk/types.js';
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
} from '../icons.js';
import { PageVisibilityController } from '../page-visibility-controller.js';
import { ResizeController } from '../resize-controller.js';
import { ViewportController } from '../viewport-controller.js';
import type { VideoTileElement } from '../video-tile/video-tile.js';
import { videoRoomStyles } from './video-room.styles.js';

export type { LayoutMode };

const TILE_GAP = 8;

/** The DOM event for each room event but `error`, whose detail is built from the VideoRoomError. */
const roomEventClasses = {
  'state-change': StateChangeEvent,
  joined: JoinedEvent,
  left: LeftEvent,
  'participant-joined': ParticipantJoinedEvent,
  'participant-left': ParticipantLeftEvent,
  'stream-added': StreamAddedEvent,
  'stream-removed': StreamRemovedEvent,
  'local-media-change': LocalMediaChangeEvent,
  'active-speaker-change': ActiveSpeakerChangeEvent,
};

/**
 * A complete video call in one element: fetches credentials from the host's token endpoint,
 * connects with the Vonage Video SDK, publishes the camera and microphone, and shows everyone.
 *
 * @slot header - Above the call, in every state.
 * @slot join - Extra content on the join screen.
 * @slot empty - Shown on the stage while nobody else is in the room (default: "Waiting for others to join…").
 * @slot left - Shown after leaving (default: "You left the call.").
 * @slot controls-start - Host buttons at the start of the control bar.
 * @slot controls-end - Host buttons at the end of the control bar.
 *
 * @csspart base - The outermost wrapper.
 * @csspart stage - The area holding the tiles.
 * @csspart tile - Every tile; state names are added: `local`, `remote`, `camera`, `screen`, `speaking`, `audio-muted`, `video-muted`, `pinned`.
 * @csspart tile-video - The `<video>` inside a tile.
 * @csspart tile-name - The name label of a tile.
 * @csspart controls - The control bar.
 * @csspart control - Every button; its name is added: `mic`, `camera`, `layout`, `leave`, `join`, `retry`, `rejoin`, `dismiss`, `pin` (on tiles), `previous-page`, `next-page`.
 * @csspart pin - The pin button on a tile.
 * @csspart pager - The page switcher under the stage.
 * @csspart join-screen - The join screen.
 * @csspart status - The joining / reconnecting / error message and notices.
 *
 * @cssprop [--vr-background=#0f1218] - Background of the element.
 * @cssprop [--vr-foreground=#f3f4f6] - Text colour.
 * @cssprop [--vr-accent=#3b82f6] - Primary buttons, focus ring and speaking ring.
 * @cssprop [--vr-danger=#ef4444] - Leave button and muted indicators.
 * @cssprop [--vr-surface=#1f2430] - Buttons, panels and fields.
 * @cssprop [--vr-tile-background=#1f2430] - Behind each tile's video.
 * @cssprop [--vr-tile-radius=12px] - Tile corner radius.
 * @cssprop [--vr-gap=8px] - Space around and between tiles.
 * @cssprop [--vr-font-family=system-ui, sans-serif] - Font of every text.
 * @cssprop [--vr-radius=10px] - Corner radius of buttons and panels.
 *
 * @fires {StateChangeEvent} vr-state-change - `{ state, previousState }`.
 * @fires {JoinedEvent} vr-joined - `{ sessionId, connectionId }`.
 * @fires {LeftEvent} vr-left - `{ reason }`: `user`, `removed`, `forced`, `network` or `error`.
 * @fires {ParticipantJoinedEvent} vr-participant-joined - `{ participant }` for each other participant.
 * @fires {ParticipantLeftEvent} vr-participant-left - `{ participant }`.
 * @fires {StreamAddedEvent} vr-stream-added - `{ participantId, streamId, kind }` for each other participant's stream.
 * @fires {StreamRemovedEvent} vr-stream-removed - `{ participantId, streamId, kind }`.
 * @fires {LocalMediaChangeEvent} vr-local-media-change - `{ audio, video }`: what others receive from this user.
 * @fires {ActiveSpeakerChangeEvent} vr-active-speaker-change - `{ participantId }` (null when nobody holds the focus).
 * @fires {LayoutChangeEvent} vr-layout-change - `{ layout, pinnedParticipantId }`.
 * @fires {VideoRoomErrorEvent} vr-error - `{ code, message, recoverable }`.
 */
export class VideoRoomElement extends LitElement {
  static override styles = videoRoomStyles;

  /** The host's token endpoint, resolved against the page; it must answer with `{ applicationId, sessionId, token }`. */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint: string | undefined;
  /** `GET` (default; the room goes in the query) or `POST` (JSON `{ room, name }`). */
  @property({ attribute: 'token-method' }) tokenMethod: TokenMethod = 'GET';
  /** The fetch `credentials` mode of the token request: `same-origin` (default), `include` or `omit`. */
  @property({ attribute: 'token-credentials' }) tokenCredentials: TokenCredentialsMode = 'same-origin';
  /** How long the token request may take, in milliseconds. */
  @property({ attribute: 'token-timeout', type: Number }) tokenTimeout = 10_000;
  /** The room name sent to the token endpoint. */
  @property() room: string | undefined;
  /** The user's name, prefilled on the join screen and shown to others. */
  @property({ attribute: 'display-name' }) displayName = '';
  /** Join as soon as the element is on the page, without the join screen. */
  @property({ type: Boolean }) autojoin = false;
  /** Join with the microphone off. */
  @property({ attribute: 'start-audio-muted', type: Boolean }) startAudioMuted = false;
  /** Join with the camera off. */
  @property({ attribute: 'start-video-muted', type: Boolean }) startVideoMuted = false;
  /** `auto` (grid, or presentation while a screen is shared), `grid` or `speaker`. */
  @property() layout: LayoutMode = 'auto';
  /** Tiles per page; default: as many as fit at 160 px wide, at most 16. */
  @property({ attribute: 'max-tiles', type: Number }) maxTiles: number | undefined;
  /** Hide the control bar (for hosts that drive the element through its methods). */
  @property({ attribute: 'hide-controls', type: Boolean }) hideControls = false;

  /** Read-only: idle, joining, connected, reconnecting, left or error. */
  @property({ reflect: true }) state: RoomStatus = 'idle';
  /** Read-only: true while others cannot hear the user. */
  @property({ attribute: 'audio-muted', type: Boolean, reflect: true }) audioMuted = false;
  /** Read-only: true while others cannot see the user. */
  @property({ attribute: 'video-muted', type: Boolean, reflect: true }) videoMuted = false;

  /** An OT-compatible namespace to use instead of `window.OT` or the bundled SDK. */
  @property({ attribute: false }) sdk: OTNamespace | undefined;
  /** Replaces the token endpoint: `({ room, displayName, signal }) => Promise<{ applicationId, sessionId, token }>`. */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;
  /** Overrides any of the element's texts. */
  @property({ attribute: false }) strings: Partial<VideoRoomStrings> = {};

  @state() private snapshot: RoomState;
  @state() private pinned: string | undefined;
  @state() private page = 0;
  private readonly pageOrder = new PageOrder();
  private plan: StagePlan | undefined;
  private sentTargets = '';
  private announcedLayout: { layout: LayoutMode; pinned: string | undefined } | undefined;
  /** A recoverable problem worth telling the user about while the call goes on. */
  @state() private notice: VideoRoomError | undefined;
  private error: VideoRoomError | undefined;

  private readonly engine: Room;
  private readonly stageSize = new ResizeController(this, () => this.renderRoot.querySelector('.stage'));
  private readonly viewport = new ViewportController(this, () => this.tileElements());

  constructor() {
    super();
    this.engine = new Room(
      {
        stateChanged: (next) => this.applySnapshot(next),
        event: (type, detail) => this.dispatchRoomEvent(type, detail),
      },
      { audio: true, video: true },
    );
    this.snapshot = this.engine.snapshot;
    new PageVisibilityController(this, (hidden) => this.engine.setPageHidden(hidden));
  }

  /** Everyone in the call, the local participant first. */
  get participants(): readonly Participant[] {
    return this.snapshot.participants;
  }

  get localParticipant(): Participant | undefined {
    return this.snapshot.participants.find((participant) => participant.isLocal);
  }

  /** The underlying OT Session while in a call: an escape hatch for features the element lacks. */
  get session(): OTSession | undefined {
    return this.engine.session;
  }

  /** The most recent error, recoverable or not. */
  get lastError(): VideoRoomError | undefined {
    return this.error;
  }

  /**
   * Joins the room. Resolves once connected (or when the attempt is cancelled by `leave()` or
   * removal); rejects with a VideoRoomError when joining fails. Calling it while joining returns
   * the same attempt.
   */
  join(): Promise<void> {
    if (!isInCall(this.snapshot.status)) {
      this.notice = undefined;
      this.engine.setStartMedia({ audio: !this.startAudioMuted, video: !this.startVideoMuted });
    }
    return this.engine.join({
      sdk: this.sdk,
      tokenProvider: this.tokenProvider,
      endpoint: {
        endpoint: this.tokenEndpoint,
        method: this.tokenMethod?.toUpperCase() === 'POST' ? 'POST' : 'GET',
        credentials: this.tokenCredentials,
        timeoutMs: this.tokenTimeout,
      },
      room: this.room?.trim() || undefined,
      displayName: this.displayName.trim() || this.text.guest,
    });
  }

  /** Leaves the call, releasing the camera, microphone and session. */
  leave(): Promise<void> {
    return this.engine.leave('user');
  }

  setAudioEnabled(on: boolean): Promise<void> {
    return this.engine.setAudioEnabled(on);
  }

  setVideoEnabled(on: boolean): Promise<void> {
    return this.engine.setVideoEnabled(on);
  }

  toggleAudio(): Promise<void> {
    return this.setAudioEnabled(!effectiveMedia(this.snapshot).audio);
  }

  toggleVideo(): Promise<void> {
    return this.setVideoEnabled(!effectiveMedia(this.snapshot).video);
  }

  /** Switches the layout (the same as setting the `layout` attribute). */
  async setLayout(layout: LayoutMode): Promise<void> {
    if (!['auto', 'grid', 'speaker'].includes(layout)) {
      throw new VideoRoomError('invalid-configuration', `Unknown layout "${layout}": use auto, grid or speaker.`);
    }
    this.layout = layout;
    await this.updateComplete;
  }

  /** Keeps a participant large (their screen share if they have one) until `unpin()`. */
  async pin(participantId: string): Promise<void> {
    if (!this.snapshot.participants.some((participant) => participant.id === participantId)) {
      throw new VideoRoomError('invalid-configuration', `No participant "${participantId}" is in the call.`);
    }
    this.pinned = participantId;
    await this.updateComplete;
  }

  async unpin(): Promise<void> {
    this.pinned = undefined;
    await this.updateComplete;
  }

  /** The pinned participant's ID, if any. */
  get pinnedParticipantId(): string | undefined {
    return this.pinned;
  }

  /** The remote participant holding the focus by voice, if any. */
  get activeSpeakerId(): string | undefined {
    return this.snapshot.activeSpeakerId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autojoin && !isInCall(this.snapshot.status) && this.snapshot.status !== 'error') this.joinQuietly();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move inside the DOM disconnects and reconnects in the same task: only a real removal ends the call.
    queueMicrotask(() => {
      if (!this.isConnected) this.engine.dispose('removed');
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('startAudioMuted') || changed.has('startVideoMuted')) && !isInCall(this.snapshot.status)) {
      this.engine.setStartMedia({ audio: !this.startAudioMuted, video: !this.startVideoMuted });
    }
    if (this.pinned !== undefined && !this.snapshot.participants.some((participant) => participant.id === this.pinned)) {
      this.pinned = undefined; // they left
    }
  }

  protected override updated(): void {
    this.announceLayout();
    this.sendVideoTargets();
  }

  /** Fires vr-layout-change when the layout or the pin changed since the last announcement. */
  private announceLayout(): void {
    const current = { layout: this.layout, pinned: this.pinned };
    const previous = this.announcedLayout;
    this.announcedLayout = current;
    if (!previous || (previous.layout === current.layout && previous.pinned === current.pinned)) return;
    this.dispatchEvent(new LayoutChangeEvent({ layout: current.layout, pinnedParticipantId: current.pinned ?? null }));
  }

  /** Tells the engine which remote streams are on screen and how large, after each render. */
  private sendVideoTargets(): void {
    if (!isInCall(this.snapshot.status) || !this.plan) return;
    const targets = new Map<string, { width: number; height: number }>();
    for (const tile of this.snapshot.tiles) {
      const box = this.plan.boxes.get(tile.key);
      if (tile.isLocal || !tile.streamId || !box || box.width <= 0 || this.viewport.isOutside(tile.key)) continue;
      targets.set(tile.streamId, { width: box.width, height: box.height });
    }
    const signature = [...targets].map(([id, size]) => `${id}:${size.width}x${size.height}`).join('|');
    if (signature === this.sentTargets) return;
    this.sentTargets = signature;
    this.engine.setVideoTargets(targets);
  }

  private tileElements(): Array<[Element, string]> {
    return [...this.renderRoot.querySelectorAll<VideoTileElement>('vr-video-tile')].flatMap((element) =>
      element.tile ? [[element, element.tile.key] as [Element, string]] : [],
    );
  }

  private get text(): VideoRoomStrings {
    return { ...englishStrings, ...this.strings };
  }

  private joinQuietly(): void {
    // Failures are reported through state, `lastError` and `vr-error`.
    this.join().catch(() => undefined);
  }

  private applySnapshot(next: RoomState): void {
    this.snapshot = next;
    this.state = next.status;
    const media = effectiveMedia(next);
    this.audioMuted = !media.audio;
    this.videoMuted = !media.video;
  }

  private dispatchRoomEvent<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void {
    if (type === 'error') {
      const error = detail as VideoRoomError;
      this.error = error;
      if (error.recoverable) this.notice = error;
      this.dispatchEvent(new VideoRoomErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
      return;
    }
    if (type === 'left') this.notice = undefined;
    const EventClass = roomEventClasses[type as Exclude<keyof RoomEventMap, 'error'>] as new (detail: unknown) => Event;
    this.dispatchEvent(new EventClass(detail));
  }

  protected override render() {
    const status = this.snapshot.status;
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        <div class="body">${this.renderBody(status)}</div>
        ${isInCall(status) && !this.hideControls ? this.renderControls() : nothing}
      </div>
    `;
  }

  private renderBody(status: RoomStatus) {
    switch (status) {
      case 'idle':
        return this.renderJoinScreen();
      case 'left':
        return this.renderLeftScreen();
      case 'error':
        return this.renderError();
      default:
        return this.renderStage(status);
    }
  }

  private renderJoinScreen() {
    const text = this.text;
    return html`
      <form part="join-screen" class="panel join-screen" @submit=${this.onJoinSubmit}>
        <h2>${text.joinTitle}</h2>
        <label class="field">
          <span>${text.nameLabel}</span>
          <input name="display-name" autocomplete="name" maxlength="64" .value=${this.displayName} placeholder=${text.namePlaceholder} />
        </label>
        <slot name="join"></slot>
        <button part="control join" class="primary" type="submit">${text.join}</button>
      </form>
    `;
  }

  private onJoinSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('display-name') as HTMLInputElement;
    this.displayName = input.value.trim();
    this.joinQuietly();
  }

  private renderLeftScreen() {
    return html`
      <div class="panel left-screen">
        <slot name="left"><p>${this.text.leftTitle}</p></slot>
        <button part="control rejoin" class="primary" type="button" @click=${this.joinQuietly}>${this.text.rejoin}</button>
      </div>
    `;
  }

  private renderError() {
    const error = this.snapshot.error;
    return html`
      <div part="status" class="panel error" role="alert" data-code=${error?.code ?? ''}>
        <h2>${this.text.errorTitle}</h2>
        <p>${error?.message ?? ''}</p>
        <button part="control retry" class="primary" type="button" @click=${this.joinQuietly}>${this.text.retry}</button>
      </div>
    `;
  }

  private renderStage(status: RoomStatus) {
    const tiles = this.snapshot.tiles;
    const plan = planStage(
      {
        tiles,
        layout: this.layout,
        pinnedParticipantId: this.pinned,
        activeSpeakerId: this.snapshot.activeSpeakerId,
        width: this.stageSize.width,
        height: this.stageSize.height,
        maxTiles: this.maxTiles && this.maxTiles > 0 ? this.maxTiles : undefined,
        page: this.page,
        gap: TILE_GAP,
        now: performance.now(),
      },
      this.pageOrder,
    );
    this.plan = plan;
    const alone = status === 'connected' && !this.snapshot.participants.some((participant) => !participant.isLocal);
    const text = this.text;
    const canPin = tiles.length > 1;
    return html`
      <div class="stage-area">
        <div part="stage" class="stage" role="group" aria-label=${text.stageLabel} data-arrangement=${plan.arrangement}>
          ${repeat(tiles, (tile) => tile.key, (tile) => this.renderTile(tile, plan, text, canPin))}
          ${alone ? html`<div class="empty"><slot name="empty">${text.waitingForOthers}</slot></div>` : nothing}
        </div>
        ${plan.pageCount > 1 ? this.renderPager(plan, text) : nothing}
      </div>
      ${status === 'joining' || status === 'reconnecting'
        ? html`<div part="status" class="banner" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>${status === 'joining' ? text.joining : text.reconnecting}
          </div>`
        : nothing}
      ${this.notice ? this.renderNotice(this.notice) : nothing}
    `;
  }

  private renderTile(tile: TileState, plan: StagePlan, text: VideoRoomStrings, canPin: boolean) {
    const box = plan.boxes.get(tile.key);
    const pinned = this.pinned !== undefined && tile.participantId === this.pinned && tile.key === plan.focusKey;
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
      .youLabel=${text.you}
      .pinned=${pinned}
      .pinLabel=${canPin ? `${pinned ? text.unpin : text.pin} ${tile.name}` : ''}
      @tile-pin-toggle=${() => (pinned ? this.unpin() : this.pin(tile.participantId)).catch(() => undefined)}
    ></vr-video-tile>`;
  }

  private renderPager(plan: StagePlan, text: VideoRoomStrings) {
    const status = text.pageStatus.replace('{page}', String(plan.page + 1)).replace('{count}', String(plan.pageCount));
    return html`<div class="pager" part="pager">
      <button
        part="control previous-page"
        type="button"
        aria-label=${text.previousPage}
        title=${text.previousPage}
        ?disabled=${plan.page === 0}
        @click=${() => (this.page = plan.page - 1)}
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
        @click=${() => (this.page = plan.page + 1)}
      >
        ${chevronRightIcon}
      </button>
    </div>`;
  }

  private renderNotice(notice: VideoRoomError) {
    return html`<div part="status" class="notice" role="alert" data-code=${notice.code}>
      <span>${notice.message}</span>
      <button part="control dismiss" type="button" @click=${() => (this.notice = undefined)}>${this.text.dismiss}</button>
    </div>`;
  }

  /** A device button: pressed while the device is off, named for what a click does. */
  private renderToggle(
    name: string,
    on: boolean,
    [turnOff, turnOn]: [string, string],
    [onIcon, offIcon]: [SVGTemplateResult, SVGTemplateResult],
    toggle: () => Promise<void>,
  ) {
    const label = on ? turnOff : turnOn;
    return html`<button
      part="control ${name}"
      type="button"
      class=${on ? '' : 'off'}
      aria-pressed=${String(!on)}
      aria-label=${label}
      title=${label}
      @click=${() => toggle().catch(() => undefined)}
    >
      ${on ? onIcon : offIcon}
    </button>`;
  }

  /** Flips between grid and speaker; `auto` counts as grid. */
  private renderLayoutSwitch(text: VideoRoomStrings) {
    const speaker = this.layout === 'speaker';
    const label = speaker ? text.gridLayout : text.speakerLayout;
    return html`<button part="control layout" type="button" aria-label=${label} title=${label} @click=${() => void this.setLayout(speaker ? 'grid' : 'speaker')}>
      ${speaker ? layoutGridIcon : layoutSpeakerIcon}
    </button>`;
  }

  private renderControls() {
    const text = this.text;
    const media = effectiveMedia(this.snapshot);
    return html`
      <div part="controls" class="controls" role="toolbar" aria-label=${text.controlsLabel}>
        <slot name="controls-start"></slot>
        ${this.renderToggle('mic', media.audio, [text.muteMicrophone, text.unmuteMicrophone], [micIcon, micOffIcon], () => this.toggleAudio())}
        ${this.renderToggle('camera', media.video, [text.turnCameraOff, text.turnCameraOn], [cameraIcon, cameraOffIcon], () => this.toggleVideo())}
        ${this.renderLayoutSwitch(text)}
        <button part="control leave" type="button" class="danger" aria-label=${text.leave} title=${text.leave} @click=${() => void this.leave()}>
          ${leaveIcon}
        </button>
        <slot name="controls-end"></slot>
      </div>
    `;
  }
}
