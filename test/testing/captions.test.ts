import { expect } from '@open-wc/testing';
import { createSimulator, type Simulator } from '../../src/testing/index.js';
import { connected, publisher, publish, publishing, rejection, streamIn, subscribe, wait, watch, type Seen } from './sim-helpers.js';

let sim: Simulator;

beforeEach(() => {
  sim = createSimulator({ audioLevelIntervalMs: 20 });
});

afterEach(() => {
  sim.dispose();
});

describe('OT simulator: captions', () => {
  it('publishCaptions: true is recorded and gives the stream hasCaptions; publisher.publishCaptions() changes it', async () => {
    const viewer = await connected(sim);
    const { publisher: pub } = await publishing(sim, 'room', undefined, { publishCaptions: true });
    const plain = await publisher(sim);
    await wait(20);
    expect(sim.calls.find((call) => call.method === 'initPublisher')!.args[1]).to.include({ publishCaptions: true });
    expect(JSON.parse(JSON.stringify(sim.calls.find((call) => call.method === 'publish')!.args[0]))).to.include({ publishCaptions: true });
    expect(sim.publishers().map((report) => [report.publishCaptions, report.sessionId])).to.deep.equal([
      [true, 'room'],
      [false, null],
    ]);
    const stream = streamIn(viewer, pub.stream!.streamId);
    expect(stream.hasCaptions).to.be.true;
    const changes = watch([], 'viewer', viewer, ['streamPropertyChanged']);
    await pub.publishCaptions(false);
    expect(changes.map((entry) => [entry.event.changedProperty, entry.event.oldValue, entry.event.newValue])).to.deep.equal([['hasCaptions', true, false]]);
    expect(stream.hasCaptions).to.be.false;
    expect(sim.calls.at(-1)).to.deep.include({ target: 'publisher', method: 'publishCaptions', args: [false] });
    plain.destroy();
  });

  it('isSubscribedToCaptions() starts as the option, else the stream has captions; subscribeToCaptions() resolves after the server', async () => {
    const session = await connected(sim);
    const plain = sim.addParticipant({ name: 'Ada' });
    const captioned = sim.addParticipant({ name: 'Grace', captions: true });
    const a = await subscribe(session, streamIn(session, plain.streamId!));
    const b = await subscribe(session, streamIn(session, captioned.streamId!));
    const c = await subscribe(session, streamIn(session, captioned.streamId!), { subscribeToCaptions: false });
    expect([a.isSubscribedToCaptions(), b.isSubscribedToCaptions(), c.isSubscribedToCaptions()]).to.deep.equal([false, true, false]);
    let settled = false;
    const done = a.subscribeToCaptions(true).then(() => (settled = true));
    expect(a.isSubscribedToCaptions(), 'at once').to.be.true;
    expect(settled, 'not before the round trip').to.be.false;
    await done;
    expect(sim.subscribers().find((report) => report.streamId === plain.streamId)).to.include({ subscribeToCaptions: true });
    expect(sim.calls.at(-1)).to.deep.equal({ target: 'subscriber', method: 'subscribeToCaptions', args: [true], streamId: plain.streamId });
  });

  it("sim.caption(): captionReceived on the session, then caption and captionReceived on the stream's subscribers, then caption on the session", async () => {
    const session = await connected(sim);
    const ada = sim.addParticipant({ name: 'Ada' });
    const grace = sim.addParticipant({ name: 'Grace' });
    const first = await subscribe(session, streamIn(session, ada.streamId!));
    const second = await subscribe(session, streamIn(session, ada.streamId!));
    const graceSub = await subscribe(session, streamIn(session, grace.streamId!));
    expect(sim.caption(ada.connectionId, 'not yet'), 'nobody subscribed to captions').to.equal(0);
    await first.subscribeToCaptions(true);
    await graceSub.subscribeToCaptions(true);
    const seen: Seen[] = [];
    watch(seen, 'session', session, ['captionReceived', 'caption']);
    watch(seen, 'first', first, ['caption', 'captionReceived']);
    watch(seen, 'second', second, ['caption', 'captionReceived']);
    watch(seen, 'grace', graceSub, ['caption', 'captionReceived']);
    expect(sim.caption(ada.connectionId, 'Hello the', false)).to.equal(1);
    // The subscribers listen on the session from when they were created: before this test's handler.
    expect(seen.map((entry) => entry.via)).to.deep.equal([
      'first:caption',
      'first:captionReceived',
      'second:caption',
      'second:captionReceived',
      'session:captionReceived',
      'session:caption',
    ]);
    const event = seen[0].event;
    expect(seen.every((entry) => entry.event === event), 'one event object').to.be.true;
    expect(event).to.include({ type: 'caption', target: session, caption: 'Hello the', streamId: ada.streamId, isFinal: false });
    seen.length = 0;
    sim.caption(ada.connectionId, 'Hello there.');
    expect(seen[0].event).to.include({ caption: 'Hello there.', isFinal: true });
    expect(seen.some((entry) => entry.via.startsWith('grace')), "another stream's subscriber hears nothing").to.be.false;
  });

  it("captions of a local session's camera reach other elements' subscribers; each session separately", async () => {
    const { session: speaker } = await publishing(sim, 'room', undefined, { publishCaptions: true });
    const listener = await connected(sim);
    const quiet = await connected(sim);
    await wait(20);
    const streamId = [...sim.publishers()][0].streamId!;
    const heard = await subscribe(listener, streamIn(listener, streamId));
    const ignored = await subscribe(quiet, streamIn(quiet, streamId), { subscribeToCaptions: false });
    expect(heard.isSubscribedToCaptions(), 'the stream has captions').to.be.true;
    const seen = watch([], 'listener', heard, ['captionReceived']);
    watch(seen, 'quiet', ignored, ['captionReceived']);
    watch(seen, 'quietSession', quiet, ['captionReceived']);
    expect(sim.caption(speaker.connection!.connectionId, 'Hi all')).to.equal(1);
    expect(seen.map((entry) => entry.via)).to.deep.equal(['listener:captionReceived']);
    expect(() => sim.caption('nobody', 'x')).to.throw(/no camera stream/);
    const screen = sim.startScreenShare(sim.addParticipant({ name: 'Kay', publish: false }).connectionId);
    expect(screen).to.be.a('string');
    expect(() => sim.caption(sim.participants().at(-1)!.connectionId, 'x'), 'a screen share is not captioned').to.throw(/no camera stream/);
  });

  it('a destroyed subscriber hears no more captions and cannot change them; its session listener does not count', async () => {
    const session = await connected(sim);
    const ada = sim.addParticipant({ name: 'Ada', captions: true });
    const before = sim.liveListeners();
    const subscriber = await subscribe(session, streamIn(session, ada.streamId!));
    expect(sim.liveListeners(), 'the internal captions listener is not an app handler').to.equal(before);
    const seen = watch([], 'sub', subscriber, ['captionReceived']);
    session.unsubscribe(subscriber);
    expect(sim.caption(ada.connectionId, 'gone')).to.equal(0);
    expect(seen).to.have.length(0);
    const error = await rejection(subscriber.subscribeToCaptions(true));
    expect([error.name, error.code]).to.deep.equal(['OT_NOT_CONNECTED', 1010]);
  });

  it('publishing with publishCaptions into a session keeps it on the stream other sessions see at once', async () => {
    const viewer = await connected(sim);
    const created: boolean[] = [];
    viewer.on('streamCreated', (event) => created.push((event.stream as { hasCaptions?: boolean }).hasCaptions === true));
    const session = await connected(sim);
    const pub = await publisher(sim, { publishCaptions: true });
    await publish(session, pub);
    expect(created).to.deep.equal([true]);
  });
});
