import { VideoRoomError } from '../errors.js';
import { viaCallback } from '../sdk/listen.js';
import type { OTConnection, OTSession, OTStream } from '../sdk/types.js';
import type { FeatureContext } from './feature.js';

/** What moderation asks of the session: the SDK objects stay in `Call`. */
export interface ModerationSdk {
  forceMuteStream(streamId: string): Promise<void>;
  /** Mutes every stream but the user's own. */
  forceMuteAll(): Promise<void>;
  forceDisconnect(connectionId: string): Promise<void>;
}

/**
 * Moderator actions (a `moderator` token: `session.capabilities.forceMute` / `forceDisconnect`).
 * Without the role they reject with `not-allowed`; SDK failures are `moderation-failed`.
 */
export class Moderation {
  constructor(
    private readonly context: FeatureContext,
    private readonly sdk: ModerationSdk,
  ) {}

  get isModerator(): boolean {
    return this.context.current().participants.find((participant) => participant.isLocal)?.role === 'moderator';
  }

  async mute(participantId: string): Promise<void> {
    const person = this.other(participantId, 'mute someone');
    const camera = this.context.current().tiles.find((tile) => tile.participantId === participantId && tile.kind === 'camera');
    if (!camera?.streamId) throw new VideoRoomError('invalid-configuration', `${person.name} is not sending audio: there is nothing to mute.`, { recoverable: true });
    await this.run(() => this.sdk.forceMuteStream(camera.streamId!), `Could not mute ${person.name}.`, { action: 'mute', name: person.name });
  }

  async muteEveryone(): Promise<void> {
    this.requireRole('mute everyone');
    await this.run(() => this.sdk.forceMuteAll(), 'Could not mute everyone.', { action: 'mute-all', name: '' });
  }

  async remove(participantId: string): Promise<void> {
    const person = this.other(participantId, 'remove someone');
    await this.run(() => this.sdk.forceDisconnect(participantId), `Could not remove ${person.name} from the call.`, { action: 'remove', name: person.name });
  }

  private other(participantId: string, action: string) {
    this.requireRole(action);
    const person = this.context.current().participants.find((participant) => participant.id === participantId && !participant.isLocal);
    if (!person) throw new VideoRoomError('invalid-configuration', `No other participant "${participantId}" is in the call.`, { recoverable: true });
    return person;
  }

  private requireRole(action: string): void {
    if (!this.isModerator) {
      throw new VideoRoomError('not-allowed', `Only a moderator can ${action}: this call's token does not have the moderator role.`, { recoverable: true });
    }
  }

  /** `what`: the action and whom it was for, for the words of a failure. */
  private async run(action: () => Promise<void>, message: string, what: { action: 'mute' | 'mute-all' | 'remove'; name: string }): Promise<void> {
    try {
      await action();
    } catch (cause) {
      const detail = (cause as { message?: string } | undefined)?.message;
      const error = new VideoRoomError('moderation-failed', detail ? `${message} (${detail})` : message, {
        recoverable: true,
        cause,
        reason: { key: 'moderation-failed', ...what, ...(detail ? { detail } : {}) },
      });
      this.context.emit('error', error);
      throw error;
    }
  }
}

/** The moderation calls on an OT session, from the call's own records of streams and connections. */
export function sessionModeration(sources: {
  session: () => OTSession | undefined;
  streams: ReadonlyMap<string, OTStream>;
  connections: ReadonlyMap<string, OTConnection>;
  ownStreams: () => OTStream[];
}): ModerationSdk {
  const session = () => {
    const current = sources.session();
    if (!current) throw new VideoRoomError('not-connected', 'Join the call first.', { recoverable: true });
    return current;
  };
  const unsupported = () => new VideoRoomError('moderation-failed', 'This SDK version cannot moderate a call.', { recoverable: true });
  return {
    forceMuteStream: async (streamId) => {
      const current = session();
      const stream = sources.streams.get(streamId);
      if (!current.forceMuteStream) throw unsupported();
      if (stream) await current.forceMuteStream(stream);
    },
    // The user's own streams stay unmuted: "mute everyone" means everyone else.
    forceMuteAll: async () => {
      const current = session();
      if (!current.forceMuteAll) throw unsupported();
      await current.forceMuteAll(sources.ownStreams());
    },
    forceDisconnect: async (connectionId) => {
      const current = session();
      const connection = sources.connections.get(connectionId);
      if (!current.forceDisconnect) throw unsupported();
      if (connection) await viaCallback((done) => current.forceDisconnect!(connection, done));
    },
  };
}
