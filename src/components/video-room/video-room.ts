import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { VideoRoomError } from '../../errors.js';
import { LayoutChangeEvent, VideoRoomErrorEvent } from '../../events.js';
import { errorHeading, errorText } from '../../i18n/error-strings.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { englishShellStrings, type VideoRoomStrings } from '../../i18n/strings.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import type { LeaveReason, RoomEventMap } from '../../room/events.js';
import { effectiveMedia, isInCall, type RoomState, type RoomStatus } from '../../room/state.js';
import { PageVisibilityController } from '../page-visibility-controller.js';
import { PrejoinController } from '../prejoin/prejoin-controller.js';
import { ResizeController } from '../resize-controller.js';
import type { Effect } from '../../media/effects.js';
import type { SelectedDevices } from '../settings-panel/settings-panel.js';
import { joinOptions, type JoinSetup } from './join-flow.js';
import type { InCallModel, InCallView } from './in-call-view.js';
import { loadInCallView } from './in-call-loader.js';
import { renderBanners, renderErrorScreen, renderLeftScreen, type BannersActions, type Notice, type ScreenActions } from './room-screens.js';
import { roomEvent } from './room-events.js';
import { ScreenFocus, screenOf, type Screen } from './screen-focus.js';
import { VideoRoomApi } from './video-room-api.js';
import { videoRoomStyles } from './video-room.styles.js';
import { screenStyles } from './room-screens.styles.js';
import { addStyles } from '../add-styles.js';
import { firstFrameOfPage } from '../first-frame.js';
import { prejoinStyles } from '../prejoin/prejoin.styles.js';

