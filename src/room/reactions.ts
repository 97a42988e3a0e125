import { VideoRoomError } from '../errors.js';
import { newId, type CallFeature, type FeatureContext } from './feature.js';
import type { ReceivedSignal } from './signals.js';
import { reactionEmoji, type ReactionEmoji } from './state.js';

/** How long a reaction floats over its sender's tile. */
export const REACTION_MS = 4000;
/** At most one reaction per sender in this time is shown (the rest are dropped). */
export const REACTION_INTERVAL_MS = 300;

/**
 * Reactions over `vr-reaction` signals: each shows over its sender's tile for a few seconds. The
 * user's own shows at once (their echo from the SDK is ignored).
 */
export class Reactions implements CallFeature {
  private readonly lastShown = new Map<string, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly context: FeatureContext) {}

  async send(emoji: ReactionEmoji): Promise<void> {
    if (!reactionEmoji.includes(emoji)) {
      throw new VideoRoomError('invalid-configuration', `Unknown reaction "${String(emoji)}": use one of ${reactionEmoji.join(' ')}.`);
    }
    const id = this.context.localId();
    if (!id || !this.show(id, emoji)) return;
    await this.context.signal('vr-reaction', { emoji });
  }

  received(signal: ReceivedSignal): void {
    if (signal.type !== 'vr-reaction' || signal.from.connectionId === this.context.localId()) return;
    const sender = signal.from.connectionId;
    if (this.context.current().participants.some((participant) => participant.id === sender)) this.show(sender, signal.data.emoji);
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Shows a reaction unless its sender's previous one is too recent; false when dropped. */
  private show(participantId: string, emoji: ReactionEmoji): boolean {
    const now = performance.now();
    const last = this.lastShown.get(participantId);
    if (last !== undefined && now - last < REACTION_INTERVAL_MS) return false;
    this.lastShown.set(participantId, now);
    const reaction = { id: newId(), participantId, emoji };
    this.context.update((state) => ({ ...state, reactions: [...state.reactions, reaction] }));
    this.context.emit('reaction', { participantId, emoji });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.context.update((state) => ({ ...state, reactions: state.reactions.filter((shown) => shown !== reaction) }));
    }, REACTION_MS);
    this.timers.add(timer);
    return true;
  }
}
