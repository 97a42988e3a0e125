import { nothing } from 'lit';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { englishTalkStrings } from '../../i18n/talk-strings.js';
import { PageOrder } from '../../layout/page-order.js';
import { planStage, samePlan, type LayoutMode, type StagePlan } from '../../layout/stage-plan.js';
import type { ReactionEmoji, RoomState } from '../../room/state.js';
import { tileOnlyChanges, type TileChange } from '../../room/tile-changes.js';
import type { VideoTileElement } from '../video-tile/video-tile.js';
import type { VideoTarget } from '../../room/video-quality.js';
import { renderChatPanel } from '../chat/chat-panel.js';
import { chatStyles } from '../chat/chat.styles.js';
import { controlsStyles } from '../controls/controls.styles.js';
import { peopleStyles } from '../people/people.styles.js';
import { reactionPickerStyles, reactionStyles } from '../reactions/reactions.styles.js';
import { renderControlBar, type ControlSpec } from '../controls/control-bar.js';
import { MenuController, type MenuToggle } from '../controls/menu.js';
import type { ModeratorModel } from '../people/moderator-actions.js';
import { peopleRows, renderPeoplePanel } from '../people/people-panel.js';
import { renderReactionPicker } from '../reactions/reaction-picker.js';
import { Announcer } from './announcer.js';
import { controlSpecs } from './in-call-controls.js';
import { KeyboardShortcuts, type KeyShortcut, type ShortcutCommand } from './keyboard-shortcuts.js';
import { PanelsController } from './panels-controller.js';
import { StageReporter, type StageSource } from './stage-reporter.js';
import { SettingsController } from '../settings-panel/settings-controller.js';
import { inCallActions } from './in-call-actions.js';
import type { VideoRoomElement } from './video-room.js';
import { renderStage, renderStageBanners, type StageActions } from './stage-view.js';
import { stageStyles } from './stage.styles.js';
import { videoTileStyles } from '../video-tile/video-tile.styles.js';
import { fullscreenStyles } from './fullscreen.js';
import { ViewModes } from './view-modes.js';

/** The styles of everything in this chunk that renders in `<video-room>`'s own shadow root. */
export const inCallStyles = [stageStyles, chatStyles, peopleStyles, controlsStyles, reactionStyles, reactionPickerStyles, fullscreenStyles];

/** Parses this chunk's stylesheets (the element's and the tiles') now, so the call's first render does not. */
export function prepareStyles(): void {
  for (const styles of [...inCallStyles, videoTileStyles]) void styles.styleSheet;
}

const TILE_GAP = 8;
/** Below this width the chat and people panels cover the stage instead of sitting beside it. */
const NARROW_PANEL_WIDTH = 640;

export type SidePanel = 'chat' | 'participants';

/** Everything the in-call view shows, computed by `<video-room>` before each render. */
export interface InCallModel {
  readonly snapshot: RoomState;
  readonly text: VideoRoomStrings;
  readonly layout: LayoutMode;
  readonly pinned: string | undefined;
  /** The element's own width, for the control bar and the panels. */
  readonly width: number;
  readonly screenShareSupported: boolean;
  readonly settingsOpen: boolean;
  readonly panel: SidePanel | undefined;
  readonly unread: number;
  readonly moreOpen: boolean;
  readonly layoutMenuOpen: boolean;
  readonly reactionsOpen: boolean;
  readonly noChat: boolean;
  readonly chatDraft: string;
  readonly peopleFilter: string;
  readonly isModerator: boolean;
  /** Show the record control: a moderator, with a recording endpoint or handler. */
  readonly canRecord: boolean;
  /** Show the captions control: the `captions` attribute, and an SDK that has captions. */
  readonly canCaption: boolean;
  readonly confirmingRemoval: string | undefined;
  /** The keyboard shortcuts shown on their controls; none with `no-shortcuts`. */
  readonly shortcuts: Readonly<Record<ShortcutCommand, KeyShortcut>> | undefined;
  /** Picture-in-picture and fullscreen, where the browser has them. */
  readonly viewModeControls: readonly ControlSpec[];
}

