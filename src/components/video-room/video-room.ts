import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { VideoRoomError } from '../../errors.js';
import { LayoutChangeEvent, VideoRoomErrorEvent } from '../../events.js';
import { englishShellStrings, type VideoRoomStrings } from '../../i18n/strings.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import type { LeaveReason, RoomEventMap } from '../../room/events.js';
import { effectiveMedia, isInCall, type PublisherSources } from '../../room/room.js';
import type { RoomState, RoomStatus } from '../../room/state.js';
import { PageVisibilityController } from '../page-visibility-controller.js';
import { PrejoinController } from '../prejoin/prejoin-controller.js';
import { ResizeController } from '../resize-controller.js';
import type { Effect } from '../../media/effects.js';
import type { SelectedDevices } from '../settings-panel/settings-panel.js';
import { endpointOptions, prepareJoin } from './join-flow.js';
import type { InCallModel, InCallView } from './in-call-view.js';
import { loadInCallView } from './in-call-loader.js';
import { renderBanners, renderErrorScreen, renderLeftScreen, renderNotice, type Notice } from './room-screens.js';
import { roomEvent } from './room-events.js';

import { VideoRoomApi } from './video-room-api.js';
import { videoRoomStyles } from './video-room.styles.js';
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
 * @csspart base - The outermost wrapper.
 * @csspart stage - The area holding the tiles.
 * @csspart tile - Every tile; state names are added: `local`, `remote`, `camera`, `screen`, `speaking`, `audio-muted`, `video-muted`, `pinned`, `hand-raised`.
 * @csspart tile-video - The `<video>` inside a tile.
 * @csspart tile-name - The name label of a tile.
 * @csspart controls - The control bar.
 * @csspart control - Every button; its name is added: `mic`, `camera`, `screen`, `reactions`, `hand`, `chat`, `participants`, `captions`, `record`, `layout`, `settings`, `more`, `leave` (control bar and More menu), `mute-participant` (tiles and people panel), `remove-participant`, `confirm-remove`, `cancel-remove`, `mute-all` (people panel, moderators only), `emoji` (each of the six in the reaction picker), `send`, `resend`, `close-chat`, `close-participants` (panels), `join`, `preview-mic`, `preview-camera`, `retry-permission`, `join-without-media` (join screen), `retry`, `rejoin`, `dismiss`, `unblock-audio`, `pin` (on tiles), `previous-page`, `next-page`, `close` (settings).
 * @csspart pin - The pin button on a tile.
 * @csspart pager - The page switcher under the stage.
 * @csspart join-screen - The pre-join screen: camera preview, device choices, name and Join.
 * @csspart preview - The camera preview box on the join screen.
 * @csspart preview-video - The mirrored `<video>` of the camera preview.
 * @csspart level-meter - The microphone level bar (its `--vr-level` goes from 0 to 1).
 * @csspart preview-error - Why the preview has no camera: blocked (with instructions), none found, or failing.
 * @csspart status - The joining / reconnecting / error message and notices.
 * @csspart settings - The in-call settings panel.
 * @csspart badge - The unread count on the chat control.
 * @csspart more-menu - The menu of controls that do not fit in the bar.
 * @csspart more-badge - The dot on More while unread messages sit in the menu.
 * @csspart chat - The chat panel (beside the stage when wide, over it when narrow).
 * @csspart chat-message - One message; `data-participant-id`, `data-local`, `data-status` (`sending`, `sent`, `failed`).
 * @csspart chat-name - The sender's name in a message.
 * @csspart chat-text - A message's text (http(s) links are the only markup).
 * @csspart chat-time - A message's time.
 * @csspart chat-counter - The message field's length counter near the limit.
 * @csspart chat-input - The message field (Enter sends, Shift+Enter adds a line).
 * @csspart participants - The people panel.
 * @csspart participants-filter - The filter field of the people panel (above 8 people).
 * @csspart participant - One row of the people panel; `data-participant-id`, `data-local`, `data-hand-raised`, `data-role`.
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
 * @fires {JoinedEvent} vr-joined - `{ sessionId, connectionId, rejoined }` (`rejoined`: after an automatic rejoin).
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
 * @fires {ParticipantUpdatedEvent} vr-participant-updated - `{ participant }` when a name or role changed after joining.
 * @fires {ChatMessageEvent} vr-chat-message - `{ message: { id, participantId, name, text, sentAt, isLocal } }` once per message.
 * @fires {HandChangeEvent} vr-hand-change - `{ participantId, raised }`.
 * @fires {ReactionEvent} vr-reaction - `{ participantId, emoji }` for each reaction shown.
 * @fires {RecordingChangeEvent} vr-recording-change - `{ recording, archiveId }` from the SDK's archive events.
 * @fires {CaptionEvent} vr-caption - `{ participantId, text, isFinal }`.
 * @fires {VideoRoomErrorEvent} vr-error - `{ code, message, recoverable }`.
 */
