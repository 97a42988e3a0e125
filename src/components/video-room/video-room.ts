import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LayoutChangeEvent, VideoRoomErrorEvent } from '../../events.js';
import { englishStrings, type VideoRoomStrings } from '../../i18n/strings.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import { canChooseSpeaker, type DeviceOption } from '../../media/devices.js';
import { availableEffects, effectFilter, type Effect } from '../../media/effects.js';
import { loadPreferences, updatePreferences } from '../../media/preferences.js';
import type { TokenCredentialsMode, TokenMethod, TokenProvider } from '../../room/credentials.js';
import { VideoRoomError } from '../../errors.js';
import type { RoomEventMap } from '../../room/events.js';
import { effectiveMedia, isInCall, Room, type PublisherSources } from '../../room/room.js';
import type { Participant, RoomState, RoomStatus } from '../../room/state.js';
import type { OTNamespace, OTSession } from '../../sdk/types.js';
import { speakerIcon } from '../icons.js';
import { PageVisibilityController } from '../page-visibility-controller.js';
import { PrejoinController } from '../prejoin/prejoin-controller.js';
import { prejoinStyles } from '../prejoin/prejoin.styles.js';
import { ResizeController } from '../resize-controller.js';
import type { SelectedDevices, SettingsChange, SettingsKind } from '../settings-panel/settings-panel.js';
import type { VideoTileElement } from '../video-tile/video-tile.js';
import { ViewportController } from '../viewport-controller.js';
import type { InCallHost, InCallView } from './in-call-view.js';
import { InCallDevices, type DeviceSwitchReason } from './in-call-devices.js';
import { roomEvent } from './room-events.js';
import { videoRoomStyles } from './video-room.styles.js';

export type { LayoutMode };

/** A message shown over the call while it goes on (a recoverable error, a device fallback). */
interface Notice {
  message: string;
  code: string;
}

