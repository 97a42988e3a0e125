/**
 * A local session's signals, as the SDK's `session.signal()` and `signal` events behave: the same
 * client-side checks in the same order with the same codes (the SDK's `Signal` validation), a
 * server round trip before the completion callback, delivery to every connection of the session
 * (the sender's own included) or only to `to`, and work held back while reconnecting.
 */
import type { OTCallback, OTConnection } from '../sdk/types.js';
import type { ConnectionRecord } from './cloud.js';
import { LATENCY_MS, type SimContext } from './context.js';
import { otError, type SimOTError } from './errors.js';
import { createEvent } from './event.js';
import type { SimSession } from './session.js';
import { SimConnection } from './views.js';

/** A signal as passed to `session.signal()`. */
export interface SignalOptions {
  type?: string;
  data?: string;
  /** Only to this client: a Connection object (as the SDK requires), not a connection ID. */
  to?: OTConnection;
  retryAfterReconnect?: boolean;
}

/** The SDK's limits (`MAX_SIGNAL_TYPE_LENGTH`, `MAX_SIGNAL_DATA_LENGTH`) and its type pattern. */
const MAX_TYPE_LENGTH = 128;
const MAX_DATA_LENGTH = 8192;
const TYPE_PATTERN = /^[a-zA-Z0-9\-._~]+$/;

/** How the SDK names a signal error by its code (`getErrorNameFromCode` in `Session.signal`). */
const NAME_BY_CODE: Record<number, string> = {
  400: 'OT_INVALID_PARAMETER',
  403: 'OT_PERMISSION_DENIED',
  404: 'OT_NOT_FOUND',
  413: 'OT_INVALID_PARAMETER',
  429: 'OT_RATE_LIMIT_EXCEEDED',
  500: 'OT_NOT_CONNECTED',
  2001: 'OT_UNEXPECTED_SERVER_RESPONSE',
};

/** What the SDK reports when the server answers a signal with something unexpected. */
export const UNEXPECTED_SIGNAL_RESPONSE = { code: 2001, message: 'Unexpected server response. Try this operation again later.' };

/** A signal error as the SDK's `session.signal()` hands it to the callback and the rejection. */
export function signalError(code: number, message: string, name = NAME_BY_CODE[code] ?? 'OT_UNEXPECTED_SERVER_RESPONSE'): SimOTError {
  return otError(name, message, code);
}

const has = (options: object, key: string) => Object.prototype.hasOwnProperty.call(options, key);

/**
 * The SDK's client-side checks, in its order: data, then to, then type, then retryAfterReconnect.
 * (A property that is present but `undefined` is invalid, as in the SDK.)
 */
function validate(options: SignalOptions): SimOTError | null {
  if (has(options, 'data')) {
    const data: unknown = options.data;
    if (data === null || data === undefined) {
      return signalError(400, 'The signal data was null or undefined. Either set it to a String value or omit it');
    }
    let size: number;
    try {
      size = JSON.stringify(data).length;
    } catch {
      return signalError(400, 'The data field was not valid JSON');
    }
    if (size > MAX_DATA_LENGTH) {
      return signalError(413, `The data field was too long, the maximum size of it is ${MAX_DATA_LENGTH} characters`);
    }
  }
  if (has(options, 'to')) {
    if (!options.to) {
      return signalError(400, 'The signal to field was invalid. Either set it to a OT.Connection, OT.Session, or omit it entirely');
    }
    if (!(options.to instanceof SimConnection)) return signalError(400, 'The To field was invalid');
  }
  if (has(options, 'type')) {
    const type: unknown = options.type;
    if (type === null || type === undefined) {
      return signalError(400, 'The signal type was null or undefined. Either set it to a String value or omit it');
    }
    // Like the SDK, whatever was passed is judged by its string form (an object's is "[object Object]").
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- that form is the point here
    const text = String(type);
    if (text.length > MAX_TYPE_LENGTH) {
      return signalError(413, `The signal type was too long, the maximum length of it is ${MAX_TYPE_LENGTH} characters`);
    }
    if (!TYPE_PATTERN.test(text)) {
      return signalError(400, "The signal type was invalid, it can only contain letters, numbers, '-', '_', and '~'.");
    }
  }
  if (has(options, 'retryAfterReconnect') && typeof options.retryAfterReconnect !== 'boolean') {
    return signalError(400, 'The signal retryAfterReconnect was not true or false. Either set it to a Boolean value or omit it');
  }
  return null;
}