export class VideoRoomElement extends VideoRoomApi {
  static override styles = [videoRoomStyles, prejoinStyles];

  /** The in-call view (stage, panels, controls), fetched with the call: the join screen does not need it. */
  @state() private view: InCallView | undefined;
  @state() private pinned: string | undefined;
  @state() private page = 0;
  /** Known once the SDK has loaded; the screen control shows only where sharing works. */
  @state() private screenShareSupported = false;
  /** A recoverable problem worth telling the user about while the call goes on. */
  @state() private notice: Notice | undefined;
  private viewLoading: Promise<void> | undefined;
  private model: InCallModel | undefined;
  private error: VideoRoomError | undefined;
  /** Why the last call ended, for the left screen's words. */
  @state() private leftReason: LeaveReason | undefined;
  /** The devices the current call started with (from the join screen), for the settings panel. */
  private startDevices: SelectedDevices = {};

  private readonly stageSize = new ResizeController(this, () => this.renderRoot.querySelector('.stage'));
  private readonly size = new ResizeController(this, () => this);
  private announcedLayout: { layout: LayoutMode; pinned: string | undefined } | undefined;
  /** The background effect chosen on the join screen, applied by the in-call settings. */
  private startEffect: Effect = 'none';
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
    new PageVisibilityController(this, (hidden) => this.engine.setPageHidden(hidden));
  }

  /** The most recent error, recoverable or not. */
  get lastError(): VideoRoomError | undefined {
    return this.error;
  }

  /** The pinned participant's ID, if any. */
  get pinnedParticipantId(): string | undefined {
    return this.pinned;
  }

  /**
   * Joins the room. Resolves once connected (or when the attempt is cancelled by `leave()` or
   * removal); rejects with a VideoRoomError when joining fails. Calling it while joining returns
   * the same attempt. From the join screen, the camera and microphone of its preview are used.
   */
  join(): Promise<void> {
    return this.startJoin(false);
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

  protected override onForcedMute(): void {
    this.notify('muted-by-moderator', this.text.mutedByModerator);
  }

  /** @internal Tells the user something while the call goes on. */
  notify(code: string, message: string): void {
    this.notice = { code, message };
  }

  /** @internal Goes to a page of the stage. */
  setPage(page: number): void {
    this.page = page;
  }

  /** @internal Every text, the host's overrides applied. */
  get text(): VideoRoomStrings {
    // The in-call view brings the English texts only it uses; nothing shows them before it loads.
    return { ...englishShellStrings, ...this.view?.talkStrings, ...this.strings } as VideoRoomStrings;
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
    const { view, snapshot, text, layout, pinned, maxTiles, page, noChat, screenShareSupported } = this;
    const canRecord = Boolean(this.recordingEndpoint || this.recordingHandler);
    const inputs = { snapshot, text, layout, pinned, maxTiles, page, noChat, screenShareSupported, settingsOpen: view?.settings.open ?? false, canRecord, captions: this.captions };
    this.model = view && isInCall(snapshot.status) ? view.model({ ...inputs, stage: this.stageSize, width: this.size.width }) : undefined;
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
    const status = this.snapshot.status;
    const view = this.view;
    const model = this.model;
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        <div class="body">${this.renderBody(status)}</div>
        ${view && model && !this.hideControls ? view.renderControls(model, view.actions) : nothing}
        <div class="announcer" role="status" aria-live="polite">${view?.panels.announcement ?? ''}</div>
      </div>
    `;
  }

  private renderBody(status: RoomStatus) {
    const text = this.text;
    if (status === 'idle') return this.prejoin.render();
    if (status === 'left') return renderLeftScreen(text, this.leftReason === 'forced', () => this.joinQuietly());
    if (status === 'error') return renderErrorScreen(text, this.snapshot.error, () => this.joinQuietly());
    const { view, model } = this;
    return html`
      <div class="stage-area">${view && model ? view.renderStage(model, view.actions) : html`<div part="stage" class="stage"></div>`}</div>
      ${view && model ? view.renderPanel(model, view.actions) : nothing}
      ${renderBanners(text, status, this.snapshot.audioBlocked, () => this.engine.unblockAudio().catch(() => undefined))}
      ${renderNotice(text, this.notice, () => (this.notice = undefined))}
      ${view?.settings.render(text) ?? nothing}
    `;
  }

  /** `viewer`: join without camera and microphone. */
  private startJoin(viewer: boolean): Promise<void> {
    let sources: PublisherSources | undefined;
    let asViewer = viewer;
    if (!isInCall(this.snapshot.status)) {
      this.notice = undefined;
      const setup = prepareJoin(this.prejoin, this, viewer);
      ({ sources, viewer: asViewer } = setup);
      this.startEffect = setup.effect;
      this.startDevices = setup.devices;
      this.engine.setStartMedia(setup.media);
      if (setup.devices.speaker) this.engine.useAudioOutput(setup.devices.speaker).catch(() => undefined);
      void this.loadView();
    }
    return this.engine.join({
      sdk: this.sdk,
      tokenProvider: this.tokenProvider,
      endpoint: endpointOptions(this),
      room: this.room?.trim() || undefined,
      displayName: this.displayName.trim() || this.prejoin.rememberedName || this.text.guest,
      sources: this.captions ? { ...sources, publishCaptions: true } : sources,
      viewer: asViewer,
      rejoinTimeout: this.rejoinTimeout,
    });
  }

  /** Fetches the stage, panels and controls once; a failure leaves the placeholder stage (the call still works). */
  private loadView(): Promise<void> {
    const source = () => ({ engine: this.engine, snapshot: this.snapshot, view: this.view });
    this.viewLoading ??= loadInCallView(this, (id) => this.snapshot.participants.find((person) => person.id === id)?.name, source).then(
      (view) => void (this.view = view),
      () => void (this.viewLoading = undefined),
    );
    return this.viewLoading;
  }

  private joinQuietly(): void {
    // Failures are reported through state, `lastError` and `vr-error`.
    this.join().catch(() => undefined);
  }

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
    if (next.status === 'error' && this.snapshot.status !== 'error') this.endCallUi();
    this.snapshot = next;
    this.state = next.status;
    this.recording = next.recording;
    const media = effectiveMedia(next);
    this.audioMuted = !media.audio;
    this.videoMuted = !media.video;
  }

  protected override onRoomEvent<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void {
    if (type === 'error') {
      const error = detail as VideoRoomError;
      this.error = error;
      if (error.recoverable) this.notice = { code: error.code, message: error.message };
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
    this.dispatchEvent(roomEvent(type as Exclude<keyof RoomEventMap, 'error'>, detail as never));
  }
}