export type { LayoutMode };

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
 * @csspart base - The outermost wrapper; its `lang` and `dir` are those of the language shown (`rtl` for Arabic).
 * @csspart stage - The area holding the tiles.
 * @csspart tile - Every tile; state names are added: `local`, `remote`, `camera`, `screen`, `speaking`, `audio-muted`, `video-muted`, `pinned`, `hand-raised`.
 * @csspart tile-video - The `<video>` inside a tile.
 * @csspart tile-name - The name label of a tile.
 * @csspart controls - The control bar.
 * @csspart control - Every button; its name is added: `mic`, `camera`, `screen`, `reactions`, `hand`, `chat`, `participants`, `captions`, `record`, `layout`, `pip`, `fullscreen` (where the browser has them), `settings`, `more`, `leave` (control bar and More menu), `layout-auto`, `layout-grid`, `layout-speaker` (the layout menu's choices, also in More), `mute-participant` (tiles and people panel), `remove-participant`, `confirm-remove`, `cancel-remove`, `mute-all` (people panel, moderators only), `emoji` (each of the six in the reaction picker), `send`, `resend`, `close-chat`, `close-participants` (panels), `join`, `preview-mic`, `preview-camera`, `retry-permission`, `join-without-media` (join screen), `retry`, `rejoin`, `back-to-join` (left and error screens), `dismiss`, `unblock-audio`, `pin` (on tiles), `previous-page`, `next-page`, `close` (settings).
 * @csspart pin - The pin button on a tile.
 * @csspart pager - The page switcher under the stage.
 * @csspart join-screen - The pre-join screen: camera preview, device choices, name and Join.
 * @csspart preview - The camera preview box on the join screen.
 * @csspart preview-video - The mirrored `<video>` of the camera preview.
 * @csspart level-meter - The microphone level bar (its `--vr-level` goes from 0 to 1).
 * @csspart preview-error - Why the preview has no camera (`data-error`): `denied` (with how to allow it again), `no-devices` or `unavailable`.
 * @csspart status - The joining and reconnecting banners, the error screen and the notices.
 * @csspart settings - The in-call settings panel.
 * @csspart badge - The unread count on the chat control.
 * @csspart more-menu - The menu of controls that do not fit in the bar.
 * @csspart more-badge - The dot on More while unread messages sit in the menu.
 * @csspart layout-menu - The menu of the layout control: automatic, grid and speaker, the current one checked.
 * @csspart chat - The chat panel (`data-narrow`: beside the stage, or over it below 640 px).
 * @csspart chat-message - One message; `data-participant-id`, `data-local`, `data-status` (`sending`, `sent`, `failed`).
 * @csspart chat-name - The sender's name in a message.
 * @csspart chat-text - A message's text (http(s) links are the only markup).
 * @csspart chat-time - A message's time.
 * @csspart chat-counter - The message field's length counter near the limit.
 * @csspart chat-input - The message field (Enter sends, Shift+Enter adds a line).
 * @csspart participants - The people panel.
 * @csspart participants-filter - The filter field of the people panel (above 8 people).
 * @csspart participant - One row of the people panel; `data-participant-id`, `data-local`, `data-hand-raised`, `data-role`, `data-audio-muted`, `data-video-muted`.
 * @csspart participant-name - The name in a people panel row.
 * @csspart moderator-badge - The "Moderator" badge in the people panel.
 * @csspart hand - The raised hand on a tile.
 * @csspart reaction - A reaction floating over its sender's tile.
 * @csspart reaction-picker - The popup with the six reactions.
 * @csspart network-quality - A remote tile's connection indicator (`data-network-quality`: `good`, `fair`, `poor`).
 * @csspart video-paused - "Video paused: weak connection" on a tile.
 * @csspart recording - The "Recording" badge (`role="status"`), in every in-call layout.
 * @csspart captions - The captions overlay (`aria-live="polite"`): "Name: text", at most three lines.
 *
 * @cssprop [--vr-background=#0f1218] - Background of the element.
 * @cssprop [--vr-foreground=#f3f4f6] - Text colour.
 * @cssprop [--vr-accent=#2563eb] - Primary buttons (white text on it: keep at least 4.5:1) and the speaking ring.
 * @cssprop [--vr-danger=#dc2626] - Leave button and muted indicators.
 * @cssprop [--vr-surface=#1f2430] - Buttons, panels and fields.
 * @cssprop [--vr-tile-background=#1f2430] - Behind each tile's video.
 * @cssprop [--vr-tile-radius=12px] - Tile corner radius.
 * @cssprop [--vr-gap=8px] - Space around and between tiles.
 * @cssprop [--vr-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of every text.
 * @cssprop [--vr-radius=10px] - Corner radius of buttons and panels.
 * @cssprop [--vr-level-color=#22c55e] - The microphone level bar on the join screen.
 * @cssprop [--vr-focus-ring=#60a5fa] - The keyboard focus outline (at least 3:1 against the default backgrounds).
 * @cssprop [--vr-tile-foreground=#fff] - Text on tiles.
 * @cssprop [--vr-speaking-color=var(--vr-accent)] - The speaking ring around a tile.
 * @cssprop [--vr-badge-background=#c81e1e] - The unread count on the chat control and the dot on More.
 * @cssprop [--vr-hand-background=#fbbf24] - The raised hand on tiles and in the people panel.
 * @cssprop [--vr-panel-width=320px] - Width of the chat and people panels beside the stage.
 *
 * @fires {StateChangeEvent} vr-state-change - `state` changed: idle, joining, connected, reconnecting, left or error.
 * @fires {JoinedEvent} vr-joined - The session is connected; `connectionId` is the user's participant ID; `rejoined` is true after an automatic rejoin (no `vr-left` came before it).
 * @fires {LeftEvent} vr-left - The user is out of the call; `reason`: `user` (Leave or `leave()`), `removed` (the element was taken off the page; dispatched on it), `forced` (a moderator), `network` or `error`.
 * @fires {ParticipantJoinedEvent} vr-participant-joined - Another participant connected (the user's own arrival is `vr-joined`).
 * @fires {ParticipantLeftEvent} vr-participant-left - Another participant disconnected.
 * @fires {StreamAddedEvent} vr-stream-added - Another participant started a camera or screen stream.
 * @fires {StreamRemovedEvent} vr-stream-removed - Another participant's stream ended.
 * @fires {LocalMediaChangeEvent} vr-local-media-change - What others receive from the user changed (microphone or camera turned on or off).
 * @fires {ActiveSpeakerChangeEvent} vr-active-speaker-change - Another participant took the focus by speaking; `participantId` is null when nobody holds it.
 * @fires {LayoutChangeEvent} vr-layout-change - The layout or the pinned participant changed.
 * @fires {ScreenShareStartedEvent} vr-screen-share-started - The user started sharing their screen.
 * @fires {ScreenShareStoppedEvent} vr-screen-share-stopped - The user's screen share ended (the screen control, the browser's own "Stop sharing", or leaving).
 * @fires {DeviceChangeEvent} vr-device-change - A camera, microphone or speaker was chosen in the settings, or the one in use was unplugged and the first remaining one took over.
 * @fires {ParticipantUpdatedEvent} vr-participant-updated - Another participant's name (arriving with their stream) or role changed after `vr-participant-joined`.
 * @fires {ChatMessageEvent} vr-chat-message - Once per chat message: others' on arrival, the user's own once sent (`message`: `{ id, participantId, name, text, sentAt, isLocal }`).
 * @fires {HandChangeEvent} vr-hand-change - Someone, the user included, raised or lowered their hand.
 * @fires {ReactionEvent} vr-reaction - Someone, the user included, sent a reaction that is now shown over their tile.
 * @fires {RecordingChangeEvent} vr-recording-change - The session started or stopped being recorded (the SDK's archive events, also on joining a session already recorded).
 * @fires {CaptionEvent} vr-caption - A caption result: partial ones first, then the final one.
 * @fires {PipChangeEvent} vr-pip-change - Picture-in-picture opened or closed (`active`): by its control or methods, by the user closing its window, or because the call ended.
 * @fires {VideoRoomErrorEvent} vr-error - Something failed; `recoverable` is true when the call goes on (see the error codes).
 */
export class VideoRoomElement extends VideoRoomApi {
  static override styles = [videoRoomStyles, prejoinStyles];

  /** The in-call view (stage, panels, controls), fetched with the call: the join screen does not need it. */
  @state() private view: InCallView | undefined;
  @state() private page = 0;
  /** Known once the SDK has loaded; the screen control shows only where sharing works. */
  @state() private screenShareSupported = false;
  /** A recoverable problem worth telling the user about while the call goes on. */
  @state() private notice: Notice | undefined;
  private viewLoading: Promise<void> | undefined;
  private joinAfterFirstUpdate: Promise<void> | undefined;
  private model: InCallModel | undefined;
  private error: VideoRoomError | undefined;
  /** Why the last call ended, for the left screen's words. */
  @state() private leftReason: LeaveReason | undefined;
  /** The devices the current call started with (from the join screen), for the settings panel. */
  private startDevices: SelectedDevices = {};

  private readonly locale = new LocaleController(this);
  private readonly stageSize = new ResizeController(this, () => this.renderRoot.querySelector('.stage'));
  // Only the in-call view reads the element's width: the join screen is not rendered again for it
  // (its first observation came right after the first paint, and rendered the whole screen again).
  private readonly size = new ResizeController(this, () => this, () => this.model !== undefined);
  private announcedLayout: { layout: LayoutMode; pinned: string | undefined } | undefined;
  /** The background effect chosen on the join screen, applied by the in-call settings. */
  private startEffect: Effect = 'none';
  private readonly prejoin = new PrejoinController(this, {
    settings: () => ({
      showing: this.snapshot.status === 'idle' && this.isConnected,
      joining: this.snapshot.status === 'joining',
      remember: !this.noRemember,
      displayName: this.displayName,
      startAudio: !this.startAudioMuted,
      startVideo: !this.startVideoMuted,
      sdk: this.sdk,
      backgroundImage: this.backgroundImage,
      text: this.text,
    }),
    join: ({ name, viewer }) => {
      this.startJoin(viewer, name).catch(() => undefined);
    },
    prepareToJoin: () => {
      this.engine.prepareToJoin();
      // The in-call view is built now, while the user looks at the join screen: Join only renders it.
      void this.loadView();
    },
  });

  constructor() {
    super();
    new PageVisibilityController(this, (hidden) => this.engine.setPageHidden(hidden));
    new ScreenFocus(this);
  }

  /** @internal What shows: a join from the join screen keeps it up, with the user's picture, until connected. */
  get shownScreen(): Screen {
    return screenOf(this.snapshot.status, this.prejoin.joiningFromScreen);
  }

  /** The most recent error, recoverable or not. */
  get lastError(): VideoRoomError | undefined {
    return this.error;
  }

  /**
   * Joins the room: fetches a token, connects, publishes the camera and microphone, subscribes to
   * everyone. Resolves once connected (a camera failure is a recoverable error, not a rejection) or
   * when `leave()` or removal cancels the attempt; rejects with a VideoRoomError when joining fails.
   * Calling it while joining returns the same attempt. From the join screen, its preview's camera
   * and microphone are used.
   */
  join(): Promise<void> {
    if (this.hasUpdated || !this.isConnected) return this.startJoin(false);
    // Properties set before the element was defined arrive at its first update (Lit applies them
    // there); removed by then, the attempt is cancelled before it starts.
    return (this.joinAfterFirstUpdate ??= this.updateComplete.then(() => (this.isConnected ? this.startJoin(false) : undefined)));
  }

  protected override onForcedMute(): void {
    this.notify('muted-by-moderator', (text) => text.mutedByModerator);
  }

  /** @internal Tells the user something while the call goes on (in the language shown when it renders). */
  notify(code: string, message: Notice['message']): void {
    this.notice = { code, message };
  }

  /** @internal Goes to a page of the stage. */
  setPage(page: number): void {
    this.page = page;
  }

  /** @internal Every text in the element's language, the host's overrides applied. */
  get text(): VideoRoomStrings {
    // The in-call view brings the English texts only it uses; nothing shows them before it loads.
    return this.locale.texts({ ...englishShellStrings, ...this.view?.talkStrings } as VideoRoomStrings, this.strings);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The first render waits (briefly) for the language: no flash of English. Later updates stay synchronous.
    if (this.hasUpdated) return super.scheduleUpdate();
    const waits = [this.locale.pending, firstFrameOfPage()].filter((wait) => wait !== undefined);
    if (waits.length === 0) return super.scheduleUpdate();
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first connection autojoins in the first update, where properties set before definition are applied.
    if (this.hasUpdated) this.autojoinIfAsked();
  }

  private autojoinIfAsked(): void {
    if (this.autojoin && !isInCall(this.snapshot.status) && this.snapshot.status !== 'error') this.startJoin(false).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move inside the DOM disconnects and reconnects in the same task: only a real removal ends the call.
    queueMicrotask(() => {
      if (!this.isConnected) this.engine.dispose('removed');
    });
  }

  protected override shouldUpdate(): boolean {
    // A join from the join screen renders nothing until "Joining…" shows or the status changes.
    return !(this.snapshot.status === 'joining' && this.prejoin.joiningUnseen);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('startAudioMuted') || changed.has('startVideoMuted')) && !isInCall(this.snapshot.status)) {
      this.engine.setStartMedia({ audio: !this.startAudioMuted, video: !this.startVideoMuted });
    }
    // Before the first render, so an autojoining element never shows its join screen.
    if (!this.hasUpdated) this.autojoinIfAsked();
    if (this.shownScreen !== 'join') addStyles(this.shadowRoot, [screenStyles]);
    const { view, snapshot, text, layout, pinned, maxTiles, page, noChat, noShortcuts, screenShareSupported } = this;
    const canRecord = Boolean(this.recordingEndpoint || this.recordingHandler);
    const inputs = { snapshot, text, layout, pinned, maxTiles, page, noChat, noShortcuts, screenShareSupported, settingsOpen: view?.settings.open ?? false, canRecord, captions: this.captions };
    this.model = view && this.shownScreen === 'call' ? view.model({ ...inputs, stage: this.stageSize, width: this.size.width }) : undefined;
  }

  protected override updated(): void {
    // vr-layout-change when the layout or the pin changed since the last announcement.
    const current = { layout: this.layout, pinned: this.pinned };
    const previous = this.announcedLayout;
    this.announcedLayout = current;
    if (!previous || (previous.layout === current.layout && previous.pinned === current.pinned)) return;
    this.dispatchEvent(new LayoutChangeEvent({ layout: current.layout, pinnedParticipantId: current.pinned ?? null }));
  }

  protected override render() {
    // While joining without the join screen: the banner and the user's own picture; the control
    // bar (the most to render) comes once connected, so its work never delays the connection.
    const { view, model } = this;
    const status = this.snapshot.status;
    return html`
      <div part="base" class="base" lang=${this.locale.code} dir=${this.locale.dir}>
        <slot name="header"></slot>
        <div class="body">${this.renderBody(this.shownScreen, status)}</div>
        ${view && model && !this.hideControls && status !== 'joining' ? view.renderControls(model, view.actions) : nothing}
        <div class="announcer" role="status" aria-live="polite">${view?.announcer.render() ?? nothing}</div>
      </div>
    `;
  }

  private renderBody(screen: Screen, status: RoomStatus) {
    const text = this.text;
    if (screen === 'join') return this.prejoin.render();
    if (screen === 'left') return renderLeftScreen(text, this.leftReason === 'forced', this.screenActions);
    if (screen === 'error') return renderErrorScreen(text, this.snapshot.error, this.screenActions);
    const { view, model } = this;
    const banners = { text, status, audioBlocked: this.snapshot.audioBlocked, notice: this.notice, stage: view && model ? view.renderBanners(model) : nothing };
    return html`
      <div class="stage-area">
        ${renderBanners(banners, this.bannerActions)}${view && model ? view.renderStage(model, view.actions) : html`<div part="stage" class="stage"></div>`}
      </div>
      ${view && model ? view.renderPanel(model, view.actions) : nothing}
      ${view?.settings.render(text) ?? nothing}
    `;
  }

  /** `viewer`: join without camera and microphone; `name`: the one typed on the join screen. */
  private startJoin(viewer: boolean, name = this.displayName): Promise<void> {
    let setup: JoinSetup | undefined;
    const join = { viewer, name, fallbackName: this.prejoin.rememberedName || this.text.guest, inCall: isInCall(this.snapshot.status) };
    const joining = this.engine.join(joinOptions(this, this.prejoin, join, (taken) => (setup = taken)));
    this.displayName = name;
    if (setup) {
      this.notice = undefined;
      this.startEffect = setup.effect;
      this.startDevices = setup.devices;
      if (setup.devices.speaker) this.engine.useAudioOutput(setup.devices.speaker).catch(() => undefined);
      void this.loadView();
    }
    return joining;
  }

  /** Fetches the stage, panels and controls once; a failure leaves the placeholder stage (the call still works). */
  private loadView(): Promise<void> {
    const source = () => ({ engine: this.engine, snapshot: this.snapshot, view: this.view });
    this.viewLoading ??= loadInCallView(this, source).then(
      (view) => void (this.view = view),
      () => void (this.viewLoading = undefined),
    );
    return this.viewLoading;
  }

  // Failures are reported through state, `lastError` and `vr-error`; Back to the join screen restarts its preview.
  private readonly screenActions: ScreenActions = { rejoin: () => void this.join().catch(() => undefined), backToJoin: () => this.engine.reset() };
  private readonly bannerActions: BannersActions = { unblockAudio: () => void this.engine.unblockAudio().catch(() => undefined), dismissNotice: () => (this.notice = undefined) };

  /** Closes what only makes sense during a call; a new call starts on the first page. */
  private endCallUi(): void {
    this.notice = undefined;
    this.page = 0;
    this.pinned = undefined;
    this.view?.settings.callEnded();
    this.view?.panels.callEnded();
    this.view?.more.toggle(false);
  }

  protected override applySnapshot(next: RoomState): void {
    const previous = this.snapshot;
    if (next.status === 'error' && previous.status !== 'error') this.endCallUi();
    this.snapshot = next;
    this.state = next.status;
    this.recording = next.recording;
    const media = effectiveMedia(next);
    this.audioMuted = !media.audio;
    this.videoMuted = !media.video;
    if (next.status === 'joining' && this.prejoin.joiningUnseen) {
      // No update runs for now (shouldUpdate): the state is reflected here, the rest with "Joining…".
      this.setAttribute('state', next.status);
    }
    // The join screen kept up while joining shows nothing of the call: only a new status renders.
    if (next.status === 'joining' && previous.status === 'joining' && this.shownScreen === 'join') return;
    // Speaking or muting shows on a tile alone: with the call's view on screen (a model was
    // rendered) and no render coming anyway, that tile takes it and the element does not render.
    const tilesTookIt = Boolean(this.view && this.model && !this.isUpdatePending && this.view.updateTilesAlone(previous, next));
    if (!tilesTookIt) this.requestUpdate();
  }

  protected override onRoomEvent<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void {
    if (type === 'error') {
      const error = detail as VideoRoomError;
      this.error = error;
      if (error.recoverable) this.notice = { code: error.code, message: (text) => errorText(text.errors, error), title: (text) => errorHeading(text, error) };
      this.dispatchEvent(new VideoRoomErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
      return;
    }
    if (type === 'left') {
      this.endCallUi();
      this.leftReason = (detail as RoomEventMap['left']).reason;
    }
    // A pin ends when that person leaves (not while rejoining: they come back with the same ID).
    if (type === 'participant-left' && (detail as RoomEventMap['participant-left']).participant.id === this.pinned) this.pinned = undefined;
    if (type === 'joined') {
      this.view?.reporter.callJoined();
      this.engine.canShareScreen().then(
        (supported) => (this.screenShareSupported = supported),
        () => (this.screenShareSupported = false), // its chunk failed to load: no screen control
      );
      // The view may still be loading on a fast join: its settings start once it is there.
      void this.loadView().then(() => {
        if (isInCall(this.snapshot.status)) this.view?.settings.callStarted(this.startDevices, this.startEffect);
      });
    }
    this.view?.panels.event(type, detail);
    this.view?.announcer.event(type, detail);
    this.dispatchEvent(roomEvent(type, detail as never));
  }
}