const deviceKinds: Record<SettingsKind, 'videoinput' | 'audioinput' | 'audiooutput'> = {
  camera: 'videoinput',
  microphone: 'audioinput',
  speaker: 'audiooutput',
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
 * @csspart control - Every button; its name is added: `mic`, `camera`, `screen`, `layout`, `settings`, `leave` (control bar), `join`, `preview-mic`, `preview-camera`, `retry-permission`, `join-without-media` (join screen), `retry`, `rejoin`, `dismiss`, `unblock-audio`, `pin` (on tiles), `previous-page`, `next-page`, `close` (settings).
 * @csspart pin - The pin button on a tile.
 * @csspart pager - The page switcher under the stage.
 * @csspart join-screen - The pre-join screen: camera preview, device choices, name and Join.
 * @csspart preview - The camera preview box on the join screen.
 * @csspart preview-video - The mirrored `<video>` of the camera preview.
 * @csspart level-meter - The microphone level bar (its `--vr-level` goes from 0 to 1).
 * @csspart preview-error - Why the preview has no camera: blocked (with instructions), none found, or failing.
 * @csspart status - The joining / reconnecting / error message and notices.
 * @csspart settings - The in-call settings panel.
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
 * @cssprop [--vr-level-color=#22c55e] - The microphone level bar on the join screen.
 * @cssprop [--vr-focus-ring=var(--vr-accent)] - The keyboard focus outline.
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
 * @fires {ScreenShareStartedEvent} vr-screen-share-started - `{ streamId }` of the user's screen share.
 * @fires {ScreenShareStoppedEvent} vr-screen-share-stopped - `{ streamId }`.
 * @fires {DeviceChangeEvent} vr-device-change - `{ kind, deviceId, label }`: a device chosen, or the fallback after an unplug.
 * @fires {VideoRoomErrorEvent} vr-error - `{ code, message, recoverable }`.
 */
export class VideoRoomElement extends LitElement {
  static override styles = [videoRoomStyles, prejoinStyles];

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
  /**
   * Do not remember the user's choices (devices, microphone/camera on or off, name) in
   * localStorage, and do not read remembered ones.
   */
  @property({ attribute: 'no-remember', type: Boolean }) noRemember = false;
  /** Hide the control bar (for hosts that drive the element through its methods). */
  @property({ attribute: 'hide-controls', type: Boolean }) hideControls = false;
  /** An image URL for the "Replace background" effect (offered only when set and supported). */
  @property({ attribute: 'background-image' }) backgroundImage: string | undefined;

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
  /** Known once the SDK has loaded; the screen control shows only where sharing works. */
  @state() private screenShareSupported = false;
  @state() private settingsOpen = false;
  @state() private effect: Effect = 'none';
  @state() private noiseSuppression = false;
  /** The stage and controls, fetched with the call (the join screen does not need them). */
  @state() private view: InCallView | undefined;
  private viewLoading: Promise<void> | undefined;
  /** What the current call was last told is on screen; undefined: nothing yet (even "nothing" must be said). */
  private sentTargets: string | undefined;
  private announcedLayout: { layout: LayoutMode; pinned: string | undefined } | undefined;
  /** A recoverable problem worth telling the user about while the call goes on. */
  @state() private notice: Notice | undefined;
  private error: VideoRoomError | undefined;

  private readonly engine: Room;
  private readonly stageSize = new ResizeController(this, () => this.renderRoot.querySelector('.stage'));
  private readonly viewport = new ViewportController(this, () => this.tileElements());
  private readonly devices = new InCallDevices(this, (kind, device, reason) => this.switchDevice(kind, device, reason));
  /** The devices the current call started with (from the join screen), for the settings panel. */
  private startDevices: SelectedDevices = {};
  private readonly prejoin = new PrejoinController(this, {
    settings: () => ({
      showing: this.snapshot.status === 'idle' && this.isConnected,
      remember: !this.noRemember,
      displayName: this.displayName,
      startAudio: !this.startAudioMuted,
      startVideo: !this.startVideoMuted,
      sdk: this.sdk,
      backgroundImage: this.backgroundImage,
      text: this.text,
    }),
    join: ({ name, viewer }) => {
      this.displayName = name;
      this.startJoin(viewer).catch(() => undefined);
    },
  });

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
   * the same attempt. From the join screen, the camera and microphone of its preview are used.
   */
  join(): Promise<void> {
    return this.startJoin(false);
  }

  /** `viewer`: join without camera and microphone. */
  private startJoin(viewer: boolean): Promise<void> {
    let sources: PublisherSources | undefined;
    let asViewer = viewer;
    if (!isInCall(this.snapshot.status)) {
      this.notice = undefined;
      const fromPreview = this.prejoin.take(viewer);
      sources = fromPreview ? fromPreview.sources : this.withRememberedEffect();
      if (fromPreview) this.effect = fromPreview.effect;
      asViewer = fromPreview?.viewer ?? viewer;
      this.startDevices = devicesOf(sources, fromPreview?.speakerId ?? this.remembered().speakerId);
      this.engine.setStartMedia(fromPreview?.media ?? { audio: !this.startAudioMuted, video: !this.startVideoMuted });
      if (this.startDevices.speaker) this.engine.useAudioOutput(this.startDevices.speaker).catch(() => undefined);
      void this.loadView();
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
      displayName: this.displayName.trim() || this.prejoin.rememberedName || this.text.guest,
      sources,
      viewer: asViewer,
    });
  }

  /** Fetches the stage and controls once; a failure leaves the placeholder stage (the call still works). */
  private loadView(): Promise<void> {
    this.viewLoading ??= import('./in-call-view.js').then(
      ({ InCallView }) => {
        this.view = new InCallView();
      },
      () => {
        this.viewLoading = undefined;
      },
    );
    return this.viewLoading;
  }

  private remembered() {
    return this.noRemember ? {} : loadPreferences();
  }

  /** Without the join screen (autojoin, retry), the remembered effect still applies; the engine drops it where unsupported. */
  private withRememberedEffect(): PublisherSources | undefined {
    this.effect = this.remembered().effect ?? 'none';
    const videoFilter = effectFilter(this.effect, this.backgroundImage);
    return videoFilter ? { videoFilter } : undefined;
  }

  private viewHost(): InCallHost {
    return {
      snapshot: this.snapshot,
      text: this.text,
      layout: this.layout,
      pinned: this.pinned,
      maxTiles: this.maxTiles,
      stageWidth: this.stageSize.width,
      stageHeight: this.stageSize.height,
      page: this.page,
      screenShareSupported: this.screenShareSupported,
      settingsOpen: this.settingsOpen,
      setPage: (page) => (this.page = page),
      toggleAudio: () => this.toggleAudio(),
      toggleVideo: () => this.toggleVideo(),
      toggleScreenShare: () => (this.snapshot.screenSharing ? this.stopScreenShare() : this.startScreenShare().then(() => undefined)),
      setLayout: (layout) => this.setLayout(layout),
      togglePin: (participantId, pinned) => (pinned ? this.unpin() : this.pin(participantId)),
      toggleSettings: () => void this.toggleSettings(),
      leave: () => this.leave(),
    };
  }

  /** Opens or closes the settings panel; its code is fetched on first use. */
  private async toggleSettings(): Promise<void> {
    if (this.settingsOpen) {
      this.closeSettings();
      return;
    }
    await import('../settings-panel/settings-panel.js');
    if (isInCall(this.snapshot.status)) this.settingsOpen = true;
  }

  private closeSettings(): void {
    this.settingsOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[part~="settings"]')?.focus());
  }

  private async applySetting(change: SettingsChange): Promise<void> {
    switch (change.type) {
      case 'close':
        return this.closeSettings();
      case 'device':
        return this.devices.choose(change.kind, change.device);
      case 'effect': {
        this.effect = change.effect;
        if (!this.noRemember) updatePreferences({ effect: change.effect });
        return this.engine.setFilter('video', effectFilter(change.effect, this.backgroundImage) ?? null);
      }
      case 'noise-suppression':
        this.noiseSuppression = change.on;
        return this.engine.setFilter('audio', change.on ? { type: 'advancedNoiseSuppression' } : null);
    }
  }

  /** Carries out a device choice (or a fallback after an unplug) and remembers it. */
  private async switchDevice(kind: SettingsKind, device: DeviceOption, reason: DeviceSwitchReason): Promise<void> {
    await this.engine.setDevice(deviceKinds[kind], device.deviceId, device.label);
    if (!this.noRemember) updatePreferences({ [`${kind}Id`]: device.deviceId });
    if (reason === 'fallback') {
      this.notice = { code: 'device-fallback', message: this.text.deviceFallback.replace('{label}', device.label) };
    }
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

  /**
   * Shares the user's screen (the browser asks which one). Resolves true once shared, false when
   * the user cancelled the picker (not an error); rejects with a VideoRoomError when it fails.
   */
  startScreenShare(): Promise<boolean> {
    return this.engine.startScreenShare();
  }

  stopScreenShare(): Promise<void> {
    return this.engine.stopScreenShare();
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
    if (!isInCall(this.snapshot.status) || !this.view) return;
    const targets = this.view.videoTargets(this.snapshot, (key) => this.viewport.isOutside(key));
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

  /** Closes what only makes sense during a call. */
  private endCallUi(): void {
    this.notice = undefined;
    this.settingsOpen = false;
    // A new call starts on the first page, with a fresh publisher (no noise suppression yet).
    this.page = 0;
    this.noiseSuppression = false;
    this.devices.stop();
  }

  private applySnapshot(next: RoomState): void {
    if (next.status === 'error' && this.snapshot.status !== 'error') this.endCallUi();
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
      if (error.recoverable) this.notice = { code: error.code, message: error.message };
      this.dispatchEvent(new VideoRoomErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
      return;
    }
    if (type === 'left') this.endCallUi();
    if (type === 'joined') {
      this.sentTargets = undefined;
      this.engine.canShareScreen().then(
        (supported) => (this.screenShareSupported = supported),
        () => (this.screenShareSupported = false), // its chunk failed to load: no screen control
      );
      this.devices.start(this.startDevices);
    }
    this.dispatchEvent(roomEvent(type as Exclude<keyof RoomEventMap, 'error'>, detail as never));
  }

  protected override render() {
    const status = this.snapshot.status;
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        <div class="body">${this.renderBody(status)}</div>
        ${isInCall(status) && !this.hideControls && this.view ? this.view.renderControls(this.viewHost()) : nothing}
      </div>
    `;
  }

  private renderBody(status: RoomStatus) {
    switch (status) {
      case 'idle':
        return this.prejoin.render();
      case 'left':
        return this.renderLeftScreen();
      case 'error':
        return this.renderError();
      default:
        return this.renderStage(status);
    }
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
    const text = this.text;
    return html`
      <div class="stage-area">${this.view ? this.view.renderStage(this.viewHost()) : html`<div part="stage" class="stage"></div>`}</div>
      <div class="banners">
        ${status === 'joining' || status === 'reconnecting'
          ? html`<div part="status" class="banner" role="status" aria-live="polite">
              <span class="spinner" aria-hidden="true"></span>${status === 'joining' ? text.joining : text.reconnecting}
            </div>`
          : nothing}
        ${this.snapshot.audioBlocked ? this.renderAudioBlocked(text) : nothing}
      </div>
      ${this.notice ? this.renderNotice(this.notice) : nothing}
      ${this.settingsOpen ? this.renderSettings(text) : nothing}
    `;
  }

  private renderNotice(notice: Notice) {
    return html`<div part="status" class="notice" role="alert" data-code=${notice.code}>
      <span>${notice.message}</span>
      <button part="control dismiss" type="button" @click=${() => (this.notice = undefined)}>${this.text.dismiss}</button>
    </div>`;
  }

  /** Browsers block sound until the user interacts with the page; one click lets it play. */
  private renderAudioBlocked(text: VideoRoomStrings) {
    return html`<div part="status" class="banner audio-blocked" role="alert">
      <button part="control unblock-audio" type="button" class="primary" @click=${() => this.engine.unblockAudio().catch(() => undefined)}>
        ${speakerIcon} ${text.enableAudio}
      </button>
    </div>`;
  }

  private renderSettings(text: VideoRoomStrings) {
    const effects = availableEffects(this.engine.hasMediaProcessorSupport, this.backgroundImage);
    return html`<vr-settings-panel
      part="settings"
      exportparts="control, close"
      .devices=${this.devices.lists}
      .selected=${this.devices.selected}
      .speakerChoice=${canChooseSpeaker()}
      .effects=${effects}
      .effect=${this.effect}
      .noiseSuppressionAvailable=${this.engine.hasMediaProcessorSupport}
      .noiseSuppression=${this.noiseSuppression}
      .strings=${text}
      @settings-change=${(event: CustomEvent<SettingsChange>) => this.applySetting(event.detail).catch(() => undefined)}
    ></vr-settings-panel>`;
  }
}

/** The device IDs a call starts with: those of the handed-over tracks, or the IDs given. */
function devicesOf(sources: PublisherSources | undefined, speaker: string | undefined): SelectedDevices {
  const idOf = (source: MediaStreamTrack | string | undefined) =>
    typeof source === 'string' ? source : source?.getSettings().deviceId || undefined;
  return { camera: idOf(sources?.videoSource), microphone: idOf(sources?.audioSource), speaker };
}