export class SignalChannel {
  /** Sends and deliveries held back while reconnecting, as the SDK queues them. */
  private held: Array<() => void> = [];

  constructor(
    private readonly ctx: SimContext,
    private readonly session: SimSession,
  ) {}

  /** `session.signal(options, callback)`; also accepts `signal(callback)` like the SDK. */
  send(signal: SignalOptions | OTCallback | undefined, callback?: OTCallback): Promise<void> {
    let options = signal;
    let done = callback;
    if (typeof options === 'function') {
      done = options;
      options = undefined;
    }
    const complete = typeof done === 'function' ? done : () => undefined;
    return new Promise<void>((resolve, reject) => {
      const fail = (error: SimOTError) => {
        complete(error);
        reject(error);
      };
      const from = this.session._record;
      if (!this.session.isConnected() || !from) {
        const error = signalError(500, 'Unable to send signal - you are not connected to the session.');
        // The SDK also reports this one as an exception (`dispatchOTError`).
        this.ctx.reportException(this.session, error);
        fail(error);
        return;
      }
      const opts = (options ?? {});
      const invalid = validate(opts);
      if (invalid) {
        fail(invalid);
        return;
      }
      if (this.session.isReconnecting && opts.retryAfterReconnect === false) {
        fail(signalError(500, 'Unable to send signal - the session is reconnecting.'));
        return;
      }
      // A failure armed with `failNextSignal()` belongs to the first call that reaches the server.
      const serverError = this.ctx.pendingSignalError;
      this.ctx.pendingSignalError = null;
      const type = has(opts, 'type') ? String(opts.type) : undefined;
      const data = (has(opts, 'data') ? opts.data : '') as string;
      if (typeof data !== 'string') {
        console.warn('[ot-simulator] Signaling of anything other than Strings is deprecated. Please update the data property to be a string.');
      }
      const to = opts.to?.connectionId;
      const roundTrip = () => {
        this.ctx.timers.timeout(() => {
          if (serverError) return fail(serverError);
          const target = to === undefined ? undefined : this.ctx.cloud.connections.get(to);
          if (to !== undefined && (!target || !this.ctx.cloud.sees(this.session._peer, target.roomId))) {
            return fail(signalError(404, 'The "to" connection does not exist.'));
          }
          this.ctx.cloud.signal(from, from.roomId, type, data, to);
          complete(undefined);
          resolve();
        }, LATENCY_MS);
      };
      if (this.session.isReconnecting) this.held.push(roundTrip);
      else roundTrip();
    });
  }

  /**
   * A signal reached this session: one event object, `type` `'signal:<type>'` (or `'signal'`),
   * dispatched to `signal` handlers and then to `signal:<type>` handlers, as the SDK does.
   */
  deliver(from: ConnectionRecord | null, type: string | undefined, data: string): void {
    const dispatch = () => {
      if (!this.session.isConnected()) return;
      const event = createEvent(type ? `signal:${type}` : 'signal', this.session, {
        data,
        from: from ? this.session._peer.viewConnection(from) : null,
      });
      this.session._emit(event, 'signal');
      if (type) this.session._emit(event);
    };
    if (this.session.isReconnecting) this.held.push(dispatch);
    else dispatch();
  }

  /** The session reconnected: held work goes out, in order. */
  flush(): void {
    const held = this.held;
    this.held = [];
    for (const work of held) work();
  }

  /** The session ended: held work is dropped. */
  clear(): void {
    this.held = [];
  }
}
