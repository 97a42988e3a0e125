import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { RoomEventMap } from '../../room/events.js';
import type { SidePanel } from './in-call-view.js';

/** What the panels need from `<video-room>`. */
export interface PanelsHost extends ReactiveControllerHost, HTMLElement {
  readonly text: VideoRoomStrings;
}

/**
 * The talking side of a call's UI: which side panel is open (chat or people), the chat draft (kept
 * when the panel closes: nothing typed is lost), the unread count, the people filter, the reaction
 * picker. Focus returns to the control that opened a panel when it closes.
 */
export class PanelsController implements ReactiveController {
  panel: SidePanel | undefined;
  reactionsOpen = false;
  chatDraft = '';
  peopleFilter = '';
  /** Others' messages that arrived while the chat was closed. */
  unread = 0;
  /** A moderator's removal waiting for "Remove"/"Cancel". */
  confirmingRemoval: string | undefined;

  constructor(private readonly host: PanelsHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.callEnded();
  }

  toggle(panel: SidePanel): void {
    if (this.panel === panel) {
      this.close();
      return;
    }
    this.panel = panel;
    if (panel === 'chat') this.unread = 0;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusInPanel(panel));
  }

  close(): void {
    const closed = this.panel;
    if (!closed) return;
    this.panel = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusControl(closed === 'chat' ? 'chat' : 'participants'));
  }

  toggleReactions(): void {
    this.reactionsOpen = !this.reactionsOpen;
    this.host.requestUpdate();
  }

  closeReactions(): void {
    if (!this.reactionsOpen) return;
    this.reactionsOpen = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusControl('reactions'));
  }

  askRemoval(participantId: string | undefined): void {
    this.confirmingRemoval = participantId;
    this.host.requestUpdate();
  }

  setDraft(text: string): void {
    this.chatDraft = text;
  }

  setFilter(text: string): void {
    this.peopleFilter = text;
    this.host.requestUpdate();
  }

  /** Follows the engine's events: unread messages. */
  event<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void {
    if (type === 'chat-message') {
      const { message } = detail as RoomEventMap['chat-message'];
      if (!message.isLocal && this.panel !== 'chat') {
        this.unread += 1;
        this.host.requestUpdate();
      }
    }
  }

  /** A new call starts with closed panels and no unread messages; the draft is kept. */
  callEnded(): void {
    this.panel = undefined;
    this.reactionsOpen = false;
    this.unread = 0;
    this.peopleFilter = '';
    this.confirmingRemoval = undefined;
  }

  private focusInPanel(panel: SidePanel): void {
    const root = this.host.shadowRoot;
    const target = panel === 'chat' ? '[part~="chat-input"]' : '[part~="participants"] input, [part~="participants"] button';
    root?.querySelector<HTMLElement>(target)?.focus();
  }

  private focusControl(name: string): void {
    // The control may sit in the More menu, which is closed by now: then focus More.
    const root = this.host.shadowRoot;
    const control = root?.querySelector<HTMLElement>(`button[part~="control"][part~="${name}"]`);
    (control && control.offsetParent !== null ? control : root?.querySelector<HTMLElement>('button[part~="more"]'))?.focus();
  }
}
