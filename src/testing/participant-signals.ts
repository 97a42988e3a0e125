/**
 * What simulated participants say over signals, in the wire format `<video-room>` elements speak
 * to each other (DESIGN "Signals": `data` is JSON with `v: 1`): chat messages, raised hands and
 * reactions. A raised hand is also re-sent `to` each client that connects later, as a real
 * element answers a late joiner, so tests see what a real room would show them.
 */
// The element's own wire format, so simulated participants can never drift from it.
import { encodeSignal } from '../room/signals.js';
import type { ReactionEmoji } from '../room/state.js';
import type { ConnectionRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { newId } from './ids.js';
import type { Participant } from './participant.js';


export class ParticipantSignals {
  constructor(
    private readonly ctx: SimContext,
    /** The participants in the room now. */
    private readonly roster: () => Iterable<Participant>,
  ) {
    // As long-lived as the cloud itself: no undo needed.
    ctx.cloud.watchJoins((connection) => this.answerLateJoiner(connection));
  }

  /** Sends `type`/`data` from `participant` to every session that sees it, or only to connection `to`. */
  send(participant: Participant, type: string | undefined, data: string, to?: string): void {
    this.ctx.cloud.signal(participant.connection, participant.sessionId, type, data, to);
  }

  /** `vr-chat` `{ v, id, text }`; returns the message ID. */
  chat(participant: Participant, text: string): string {
    const id = newId();
    this.send(participant, 'vr-chat', encodeSignal<'vr-chat'>({ id, text }));
    return id;
  }

  /** `vr-hand` `{ v, raised, at }`; while raised, the same data is what late joiners get. */
  hand(participant: Participant, raised: boolean): void {
    const data = encodeSignal<'vr-hand'>({ raised, at: Date.now() });
    participant.hand = raised ? data : null;
    this.send(participant, 'vr-hand', data);
  }

  /** `vr-reaction` `{ v, emoji }`. */
  react(participant: Participant, emoji: string): void {
    // Any emoji is sent as given: tests check that the element ignores the ones it does not know.
    this.send(participant, 'vr-reaction', encodeSignal<'vr-reaction'>({ emoji: emoji as ReactionEmoji }));
  }

  /**
   * A local session connected: every participant it can see whose hand is up tells it so, after a
   * round trip (a real element hears `connectionCreated`, then signals), so the new session has
   * already fired `sessionConnected` when the signal arrives.
   */
  private answerLateJoiner(connection: ConnectionRecord): void {
    const newcomer = { sessionId: connection.roomId };
    for (const participant of this.roster()) {
      const data = participant.hand;
      if (data === null || !this.ctx.cloud.sees(newcomer, participant.sessionId)) continue;
      this.ctx.timers.timeout(() => {
        // Still in the room, hand still up (not lowered or raised again since), newcomer still here.
        if (!participant.inRoom || participant.hand !== data || !this.ctx.cloud.connections.has(connection.connectionId)) return;
        this.send(participant, 'vr-hand', data, connection.connectionId);
      }, LATENCY_MS);
    }
  }
}
