/**
 * A local session's moderation methods, as SDK 2.35's `Session` implements them: the same checks
 * in the same order, the same error names, codes and messages (each also reported as an
 * `exception` on `OT`), a server round trip, then the effect (see `moderation.ts`) and success.
 *
 * | call | fails with |
 * |---|---|
 * | `forceMuteStream(stream)` | `OT_NOT_CONNECTED` 1010, `OT_PERMISSION_DENIED` 1540, `OT_INVALID_PARAMETER` 1011 (no `stream.id`), `OT_NOT_FOUND` (no code: the stream is not in the session) |
 * | `forceMuteAll(excludedStreams?)`, `disableForceMute()` | `OT_NOT_CONNECTED` 1010, `OT_PERMISSION_DENIED` 1540, `OT_INVALID_PARAMETER` 1011 (not an array of Streams) |
 * | `forceDisconnect(connectionOrId, callback?)` | `OT_NOT_CONNECTED` 1010, `OT_INVALID_PARAMETER` 1011 (no ID, or no such connection in the session), `OT_PERMISSION_DENIED` 1520 |
 * | `publish(publisher)` with a `subscriber` token | `OT_PERMISSION_DENIED` 1500 |
 */
import type { OTCallback, OTConnection, OTStream, SessionEventMap } from '../sdk/types.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { ErrorCodes, otError, type SimOTError } from './errors.js';
import { Emitter } from './emitter.js';
import { createEvent } from './event.js';
import { capabilitiesFor, type SimCapabilities } from './roles.js';
import { SimStream } from './views.js';

/** The SDK's moderation exception codes (`OT.ExceptionCodes`). */
export const ModerationCodes = {
  UNABLE_TO_FORCE_DISCONNECT: 1520,
  UNABLE_TO_FORCE_UNPUBLISH: 1530,
  UNABLE_TO_FORCE_MUTE: 1540,
} as const;

const INVALID_PARAMETER_MESSAGE = 'Invalid Parameter. Check that you have passed valid parameter values into the method call.';

/** The SDK's force-mute errors (`forceMuteErrors`). */
const muteErrors = {
  notConnected: () => otError('OT_NOT_CONNECTED', 'Cannot use forceMute functionality. You are not connected to the session.', ErrorCodes.NOT_CONNECTED),
  permissionDenied: () =>
    otError(
      'OT_PERMISSION_DENIED',
      'This token does not allow forceMute usage. The role must be at least `moderator` to enable this functionality',
      ModerationCodes.UNABLE_TO_FORCE_MUTE,
    ),
  invalidParameter: () => otError('OT_INVALID_PARAMETER', INVALID_PARAMETER_MESSAGE, ErrorCodes.INVALID_PARAMETER),
  notFound: () => otError('OT_NOT_FOUND', 'The stream does not exist.'),
};

/** The SDK's error when the session's socket went away before the server answered. */
function socketGone(action: string): SimOTError {
  return otError('OT_NOT_CONNECTED', `Unable to perform ${action}, you are not connected.`, 404);
}

export class SessionModeration {
  /** The SDK's "mute on entry": set by `muteForced` `{ active: true }`; streams published meanwhile start muted. */
  muteOnEntry = false;

  constructor(
    private readonly ctx: SimContext,
    private readonly session: ModeratedSession,
  ) {}

  /** `session.forceMuteStream(stream)`: its publisher's audio is muted (`muteForced` on a local Publisher). */
  forceMuteStream(stream: OTStream): Promise<void> {
    return new Promise((resolve, reject) => {
      const error = this.muteCheck() ?? (!stream || !(stream as { id?: string }).id ? this.report(muteErrors.invalidParameter()) : null);
      if (error) return reject(error);
      this.roundTrip('forceMuteStream', (gone) => reject(this.report(gone)), () => {
        const record = this.ctx.cloud.streams.get((stream as unknown as { id: string }).id);
        if (!record || !this.ctx.cloud.sees(this.session, record.connection.roomId)) return reject(this.report(muteErrors.notFound()));
        this.ctx.moderation.muteStream(record);
        resolve();
      });
    });
  }

