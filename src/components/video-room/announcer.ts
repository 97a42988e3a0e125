import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { RoomEventMap } from '../../room/events.js';
import type { Participant } from '../../room/state.js';

/** Arrivals and departures within this time are told together: "5 people joined". */
export const ANNOUNCE_BATCH_MS = 600;
/**
 * After connecting, the SDK reports everyone already in the room as arriving; for this long
 * arrivals are the room as the user found it, not news.
 */
export const ANNOUNCE_SETTLE_MS = 1000;
/** The live region keeps the latest few messages: each one added is read once, older ones go. */
const KEPT = 3;

/** What the announcer needs from `<video-room>`. */
export interface AnnouncerHost extends ReactiveControllerHost, HTMLElement {
  readonly text: VideoRoomStrings;
  readonly participants: readonly Participant[];
  readonly state: RoomEventMap['state-change']['state'];
}

/**
 * The polite announcements for screen readers: who joined and left (batched when many come at
 * once, never the user's own arrival) and raised hands. Rendered by `<video-room>` into its
 * `role="status"` region: each message is a new node, so the same words twice are read twice.
 */
export class Announcer implements ReactiveController {
  private messages: Array<{ id: number; text: string }> = [];
  private nextId = 0;
  private arrived: string[] = [];
  private departed: string[] = [];
  private listening = false;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: AnnouncerHost) {
    host.addController(this);
    // The in-call view (and this) may load after the call connected: follow it from here.
    if (host.state === 'connected') this.stateChanged('connected');
  }

  hostDisconnected(): void {
    this.callEnded();
  }

  /** The messages as nodes for the live region. */
  render() {
    return repeat(
      this.messages,
      (message) => message.id,
      (message) => html`<p>${message.text}</p>`,
    );
  }

  /** Follows the engine's events. */
  event<K extends keyof RoomEventMap>(type: K, detail: RoomEventMap[K]): void {
    if (type === 'state-change') this.stateChanged((detail as RoomEventMap['state-change']).state);
    else if (type === 'left') this.callEnded();
    else if (type === 'participant-joined') this.queue(this.arrived, (detail as RoomEventMap['participant-joined']).participant);
    else if (type === 'participant-left') this.queue(this.departed, (detail as RoomEventMap['participant-left']).participant);
    else if (type === 'hand-change') this.handChanged(detail as RoomEventMap['hand-change']);
  }

  private stateChanged(state: RoomEventMap['state-change']['state']): void {
    clearTimeout(this.settleTimer);
    this.listening = false;
    if (state === 'connected') this.settleTimer = setTimeout(() => (this.listening = true), ANNOUNCE_SETTLE_MS);
  }

  private queue(list: string[], participant: Participant): void {
    if (!this.listening || participant.isLocal) return;
    list.push(participant.name || this.host.text.guest);
    this.batchTimer ??= setTimeout(() => this.flush(), ANNOUNCE_BATCH_MS);
  }

  private flush(): void {
    this.batchTimer = undefined;
    const text = this.host.text;
    const tell = (names: string[], one: (name: string) => string, many: (count: number) => string) =>
      names.length === 1 ? one(names[0]) : many(names.length);
    if (this.arrived.length) this.say(tell(this.arrived, text.participantJoined, text.peopleJoined));
    if (this.departed.length) this.say(tell(this.departed, text.participantLeft, text.peopleLeft));
    this.arrived = [];
    this.departed = [];
  }

  private handChanged({ participantId, raised }: RoomEventMap['hand-change']): void {
    // The user's own hand is told by the pressed hand control.
    const person = this.host.participants.find((participant) => participant.id === participantId);
    if (raised && person && !person.isLocal) this.say(this.host.text.handRaisedAnnouncement(person.name));
  }

  private say(text: string): void {
    this.messages = [...this.messages, { id: this.nextId++, text }].slice(-KEPT);
    this.host.requestUpdate();
  }

  /** Nothing of a call is told after it ended. */
  private callEnded(): void {
    clearTimeout(this.batchTimer);
    clearTimeout(this.settleTimer);
    this.batchTimer = undefined;
    this.listening = false;
    this.arrived = [];
    this.departed = [];
    if (this.messages.length) {
      this.messages = [];
      this.host.requestUpdate();
    }
  }
}
