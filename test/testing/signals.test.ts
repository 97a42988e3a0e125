import { expect } from '@open-wc/testing';
import { connect } from './sim-helpers.js';
import { createSimulator, type SimConnection, type SimSession, type Simulator } from '../../src/testing/index.js';


interface SignalEvent {
  type: string;
  data: string;
  from: SimConnection | null;
  target: unknown;
}

interface SignalErrorLike {
  name: string;
  code?: number;
  message: string;
}

let sim: Simulator;

beforeEach(() => {
  sim = createSimulator({ audioLevelIntervalMs: 20 });
});

afterEach(() => {
  sim.dispose();
});


async function connected(sessionId = 'room'): Promise<SimSession> {
  const session = sim.OT.initSession('app', sessionId);
  await connect(session);
  return session;
}

/** Every signal event a session receives, with the handler list it came through. */
function record(session: SimSession): Array<{ via: string; event: SignalEvent }> {
  const seen: Array<{ via: string; event: SignalEvent }> = [];
  session.on('signal', (event: SignalEvent) => seen.push({ via: 'signal', event }));
  for (const type of ['chat', 'vr-chat', 'vr-hand', 'vr-reaction']) {
    session.on(`signal:${type}`, (event: SignalEvent) => seen.push({ via: `signal:${type}`, event }));
  }
  return seen;
}