  /**
   * `session.forceMuteAll(excludedStreams?)`: every stream of the session but the excluded ones is
   * muted, the caller's own included unless excluded; every connected client emits `muteForced`
   * `{ active: true }`, and streams published later start muted until `disableForceMute()`.
   */
  forceMuteAll(excludedStreams?: OTStream[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const invalid = (Array.isArray(excludedStreams) && !excludedStreams.every((stream) => stream instanceof SimStream)) || (excludedStreams && !Array.isArray(excludedStreams));
      const error = this.muteCheck() ?? (invalid ? this.report(muteErrors.invalidParameter()) : null);
      if (error) return reject(error);
      const excluded = new Set((excludedStreams ?? []).map((stream) => (stream as SimStream).id));
      this.roundTrip('forceMuteAll', (gone) => reject(this.report(gone)), () => {
        this.ctx.moderation.muteAll(this.session.sessionId, excluded);
        resolve();
      });
    });
  }

  /** `session.disableForceMute()`: the mute-on-entry state ends; every client emits `muteForced` `{ active: false }`. */
  disableForceMute(): Promise<void> {
    return new Promise((resolve, reject) => {
      const error = this.muteCheck();
      if (error) return reject(error);
      this.roundTrip('disableForceMute', (gone) => reject(this.report(gone)), () => {
        this.ctx.moderation.disableMuteAll(this.session.sessionId);
        resolve();
      });
    });
  }

  /**
   * `session.forceDisconnect(connectionOrId, callback?)`: the client is removed (reason
   * `'forceDisconnected'`). The callback gets nothing on success, else the error the Promise
   * rejects with. (Like the SDK, `null`/`undefined` throws a TypeError inside the Promise.)
   */
  forceDisconnect(connectionOrId: OTConnection | string, callback?: OTCallback): Promise<void> {
    const done = typeof callback === 'function' ? callback : () => undefined;
    return new Promise((resolve, reject) => {
      const fail = (error: SimOTError) => {
        done(error);
        reject(error);
        this.report(error);
      };
      if (!this.session.isConnected()) {
        return fail(otError('OT_NOT_CONNECTED', 'Cannot call forceDisconnect(). You are not connected to the session.', ErrorCodes.NOT_CONNECTED));
      }
      const connectionId = typeof connectionOrId === 'string' ? connectionOrId : (connectionOrId as { id?: string }).id;
      if (!connectionId) return fail(otError('OT_INVALID_PARAMETER', INVALID_PARAMETER_MESSAGE, ErrorCodes.INVALID_PARAMETER));
      if (!this.session.capabilities.permittedTo('forceDisconnect')) {
        const message = 'This token does not allow forceDisconnect. The role must be at least `moderator` to enable this functionality';
        return fail(otError('OT_PERMISSION_DENIED', message, ModerationCodes.UNABLE_TO_FORCE_DISCONNECT));
      }
      this.roundTrip('forceDisconnect', fail, () => {
        const target = this.ctx.cloud.connections.get(connectionId);
        if (!target || !this.ctx.cloud.sees(this.session, target.roomId) || !this.ctx.moderation.disconnect(connectionId)) {
          return fail(otError('OT_INVALID_PARAMETER', INVALID_PARAMETER_MESSAGE, ErrorCodes.INVALID_PARAMETER));
        }
        done();
        resolve();
      });
    });
  }

  /**
   * Whether `publish()` is refused for this token: if so, `done` gets `OT_PERMISSION_DENIED` (1500)
   * and the error is reported, as the SDK's `dispatchOTError` does.
   */
  publishDenied(done: OTCallback): boolean {
    if (this.session.capabilities.permittedTo('publish')) return false;
    const message = 'This token does not allow publishing. The role must be at least `publisher` to enable this functionality';
    const error = otError('OT_PERMISSION_DENIED', message, ErrorCodes.UNABLE_TO_PUBLISH);
    done(error);
    this.report(error);
    return true;
  }

  /** The server says the session is (`true`) or no longer is (`false`) muted: `muteForced` `{ active }`. */
  muteForced(active: boolean): void {
    this.muteOnEntry = active;
    this.session._emit(createEvent('muteForced', this.session, { active }));
  }

  /** The SDK's `checkMuteCapabilities`: connected, then allowed. */
  private muteCheck(): SimOTError | null {
    if (!this.session.isConnected()) return this.report(muteErrors.notConnected());
    if (!this.session.capabilities.permittedTo('forceMute')) return this.report(muteErrors.permissionDenied());
    return null;
  }

  /** Reports `error` as an `exception` on OT (as the SDK's `dispatchOTError` does) and returns it. */
  private report(error: SimOTError): SimOTError {
    this.ctx.reportException(this.session, error);
    return error;
  }

  /** The server round trip: `then` if the session is still connected when the answer comes, else `fail`. */
  private roundTrip(action: string, fail: (error: SimOTError) => void, then: () => void): void {
    this.ctx.timers.timeout(() => {
      if (this.session.isConnected()) then();
      else fail(socketGone(action));
    }, LATENCY_MS);
  }
}

/**
 * The base of `SimSession`: its token's capabilities and the SDK's moderation methods (each
 * recorded in `sim.calls`; see the table above for their errors).
 */
export abstract class ModeratedSession extends Emitter<SessionEventMap> {
  /**
   * What this client's token allows, as the SDK's `Capabilities`: all 0 until connected, then by
   * the token's role (see `roleFromToken`): moderator all 1; publisher `publish` and `subscribe`;
   * subscriber `subscribe` only.
   */
  capabilities: SimCapabilities = capabilitiesFor(null);
  /** @internal Its moderation calls and mute-on-entry state. */
  readonly _moderation: SessionModeration;

  /** The session ID passed to `OT.initSession`. */
  abstract readonly sessionId: string;
  /** Whether the session is connected (also while reconnecting). */
  abstract isConnected(): boolean;

  /** @internal */
  constructor(protected readonly ctx: SimContext) {
    super(ctx.listeners);
    this._moderation = new SessionModeration(ctx, this);
  }

  /** Mutes the audio of `stream`'s publisher (it emits `muteForced`). Rejects with the SDK's error. */
  forceMuteStream(stream: OTStream): Promise<void> {
    this.ctx.record('session', 'forceMuteStream', [stream]);
    return this._moderation.forceMuteStream(stream);
  }

  /**
   * Mutes every stream of the session except `excludedStreams` (the caller's own too, unless
   * excluded); every client emits `muteForced` `{ active: true }` and later streams start muted.
   */
  forceMuteAll(excludedStreams?: OTStream[]): Promise<void> {
    this.ctx.record('session', 'forceMuteAll', [excludedStreams]);
    return this._moderation.forceMuteAll(excludedStreams);
  }

  /** Ends the mute state `forceMuteAll` left: every client emits `muteForced` `{ active: false }`. */
  disableForceMute(): Promise<void> {
    this.ctx.record('session', 'disableForceMute', []);
    return this._moderation.disableForceMute();
  }

  /** Removes a client (a Connection or its ID) with reason `'forceDisconnected'`; callback and Promise forms. */
  forceDisconnect(connection: OTConnection | string, callback?: OTCallback): Promise<void> {
    this.ctx.record('session', 'forceDisconnect', [connection, callback]);
    return this._moderation.forceDisconnect(connection, callback);
  }
}
