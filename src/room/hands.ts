import { VideoRoomError } from '../errors.js';
import type { OTConnection } from '../sdk/types.js';
import type { CallFeature, FeatureContext } from './feature.js';
import type { ReceivedSignal } from './signals.js';

/**
 * Raised hands over `vr-hand` signals. While the user's hand is up it is re-sent to each newly
 * created connection, so late joiners see it too.
 */
export class Hands implements CallFeature {
  /** When the user's hand went up; undefined while it is down. */
  private raisedAt: number | undefined;

  constructor(private readonly context: FeatureContext) {}

  async setRaised(raised: boolean): Promise<void> {
    const id = this.context.localId();
    if (!id || (this.raisedAt !== undefined) === raised) return;
    const at = Date.now();
    const previous = this.raisedAt;
    this.raisedAt = raised ? at : undefined;
    this.apply(id, raised, at);
    try {
      await this.context.signal('vr-hand', { raised, at });
    } catch (cause) {
      // Nobody else saw it: the hand goes back to where it was.
      this.raisedAt = previous;
      this.apply(id, !raised, previous ?? at);
      throw new VideoRoomError('not-connected', 'Your hand could not be raised or lowered: the call is not reachable. Try again.', {
        recoverable: true,
        cause,
      });
    }
  }

  received(signal: ReceivedSignal): void {
    if (signal.type !== 'vr-hand') return;
    const from = signal.from.connectionId;
    if (from === this.context.localId()) return;
    this.apply(from, signal.data.raised, signal.data.at);
  }

  connectionCreated(connection: OTConnection): void {
    if (this.raisedAt === undefined || connection.connectionId === this.context.localId()) return;
    this.context.signal('vr-hand', { raised: true, at: this.raisedAt }, connection).catch(() => undefined);
  }

  private apply(participantId: string, raised: boolean, at: number): void {
    const before = this.context.current().participants.find((participant) => participant.id === participantId);
    if (!before || before.handRaised === raised) return;
    this.context.roster({ type: 'hand', participantId, raised, at });
    this.context.emit('hand-change', { participantId, raised });
  }
}