/** Resolves with the error the callback got; the returned Promise must reject with the same one. */
async function signalError(session: SimSession, options: unknown): Promise<SignalErrorLike> {
  let fromCallback: SignalErrorLike | undefined;
  const rejected = await (session.signal(options as never, (error) => {
    fromCallback = error as SignalErrorLike | undefined;
  })).then(
    () => undefined,
    (error: SignalErrorLike) => error,
  );
  expect(rejected, 'the Promise rejects').to.exist;
  expect(fromCallback, 'the callback gets the same error').to.equal(rejected);
  return rejected!;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OT simulator: signals', () => {
  describe('session.signal', () => {
    it('reaches every connection of the session, the sender included, as one event for signal and signal:<type> handlers', async () => {
      const a = await connected();
      const b = await connected();
      const other = await connected('elsewhere');
      const [seenA, seenB, seenOther] = [record(a), record(b), record(other)];
      let callbackArgs: unknown[] | undefined;
      await a.signal({ type: 'chat', data: 'hello' }, (...args: unknown[]) => {
        callbackArgs = args;
      });
      expect(callbackArgs, 'the callback gets no error').to.satisfy((args: unknown[]) => args.length === 0 || args[0] === undefined);
      expect(seenOther).to.have.length(0);
      for (const [session, seen] of [[a, seenA], [b, seenB]] as const) {
        expect(seen.map((entry) => entry.via)).to.deep.equal(['signal', 'signal:chat']);
        const [first, second] = seen;
        expect(second.event, 'the same event object for both handlers').to.equal(first.event);
        expect(first.event).to.include({ type: 'signal:chat', data: 'hello' });
        expect(first.event.target).to.equal(session);
        expect(first.event.from!.connectionId).to.equal(a.connection!.connectionId);
      }
      expect(seenA[0].event.from, "the sender's own Connection object").to.equal(a.connection);
    });

    it('without a type: only signal handlers, event type "signal"; data defaults to ""', async () => {
      const a = await connected();
      const seen = record(a);
      await a.signal({});
      expect(seen.map((entry) => [entry.via, entry.event.type, entry.event.data])).to.deep.equal([['signal', 'signal', '']]);
    });

    it('`to` a Connection object: only that client gets it; the sender does not', async () => {
      const a = await connected();
      const b = await connected();
      const c = await connected();
      const [seenA, seenB, seenC] = [record(a), record(b), record(c)];
      await a.signal({ type: 'chat', data: 'psst', to: b.connection });
      expect(seenA).to.have.length(0);
      expect(seenC).to.have.length(0);
      expect(seenB.map((entry) => entry.via)).to.deep.equal(['signal', 'signal:chat']);
      expect(seenB[0].event.from!.connectionId).to.equal(a.connection!.connectionId);
    });

    it('`to` from connectionCreated reaches that connection', async () => {
      const a = await connected();
      const created = new Promise<SimConnection>((resolve) =>
        a.on('connectionCreated', (event: { connection: SimConnection }) => {
          if (event.connection.connectionId !== a.connection!.connectionId) resolve(event.connection);
        }),
      );
      const b = await connected();
      const seenB = record(b);
      await a.signal({ type: 'chat', data: 'welcome', to: await created });
      expect(seenB.map((entry) => entry.event.data)).to.deep.equal(['welcome', 'welcome']);
    });

    it('fails like the SDK: not connected (500, also an exception event), invalid input (400/413), unknown `to` (404)', async () => {
      const session = sim.OT.initSession('app', 'room');
      const exceptions: Array<{ code?: number }> = [];
      sim.OT.on('exception', (event: { code?: number }) => exceptions.push(event));
      expect(await signalError(session, { type: 'x', data: 'y' })).to.include({ name: 'OT_NOT_CONNECTED', code: 500 });
      expect(exceptions.map((event) => event.code)).to.deep.equal([500]);
      await connect(session);
      const cases: Array<[unknown, string, number]> = [
        [{ type: 'not valid!' }, 'OT_INVALID_PARAMETER', 400],
        [{ type: '' }, 'OT_INVALID_PARAMETER', 400],
        [{ type: undefined, data: 'x' }, 'OT_INVALID_PARAMETER', 400],
        [{ type: 'x'.repeat(129) }, 'OT_INVALID_PARAMETER', 413],
        [{ type: 'x', data: null }, 'OT_INVALID_PARAMETER', 400],
        [{ type: 'x', data: 'd'.repeat(8191) }, 'OT_INVALID_PARAMETER', 413],
        [{ type: 'x', to: undefined }, 'OT_INVALID_PARAMETER', 400],
        [{ type: 'x', to: session.connection!.connectionId }, 'OT_INVALID_PARAMETER', 400],
        [{ type: 'x', retryAfterReconnect: 'yes' }, 'OT_INVALID_PARAMETER', 400],
      ];
      for (const [options, name, code] of cases) {
        expect(await signalError(session, options), JSON.stringify(options)).to.include({ name, code });
      }
      const other = await connected();
      const gone = other.connection!;
      await other.disconnect();
      expect(await signalError(session, { type: 'x', to: gone })).to.include({ name: 'OT_NOT_FOUND', code: 404 });
      // The SDK's type pattern allows letters, digits, '-', '.', '_' and '~'; data up to 8 kB as JSON.
      await session.signal({ type: 'a-b.c_d~E9', data: 'd'.repeat(8190) });
    });
  });

  describe('what simulated participants say (the element wire format)', () => {
    it('sendChat: vr-chat {"v":1,"id","text"} from the participant to every session, returning a unique id', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const a = await connected();
      const b = await connected();
      const [seenA, seenB] = [record(a), record(b)];
      const id = sim.sendChat(grace.connectionId, 'Hello, <b>world</b>');
      const second = sim.sendChat(grace.connectionId, 'again');
      expect(id).to.be.a('string').and.not.equal(second);
      for (const seen of [seenA, seenB]) {
        expect(seen.map((entry) => entry.via)).to.deep.equal(['signal', 'signal:vr-chat', 'signal', 'signal:vr-chat']);
        const event = seen[0].event;
        expect(event.type).to.equal('signal:vr-chat');
        expect(event.data).to.equal(JSON.stringify({ v: 1, id, text: 'Hello, <b>world</b>' }));
        expect(event.from!.connectionId).to.equal(grace.connectionId);
      }
    });

    it('raiseHand: vr-hand {"v":1,"raised","at"}; handRaised follows', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const a = await connected();
      const seen = record(a);
      const before = Date.now();
      sim.raiseHand(grace.connectionId, true);
      expect(sim.participants()[0].handRaised).to.equal(true);
      sim.raiseHand(grace.connectionId, false);
      expect(sim.participants()[0].handRaised).to.equal(false);
      const hands = seen.filter((entry) => entry.via === 'signal:vr-hand').map((entry) => JSON.parse(entry.event.data) as { v: number; raised: boolean; at: number });
      expect(hands.map((data) => [data.v, data.raised])).to.deep.equal([
        [1, true],
        [1, false],
      ]);
      expect(Object.keys(hands[0])).to.deep.equal(['v', 'raised', 'at']);
      for (const data of hands) expect(data.at).to.be.within(before, Date.now());
      expect(seen[0].event.from!.connectionId).to.equal(grace.connectionId);
    });

    it('react: vr-reaction {"v":1,"emoji"}', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const a = await connected();
      const seen = record(a);
      sim.react(grace.connectionId, '🎉');
      expect(seen.map((entry) => [entry.via, entry.event.data])).to.deep.equal([
        ['signal', '{"v":1,"emoji":"🎉"}'],
        ['signal:vr-reaction', '{"v":1,"emoji":"🎉"}'],
      ]);
      expect(seen[0].event.from!.connectionId).to.equal(grace.connectionId);
    });

    it('a raised hand is re-sent to each late joiner only, after its sessionConnected; lowering stops that', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const local = sim.addParticipant({ name: 'Alan', sessionId: 'room' });
      const early = await connected();
      const seenEarly = record(early);
      sim.raiseHand(grace.connectionId, true);
      sim.raiseHand(local.connectionId, true);
      const raisedData = seenEarly.filter((entry) => entry.via === 'signal:vr-hand').map((entry) => entry.event.data);
      expect(raisedData).to.have.length(2);

      const late = sim.OT.initSession('app', 'room');
      const order: string[] = [];
      late.on('sessionConnected', () => order.push('sessionConnected'));
      const seenLate = record(late);
      late.on('signal:vr-hand', () => order.push('vr-hand'));
      await connect(late);
      await wait(30);
      expect(order).to.deep.equal(['sessionConnected', 'vr-hand', 'vr-hand']);
      const lateHands = seenLate.filter((entry) => entry.via === 'signal:vr-hand');
      expect(lateHands.map((entry) => entry.event.data), 'the same data, the original `at`').to.deep.equal(raisedData);
      expect(lateHands.map((entry) => entry.event.from!.connectionId).sort()).to.deep.equal([grace.connectionId, local.connectionId].sort());
      expect(seenEarly.filter((entry) => entry.via === 'signal:vr-hand'), 'nothing new for those already there').to.have.length(2);

      // A session of another session ID sees only the participant who is everywhere.
      const elsewhere = sim.OT.initSession('app', 'elsewhere');
      const seenElsewhere = record(elsewhere);
      await connect(elsewhere);
      await wait(30);
      expect(seenElsewhere.filter((entry) => entry.via === 'signal:vr-hand').map((entry) => entry.event.from!.connectionId)).to.deep.equal([
        grace.connectionId,
      ]);

      sim.raiseHand(grace.connectionId, false);
      sim.raiseHand(local.connectionId, false);
      const later = sim.OT.initSession('app', 'room');
      const seenLater = record(later);
      await connect(later);
      await wait(30);
      expect(seenLater).to.have.length(0);
    });

    it('failNextSignal: exactly one local signal fails (callback and Promise) and reaches nobody', async () => {
      const a = await connected();
      const b = await connected();
      const [seenA, seenB] = [record(a), record(b)];
      sim.failNextSignal();
      // A call the SDK refuses before sending does not use up the armed failure.
      expect(await signalError(a, { type: 'bad type' })).to.include({ name: 'OT_INVALID_PARAMETER' });
      const failed = await signalError(a, { type: 'chat', data: 'lost' });
      expect(failed).to.include({ name: 'OT_UNEXPECTED_SERVER_RESPONSE', code: 2001 });
      expect(failed).to.be.instanceOf(Error);
      await wait(20);
      expect(seenA).to.have.length(0);
      expect(seenB).to.have.length(0);
      await b.signal({ type: 'chat', data: 'arrives' });
      expect(seenA.map((entry) => entry.event.data)).to.deep.equal(['arrives', 'arrives']);
      expect(seenB.map((entry) => entry.event.data)).to.deep.equal(['arrives', 'arrives']);

      sim.failNextSignal({ code: 429 });
      expect(await signalError(b, { type: 'chat', data: 'x' })).to.include({ name: 'OT_RATE_LIMIT_EXCEEDED', code: 429 });
      sim.failNextSignal({ name: 'OT_NOT_CONNECTED', code: 500, message: 'gone' });
      expect(await signalError(a, { type: 'chat', data: 'x' })).to.include({ name: 'OT_NOT_CONNECTED', code: 500, message: 'gone' });
      await a.signal({ type: 'chat', data: 'fine' });
    });

    it('participant signals are not affected by failNextSignal; reset() disarms it', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const a = await connected();
      const seen = record(a);
      sim.failNextSignal();
      sim.sendChat(grace.connectionId, 'still here');
      expect(seen).to.have.length(2);
      await signalError(a, { type: 'chat', data: 'x' });
      sim.failNextSignal();
      sim.reset();
      const again = await connected();
      await again.signal({ type: 'chat', data: 'ok' });
    });
  });
});
