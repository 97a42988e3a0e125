import { html, LitElement, nothing, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  JoinedEvent,
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
import { fitGrid } from '../../layout/grid.js';
import type { TokenCredentialsMode, TokenMethod, TokenProvider } from '../../room/credentials.js';
import { VideoRoomError } from '../../room/errors.js';
import type { RoomEventMap } from '../../room/events.js';
import { effectiveMedia, isInCall, Room } from '../../room/room.js';
import type { Participant, RoomState, RoomStatus, TileState } from '../../room/state.js';
import type { OTNamespace, OTSession } from '../../sdk/types.js';
import { cameraIcon, cameraOffIcon, leaveIcon, micIcon, micOffIcon } from '../icons.js';
import { ResizeController } from '../resize-controller.js';
import { videoRoomStyles } from './video-room.styles.js';

export type LayoutMode = 'auto' | 'grid' | 'speaker';

const TILE_GAP = 8;

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
 * @csspart tile - Every tile; state names are added: `local`, `remote`, `camera`, `screen`, `speaking`, `audio-muted`, `video-muted`.
 * @csspart tile-video - The `<video>` inside a tile.
 * @csspart tile-name - The name label of a tile.
 * @csspart controls - The control bar.
 * @csspart control - Every button; its name is added: `mic`, `camera`, `leave`, `join`, `retry`, `rejoin`, `dismiss`.
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
  /** `auto`, `grid` or `speaker`. */
  @property() layout: LayoutMode = 'auto';
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
  /** A recoverable problem worth telling the user about while the call goes on. */
  @state() private notice: VideoRoomError | undefined;
  private error: VideoRoomError | undefined;

  private readonly engine: Room;
  private readonly stageSize = new ResizeController(this, () => this.renderRoot.querySelector('.stage'));

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
    switch (type) {
      case 'error': {
        const error = detail as VideoRoomError;
        this.error = error;
        if (error.recoverable) this.notice = error;
        this.dispatchEvent(new VideoRoomErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
        return;
      }
      case 'state-change':
        return void this.dispatchEvent(new StateChangeEvent(detail as RoomEventMap['state-change']));
      case 'joined':
        return void this.dispatchEvent(new JoinedEvent(detail as RoomEventMap['joined']));
      case 'left':
        this.notice = undefined;
        return void this.dispatchEvent(new LeftEvent(detail as RoomEventMap['left']));
      case 'participant-joined':
        return void this.dispatchEvent(new ParticipantJoinedEvent(detail as RoomEventMap['participant-joined']));
      case 'participant-left':
        return void this.dispatchEvent(new ParticipantLeftEvent(detail as RoomEventMap['participant-left']));
      case 'stream-added':
        return void this.dispatchEvent(new StreamAddedEvent(detail as RoomEventMap['stream-added']));
      case 'stream-removed':
        return void this.dispatchEvent(new StreamRemovedEvent(detail as RoomEventMap['stream-removed']));
      case 'local-media-change':
        return void this.dispatchEvent(new LocalMediaChangeEvent(detail as RoomEventMap['local-media-change']));
    }
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
    const fit = fitGrid(tiles.length, this.stageSize.width, this.stageSize.height, { gap: TILE_GAP });
    const alone = status === 'connected' && !this.snapshot.participants.some((participant) => !participant.isLocal);
    const text = this.text;
    return html`
      <div
        part="stage"
        class="stage"
        role="group"
        aria-label=${text.stageLabel}
        style="--tile-width: ${fit.tileWidth}px; --tile-height: ${fit.tileHeight}px"
      >
        ${repeat(tiles, (tile) => tile.key, (tile) => this.renderTile(tile))}
        ${alone ? html`<div class="empty"><slot name="empty">${text.waitingForOthers}</slot></div>` : nothing}
      </div>
      ${status === 'joining' || status === 'reconnecting'
        ? html`<div part="status" class="banner" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>${status === 'joining' ? text.joining : text.reconnecting}
          </div>`
        : nothing}
      ${this.notice ? this.renderNotice(this.notice) : nothing}
    `;
  }

  private renderTile(tile: TileState) {
    const parts = [
      'tile',
      tile.isLocal ? 'local' : 'remote',
      tile.kind,
      tile.speaking ? 'speaking' : '',
      tile.audioMuted ? 'audio-muted' : '',
      tile.videoMuted ? 'video-muted' : '',
    ].filter(Boolean);
    return html`<vr-video-tile
      part=${parts.join(' ')}
      exportparts="tile-video, tile-name"
      data-participant-id=${tile.participantId}
      data-stream-id=${tile.streamId ?? ''}
      data-kind=${tile.kind}
      data-local=${String(tile.isLocal)}
      data-audio-muted=${String(tile.audioMuted)}
      data-video-muted=${String(tile.videoMuted)}
      data-speaking=${String(tile.speaking)}
      .tile=${tile}
      .mutedLabel=${this.text.microphoneMuted}
      .youLabel=${this.text.you}
    ></vr-video-tile>`;
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

  private renderControls() {
    const text = this.text;
    const media = effectiveMedia(this.snapshot);
    return html`
      <div part="controls" class="controls" role="toolbar" aria-label=${text.controlsLabel}>
        <slot name="controls-start"></slot>
        ${this.renderToggle('mic', media.audio, [text.muteMicrophone, text.unmuteMicrophone], [micIcon, micOffIcon], () => this.toggleAudio())}
        ${this.renderToggle('camera', media.video, [text.turnCameraOff, text.turnCameraOn], [cameraIcon, cameraOffIcon], () => this.toggleVideo())}
        <button part="control leave" type="button" class="danger" aria-label=${text.leave} title=${text.leave} @click=${() => void this.leave()}>
          ${leaveIcon}
        </button>
        <slot name="controls-end"></slot>
      </div>
    `;
  }
}
