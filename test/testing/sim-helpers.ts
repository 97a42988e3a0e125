/** Helpers shared by the simulator's moderation, archive and caption tests. */
import type { SimPublisher, SimSession, SimStream, SimSubscriber, Simulator } from '../../src/testing/index.js';

/** A real-format token (`T1==` + base64) with `role=` and JSON connection data, as token servers make them. */
export function token(role?: string, name = 'Ada', sessionId = 'room'): string {
  const rolePart = role === undefined ? '' : `&role=${role}`;
  return 'T1==' + btoa(`partner_id=1&sig=abc:session_id=${sessionId}&create_time=1${rolePart}&nonce=2&connection_data=` + encodeURIComponent(JSON.stringify({ name })));
}

export function connect(session: SimSession, withToken = token()): Promise<void> {
  return new Promise((resolve, reject) => session.connect(withToken, (error) => (error ? reject(error) : resolve())));
}

export async function connected(sim: Simulator, sessionId = 'room', withToken = token()): Promise<SimSession> {
  const session = sim.OT.initSession('app', sessionId);
  await connect(session, withToken);
  return session;
}

export function publisher(sim: Simulator, props: object = {}): Promise<SimPublisher> {
  return new Promise((resolve, reject) => {
    const pub: SimPublisher = sim.OT.initPublisher(undefined, { insertDefaultUI: false, ...props }, (error) => (error ? reject(error) : resolve(pub)));
  });
}

export function publish(session: SimSession, pub: SimPublisher): Promise<void> {
  return new Promise((resolve, reject) => session.publish(pub, (error) => (error ? reject(error) : resolve())));
}

/** A connected session in `sessionId` that publishes; resolves once the stream is in the cloud. */
export async function publishing(sim: Simulator, sessionId = 'room', withToken = token(), props: object = {}): Promise<{ session: SimSession; publisher: SimPublisher }> {
  const session = await connected(sim, sessionId, withToken);
  const pub = await publisher(sim, props);
  await publish(session, pub);
  return { session, publisher: pub };
}

export function subscribe(session: SimSession, stream: SimStream, props: object = {}): Promise<SimSubscriber> {
  return new Promise((resolve, reject) => {
    const subscriber = session.subscribe(stream, undefined, { insertDefaultUI: false, ...props }, (error) => (error ? reject(error) : resolve(subscriber)));
  });
}

/** The Stream object `session` has for `streamId` (it must have heard of it). */
export function streamIn(session: SimSession, streamId: string): SimStream {
  const stream = session._peer.knownStream(streamId);
  if (!stream) throw new Error(`session has no stream ${streamId}`);
  return stream;
}

export interface Seen {
  /** Which list the handler was on: `'<label>:<type>'`. */
  via: string;
  event: Record<string, unknown> & { type: string; target: unknown };
}

/** Records events of `types` on `target` in one shared list, labelled `label`. */
export function watch(seen: Seen[], label: string, target: SimSession | SimPublisher | SimSubscriber, types: string[]): Seen[] {
  const emitter = target as unknown as { on(type: string, handler: (event: Seen['event']) => void): unknown };
  for (const type of types) emitter.on(type, (event) => seen.push({ via: `${label}:${type}`, event }));
  return seen;
}

/** The rejection of `promise` (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<{ name: string; code?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; code?: number; message: string };
  }
  throw new Error('expected a rejection');
}

/** `OT` `exception` events, as `{ code, title }`. */
export function exceptions(sim: Simulator): Array<{ code: number | undefined; title: string; message: string }> {
  const list: Array<{ code: number | undefined; title: string; message: string }> = [];
  sim.OT.on('exception', (event) => list.push({ code: event.code, title: event.title, message: event.message }));
  return list;
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 10 ms until it holds, or fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A connected local session in `room` and the streams it has seen. */
export async function joinWithStreams(sim: Simulator, withToken = token(undefined, 'Me')): Promise<{ session: SimSession; streams: SimStream[] }> {
  const session = sim.OT.initSession('app', 'room');
  const streams: SimStream[] = [];
  session.on('streamCreated', (event) => streams.push(event.stream as SimStream));
  await connect(session, withToken);
  return { session, streams };
}

/**
 * A simulated participant (sharing a screen with `screen`) and a local subscriber to that camera or
 * screen stream, made by `subscribeWith` (a test's own wrapper may keep what it needs).
 */
export async function subscribedToParticipant(sim: Simulator, options: { screen?: boolean } = {}, subscribeWith = subscribe) {
  const ada = sim.addParticipant({ name: 'Ada' });
  const screenId = options.screen ? sim.startScreenShare(ada.connectionId) : null;
  const { session, streams } = await joinWithStreams(sim);
  await until(() => streams.length === (options.screen ? 2 : 1));
  const stream = streams.find((candidate) => candidate.streamId === (screenId ?? ada.streamId))!;
  const subscriber = await subscribeWith(session, stream);
  return { ada, session, subscriber };
}