/** What the in-call view asks of `<video-room>`; one object for the element's life. */
export interface InCallActions extends StageActions {
  toggleAudio(): Promise<void>;
  toggleVideo(): Promise<void>;
  toggleScreenShare(): Promise<void>;
  setLayout(layout: LayoutMode): Promise<void>;
  toggleSettings(): Promise<void>;
  leave(): Promise<void>;
  togglePanel(panel: SidePanel): void;
  closePanel(): void;
  toggleMore: MenuToggle;
  toggleLayoutMenu: MenuToggle;
  toggleReactions(): void;
  closeReactions(): void;
  react(emoji: ReactionEmoji): void;
  setHand(raised: boolean): Promise<void>;
  sendChat(text: string): void;
  resendChat(id: string): void;
  chatDraftChanged(text: string): void;
  peopleFilterChanged(text: string): void;
  muteParticipant(participantId: string): void;
  muteEveryone(): void;
  askRemoval(participantId: string): void;
  confirmRemoval(participantId: string): void;
  cancelRemoval(): void;
  toggleRecording(): Promise<void>;
  toggleCaptions(): Promise<void>;
}

/** What `<video-room>` knows that the in-call view shows. */
export interface ModelInput {
  snapshot: RoomState;
  text: VideoRoomStrings;
  layout: LayoutMode;
  pinned: string | undefined;
  maxTiles: number | undefined;
  /** The stage's size, for the plan. */
  stage: { width: number; height: number };
  page: number;
  /** The element's width, for the control bar and the panels. */
  width: number;
  screenShareSupported: boolean;
  settingsOpen: boolean;
  noChat: boolean;
  noShortcuts: boolean;
  /** A `recording-endpoint` or `recordingHandler` is set. */
  canRecord: boolean;
  /** The `captions` attribute. */
  captions: boolean;
}

/**
 * The stage, panels and control bar of a call: the in-call chunk. Remembers the page order
 * between plans (so tiles keep their places) and the last plan (so the element can report what
 * is on screen).
 */
export class InCallView {
  /** The English defaults of the texts only the in-call view shows. */
  readonly talkStrings = englishTalkStrings;
  readonly more: MenuController;
  readonly layoutMenu: MenuController;
  readonly panels: PanelsController;
  readonly announcer: Announcer;
  readonly shortcuts: KeyboardShortcuts;
  private readonly pageOrder = new PageOrder();
  private lastPlan: StagePlan | undefined;
  private lastInput: ModelInput | undefined;

  readonly reporter: StageReporter;
  /** The in-call settings: only a call has them, so their controller ships with the view. */
  readonly settings: SettingsController;
  /** What the view's buttons and fields do, for the element's life. */
  readonly actions: InCallActions;
  readonly viewModes: ViewModes;

  constructor(
    private readonly host: VideoRoomElement,
    source: () => StageSource,
  ) {
    this.settings = new SettingsController(host);
    this.actions = inCallActions(host, () => this);
    this.more = new MenuController(host, 'more');
    this.layoutMenu = new MenuController(host, 'layout');
    this.panels = new PanelsController(host);
    this.announcer = new Announcer(host);
    const { actions } = this;
    this.shortcuts = new KeyboardShortcuts(host, () => ({
      microphone: () => void actions.toggleAudio(),
      camera: () => void actions.toggleVideo(),
      ...(host.noChat ? {} : { chat: () => actions.togglePanel('chat') }),
    }));
    this.reporter = new StageReporter(host, source);
    host.viewModes = this.viewModes = new ViewModes(host);
  }

  /** Plans where every tile goes and gathers what the view shows; called before rendering (in `willUpdate`). */
  model(input: ModelInput): InCallModel {
    const { snapshot } = input;
    this.lastInput = input;
    this.lastPlan = this.plan(input, snapshot);
    const { panels, more } = this;
    const isModerator = snapshot.participants.find((participant) => participant.isLocal)?.role === 'moderator';
    return {
      snapshot,
      text: input.text,
      layout: input.layout,
      pinned: input.pinned,
      width: input.width,
      screenShareSupported: input.screenShareSupported,
      settingsOpen: input.settingsOpen,
      noChat: input.noChat,
      panel: panels.panel,
      unread: panels.unread,
      moreOpen: more.open,
      layoutMenuOpen: this.layoutMenu.open,
      reactionsOpen: panels.reactionsOpen,
      chatDraft: panels.chatDraft,
      peopleFilter: panels.peopleFilter,
      isModerator,
      canRecord: isModerator && input.canRecord,
      canCaption: input.captions && snapshot.captionsSupported,
      confirmingRemoval: panels.confirmingRemoval,
      shortcuts: input.noShortcuts ? undefined : this.shortcuts.shortcuts(input.text),
      viewModeControls: this.viewModes.controls(input.text),
    };
  }

  /**
   * Someone speaking or muting shows on their tile alone: that tile gets its new state, and the
   * element need not render (its cost would grow with every tile in the room, hidden ones too).
   * False, and nothing done, when the change shows anywhere else.
   */
  updateTilesAlone(previous: RoomState, next: RoomState): boolean {
    const changes = this.changesOnTilesAlone(previous, next);
    if (!changes) return false;
    const root = this.host.renderRoot;
    const elements = changes.map(({ after }) => root.querySelector<VideoTileElement>(`vr-video-tile[data-key="${CSS.escape(after.key)}"]`));
    if (elements.some((element) => !element)) return false;
    changes.forEach(({ after }, index) => (elements[index]!.tile = after));
    return true;
  }

  /**
   * The tile changes from `previous` to `next` when they show on those tiles alone: the stage
   * would look the same, and neither the people panel, a moderator's mute buttons nor
   * picture-in-picture shows them. Else undefined.
   */
  private changesOnTilesAlone(previous: RoomState, next: RoomState): TileChange[] | undefined {
    const input = this.lastInput;
    if (!input || !this.lastPlan || this.panels.panel === 'participants' || this.viewModes.pip.active) return undefined;
    const changes = tileOnlyChanges(previous, next);
    if (!changes) return undefined;
    const moderator = next.participants.find((participant) => participant.isLocal)?.role === 'moderator';
    if (moderator && changes.some(({ before, after }) => before.audioMuted !== after.audioMuted)) return undefined;
    const plan = this.plan(input, next);
    if (!samePlan(plan, this.lastPlan)) return undefined;
    this.lastPlan = plan;
    return changes;
  }

  private plan(input: ModelInput, snapshot: RoomState): StagePlan {
    const { stage, maxTiles } = input;
    return planStage(
      {
        tiles: snapshot.tiles,
        layout: input.layout,
        pinnedParticipantId: input.pinned,
        activeSpeakerId: snapshot.activeSpeakerId,
        width: stage.width,
        height: stage.height,
        maxTiles: maxTiles && maxTiles > 0 ? maxTiles : undefined,
        page: input.page,
        gap: TILE_GAP,
        now: performance.now(),
      },
      this.pageOrder,
    );
  }

  renderStage(model: InCallModel, actions: InCallActions) {
    if (!this.lastPlan) return nothing;
    return renderStage({ snapshot: model.snapshot, plan: this.lastPlan, pinned: model.pinned, text: model.text, moderator: model.isModerator }, actions);
  }

  /** The stage's banners, for the strip above it. */
  renderBanners(model: InCallModel) {
    return renderStageBanners(model.snapshot, model.text);
  }

  /** The chat or people panel, when open. */
  renderPanel(model: InCallModel, actions: InCallActions) {
    const narrow = model.width > 0 && model.width < NARROW_PANEL_WIDTH;
    if (model.panel === 'chat' && !model.noChat) {
      return renderChatPanel(
        { messages: model.snapshot.chat, draft: model.chatDraft, text: model.text, narrow },
        { send: actions.sendChat, resend: actions.resendChat, draftChanged: actions.chatDraftChanged, close: actions.closePanel },
      );
    }
    if (model.panel === 'participants') {
      return renderPeoplePanel(
        { rows: peopleRows(model.snapshot), filter: model.peopleFilter, text: model.text, narrow, moderator: model.isModerator ? moderatorModel(model, actions) : undefined },
        { filterChanged: actions.peopleFilterChanged, close: actions.closePanel },
      );
    }
    return nothing;
  }

  /** The CSS size of each remote stream on screen, as of the last plan. */
  videoTargets(snapshot: RoomState, isOutside: (key: string) => boolean): Map<string, VideoTarget> {
    const targets = new Map<string, VideoTarget>();
    if (!this.lastPlan) return targets;
    for (const tile of snapshot.tiles) {
      const box = this.lastPlan.boxes.get(tile.key);
      if (tile.isLocal || !tile.streamId || !box || box.width <= 0 || isOutside(tile.key)) continue;
      targets.set(tile.streamId, { width: box.width, height: box.height });
    }
    return targets;
  }

  renderControls(model: InCallModel, actions: InCallActions) {
    const popup = renderReactionPicker({ open: model.reactionsOpen, text: model.text }, { pick: actions.react, close: actions.closeReactions });
    return renderControlBar({ controls: controlSpecs(model, actions), width: model.width, moreOpen: model.moreOpen, text: model.text, popup }, actions);
  }
}

function moderatorModel(model: InCallModel, actions: InCallActions): ModeratorModel {
  return {
    confirmingRemoval: model.confirmingRemoval,
    mute: actions.muteParticipant,
    muteAll: actions.muteEveryone,
    askRemoval: actions.askRemoval,
    confirmRemoval: actions.confirmRemoval,
    cancelRemoval: actions.cancelRemoval,
  };
}
