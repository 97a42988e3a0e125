import { expect } from '@open-wc/testing';
import { createSimulator, type SimSession, type Simulator } from '../../src/testing/index.js';
import { roleFromToken } from '../../src/testing/roles.js';
import { connected, exceptions, publish, publisher, publishing, rejection, streamIn, token, wait, watch, type Seen } from './sim-helpers.js';

let sim: Simulator;

beforeEach(() => {
  sim = createSimulator({ audioLevelIntervalMs: 20 });
});

afterEach(() => {
  sim.dispose();
});

const moderator = () => connected(sim, 'room', token('moderator', 'Mod'));

describe('OT simulator: token roles', () => {
  it('reads role= from a real-format token and from anywhere in a placeholder token; publisher otherwise', () => {
    expect(roleFromToken(token('moderator'))).to.equal('moderator');
    expect(roleFromToken(token('subscriber'))).to.equal('subscriber');
    expect(roleFromToken(token('publisher'))).to.equal('publisher');
    expect(roleFromToken(token())).to.equal('publisher');
    expect(roleFromToken(token('owner'))).to.equal('publisher');
    expect(roleFromToken('T1==%%%not-base64')).to.equal('publisher');
    expect(roleFromToken('sim-token;role=moderator')).to.equal('moderator');
    expect(roleFromToken('role=subscriber&x')).to.equal('subscriber');
    expect(roleFromToken('sim-token')).to.equal('publisher');
    expect(roleFromToken('sim-token;role=moderators')).to.equal('publisher');
  });

  it('session.capabilities: all 0 until connected, then as the SDK grants each role', async () => {
    const session = sim.OT.initSession('app', 'room');
    const flags = (s: SimSession) => {
      const { publish, subscribe, forceDisconnect, forceUnpublish, forceMute } = s.capabilities;
      return { publish, subscribe, forceDisconnect, forceUnpublish, forceMute };
    };
    expect(flags(session)).to.deep.equal({ publish: 0, subscribe: 0, forceDisconnect: 0, forceUnpublish: 0, forceMute: 0 });
    const all = { publish: 1, subscribe: 1, forceDisconnect: 1, forceUnpublish: 1, forceMute: 1 };
    expect(flags(await moderator())).to.deep.equal(all);
    expect(flags(await connected(sim, 'room', 'sim-token;role=moderator'))).to.deep.equal(all);
    expect(flags(await connected(sim))).to.deep.equal({ publish: 1, subscribe: 1, forceDisconnect: 0, forceUnpublish: 0, forceMute: 0 });
    const viewer = await connected(sim, 'room', token('subscriber'));
    expect(flags(viewer)).to.deep.equal({ publish: 0, subscribe: 1, forceDisconnect: 0, forceUnpublish: 0, forceMute: 0 });
    expect(viewer.capabilities.permittedTo('subscribe')).to.be.true;
    expect(viewer.capabilities.permittedTo('publish')).to.be.false;
    expect(viewer.capabilities.supportsWebRTC).to.equal(1);
  });

  it('a subscriber token cannot publish: OT_PERMISSION_DENIED (1500) to the callback and as an exception, null returned', async () => {
    const viewer = await connected(sim, 'room', token('subscriber'));
    const other = await connected(sim);
    const seen = watch([], 'other', other, ['streamCreated']);
    const thrown = exceptions(sim);
    const pub = await publisher(sim);
    let error: { name: string; code?: number; message: string } | undefined;
    const returned = viewer.publish(pub, (e) => {
      error = e as typeof error;
    });
    expect(returned).to.equal(null);
    expect(error?.name).to.equal('OT_PERMISSION_DENIED');
    expect(error?.code).to.equal(1500);
    expect(error?.message).to.contain('does not allow publishing');
    expect(thrown).to.deep.equal([{ code: 1500, title: 'Unable to Publish', message: error!.message }]);
    await wait(30);
    expect(seen, 'nobody sees a stream').to.have.length(0);
    expect(sim.calls.filter((call) => call.method === 'publish')).to.have.length(1);
    pub.destroy();
  });

  it('addParticipant({ role }): the role in the default data {"name","role"}; a subscriber publishes nothing', async () => {
    const session = await connected(sim);
    const created: string[] = [];
    session.on('connectionCreated', (event) => created.push(event.connection.data));
    const plain = sim.addParticipant({ name: 'Grace' });
    const mod = sim.addParticipant({ name: 'Ada', role: 'moderator' });
    const viewer = sim.addParticipant({ name: 'Alan', role: 'subscriber' });
    expect(created).to.deep.equal(['{"name":"Grace"}', '{"name":"Ada","role":"moderator"}', '{"name":"Alan","role":"subscriber"}']);
    expect(plain.role).to.equal(undefined);
    expect(JSON.parse(JSON.stringify(mod))).to.include({ role: 'moderator', name: 'Ada' });
    expect(JSON.parse(JSON.stringify(plain))).not.to.have.property('role');
    expect(viewer.streamId, 'a subscriber does not publish').to.equal(null);
    expect(sim.addParticipant({ name: 'Kay', role: 'subscriber', publish: true }).streamId).to.be.a('string');
    expect(() => sim.addParticipant({ name: 'X', role: 'owner' as never })).to.throw(/Unknown role/);
  });
});

describe('OT simulator: moderation from a local session', () => {
  it('outside a connection every call fails with OT_NOT_CONNECTED (1010)', async () => {
    const session = sim.OT.initSession('app', 'room');
    for (const call of [() => session.forceMuteStream({} as never), () => session.forceMuteAll(), () => session.disableForceMute()]) {
      const error = await rejection(call());
      expect([error.name, error.code]).to.deep.equal(['OT_NOT_CONNECTED', 1010]);
    }
    let fromCallback: unknown;
    const error = await rejection(session.forceDisconnect('x', (e) => (fromCallback = e)));
    expect([error.name, error.code]).to.deep.equal(['OT_NOT_CONNECTED', 1010]);
    expect(fromCallback).to.equal(error);
  });

  it('without the moderator role: OT_PERMISSION_DENIED, 1540 to mute and 1520 to disconnect, also as exceptions', async () => {
    const session = await connected(sim);
    const ada = sim.addParticipant({ name: 'Ada' });
    const stream = streamIn(session, ada.streamId!);
    const thrown = exceptions(sim);
    for (const call of [() => session.forceMuteStream(stream), () => session.forceMuteAll(), () => session.disableForceMute()]) {
      const error = await rejection(call());
      expect([error.name, error.code]).to.deep.equal(['OT_PERMISSION_DENIED', 1540]);
    }
    let fromCallback: unknown;
    const error = await rejection(session.forceDisconnect(stream.connection, (e) => (fromCallback = e)));
    expect([error.name, error.code]).to.deep.equal(['OT_PERMISSION_DENIED', 1520]);
    expect(fromCallback).to.equal(error);
    expect(thrown.map((e) => [e.code, e.title])).to.deep.equal([
      [1540, 'Unable to Force Mute'],
      [1540, 'Unable to Force Mute'],
      [1540, 'Unable to Force Mute'],
      [1520, 'Unable to Force Disconnect'],
    ]);
    expect(ada.audio, 'nothing happened').to.be.true;
    expect(sim.participants()).to.have.length(1);
  });

  it('invalid arguments: OT_INVALID_PARAMETER (1011); a stream not in the session: OT_NOT_FOUND (no code)', async () => {
    const session = await moderator();
    const check = async (promise: Promise<unknown>, name: string, code: number | undefined) => {
      const error = await rejection(promise);
      expect([error.name, error.code], error.message).to.deep.equal([name, code]);
    };
    await check(session.forceMuteStream(undefined as never), 'OT_INVALID_PARAMETER', 1011);
    await check(session.forceMuteStream({ streamId: 'no id' } as never), 'OT_INVALID_PARAMETER', 1011);
    await check(session.forceMuteStream({ id: 'gone' } as never), 'OT_NOT_FOUND', undefined);
    const elsewhere = sim.addParticipant({ name: 'Far', sessionId: 'other' });
    await check(session.forceMuteStream({ id: elsewhere.streamId } as never), 'OT_NOT_FOUND', undefined);
    await check(session.forceMuteAll('all' as never), 'OT_INVALID_PARAMETER', 1011);
    await check(session.forceMuteAll([{ id: 'x' }] as never), 'OT_INVALID_PARAMETER', 1011);
    await check(session.forceDisconnect(''), 'OT_INVALID_PARAMETER', 1011);
    await check(session.forceDisconnect('nobody'), 'OT_INVALID_PARAMETER', 1011);
    await check(session.forceDisconnect(elsewhere.connectionId), 'OT_INVALID_PARAMETER', 1011);
    expect(sim.participants()).to.have.length(1);
  });

  it('forceMuteStream of a participant: every session sees hasAudio go false, then the Promise resolves', async () => {
    const mod = await moderator();
    const other = await connected(sim);
    const ada = sim.addParticipant({ name: 'Ada' });
    const seen: Seen[] = [];
    watch(seen, 'mod', mod, ['streamPropertyChanged', 'muteForced']);
    watch(seen, 'other', other, ['streamPropertyChanged', 'muteForced']);
    await mod.forceMuteStream(streamIn(mod, ada.streamId!));
    expect(seen.map((entry) => entry.via)).to.deep.equal(['mod:streamPropertyChanged', 'other:streamPropertyChanged']);
    expect(seen[1].event).to.include({ changedProperty: 'hasAudio', oldValue: true, newValue: false });
    expect(ada.audio).to.be.false;
    expect(sim.calls.at(-1)).to.deep.include({ target: 'session', method: 'forceMuteStream' });
  });

  it("forceMuteStream of another element's stream: its Publisher emits muteForced, its audio goes off, all see hasAudio false", async () => {
    const mod = await moderator();
    const { session: target, publisher: pub } = await publishing(sim);
    await wait(20);
    const seen: Seen[] = [];
    watch(seen, 'publisher', pub, ['muteForced']);
    watch(seen, 'target', target, ['muteForced', 'streamPropertyChanged']);
    watch(seen, 'mod', mod, ['muteForced', 'streamPropertyChanged']);
    await mod.forceMuteStream(streamIn(mod, pub.stream!.streamId));
    expect(seen.map((entry) => entry.via)).to.deep.equal(['publisher:muteForced', 'mod:streamPropertyChanged', 'target:streamPropertyChanged']);
    expect(seen[0].event.target).to.equal(pub);
    expect(seen[0].event).not.to.have.property('active');
    expect(pub.getAudioSource()!.enabled, 'the microphone track is disabled').to.be.false;
    expect(pub.stream!.hasAudio).to.be.false;
    expect(sim.publishers()[0]).to.include({ publishAudio: false });
    expect(sim.calls.some((call) => call.method === 'publishAudio'), 'not an app call').to.be.false;
    pub.publishAudio(true);
    expect(streamIn(mod, pub.stream!.streamId).hasAudio, 'the user may unmute').to.be.true;
  });

  it('forceMuteAll(excluded): every other stream of the session is muted; every client there hears muteForced { active: true }', async () => {
    const { session: mod, publisher: own } = await publishing(sim, 'room', token('moderator', 'Mod'));
    const { session: target, publisher: theirs } = await publishing(sim);
    const elsewhere = await connected(sim, 'other');
    const ada = sim.addParticipant({ name: 'Ada' });
    const far = sim.addParticipant({ name: 'Far', sessionId: 'other' });
    await wait(20);
    const seen: Seen[] = [];
    watch(seen, 'mod', mod, ['muteForced']);
    watch(seen, 'target', target, ['muteForced']);
    watch(seen, 'elsewhere', elsewhere, ['muteForced']);
    watch(seen, 'own', own, ['muteForced']);
    watch(seen, 'theirs', theirs, ['muteForced']);
    await mod.forceMuteAll([own.stream!]);
    expect(seen.map((entry) => entry.via)).to.deep.equal(['mod:muteForced', 'target:muteForced', 'theirs:muteForced']);
    expect(seen[0].event.active).to.equal(true);
    expect(own.stream!.hasAudio, 'excluded').to.be.true;
    expect(theirs.stream!.hasAudio).to.be.false;
    expect(ada.audio, 'a participant of every session is in this one too').to.be.false;
    expect(far.audio, 'another session').to.be.true;
    expect(sim.calls.at(-1)).to.deep.include({ method: 'forceMuteAll' });
  });

  it("forceMuteAll() without exclusions mutes the caller's own stream too", async () => {
    const { session: mod, publisher: own } = await publishing(sim, 'room', token('moderator', 'Mod'));
    const muted = watch([], 'own', own, ['muteForced']);
    await mod.forceMuteAll();
    expect(muted).to.have.length(1);
    expect(own.stream!.hasAudio).to.be.false;
  });

  it('after forceMuteAll, later streams start muted, late joiners hear muteForced; disableForceMute ends that', async () => {
    const mod = await moderator();
    await mod.forceMuteAll();
    expect(sim.addParticipant({ name: 'Late' }).audio, 'a participant joins muted').to.be.false;
    const late = sim.OT.initSession('app', 'room');
    const order: string[] = [];
    for (const type of ['sessionConnected', 'connectionCreated', 'muteForced']) late.on(type, (event: { active?: boolean }) => order.push(type + (type === 'muteForced' ? `:${event.active}` : '')));
    await new Promise<void>((resolve, reject) => late.connect(token(), (error) => (error ? reject(error) : resolve())));
    expect(order[0]).to.equal('sessionConnected');
    expect(order.at(-1)).to.equal('muteForced:true');
    const pub = await publisher(sim);
    const events: string[] = [];
    pub.on('muteForced', () => events.push(`muteForced:${pub.stream ? 'published' : 'not yet published'}`));
    pub.on('streamCreated', (event) => events.push(`streamCreated:hasAudio=${event.stream.hasAudio}`));
    await publish(late, pub);
    expect(events).to.deep.equal(['muteForced:not yet published', 'streamCreated:hasAudio=false']);
    const lifted = watch([], 'mod', mod, ['muteForced']);
    await mod.disableForceMute();
    expect(lifted.map((entry) => entry.event.active)).to.deep.equal([false]);
    expect(sim.addParticipant({ name: 'Later' }).audio).to.be.true;
  });

  it('forceDisconnect of a participant: others see streamDestroyed, then connectionDestroyed, reason forceDisconnected', async () => {
    const mod = await moderator();
    const other = await connected(sim);
    const ada = sim.addParticipant({ name: 'Ada' });
    const seen = watch([], 'other', other, ['streamDestroyed', 'connectionDestroyed']);
    let callbackArgs: unknown[] | undefined;
    await mod.forceDisconnect(streamIn(mod, ada.streamId!).connection, (...args: unknown[]) => (callbackArgs = args));
    expect(callbackArgs).to.deep.equal([]);
    expect(seen.map((entry) => [entry.via, entry.event.reason])).to.deep.equal([
      ['other:streamDestroyed', 'forceDisconnected'],
      ['other:connectionDestroyed', 'forceDisconnected'],
    ]);
    expect(sim.participants()).to.have.length(0);
    expect(sim.calls.at(-1)).to.deep.include({ target: 'session', method: 'forceDisconnect' });
  });

  it('forceDisconnect of another local session (by connection ID): it ends with reason forceDisconnected', async () => {
    const mod = await moderator();
    const { session: target, publisher: pub } = await publishing(sim);
    const ended = watch([], 'target', target, ['sessionDisconnected']);
    watch(ended, 'publisher', pub, ['streamDestroyed']);
    const left = watch([], 'mod', mod, ['connectionDestroyed']);
    await mod.forceDisconnect(target.connection!.connectionId);
    expect(ended.map((entry) => [entry.via, entry.event.reason])).to.deep.equal([
      ['target:sessionDisconnected', 'forceDisconnected'],
      ['publisher:streamDestroyed', 'forceDisconnected'],
    ]);
    expect(left.map((entry) => entry.event.reason)).to.deep.equal(['forceDisconnected']);
    expect(target.currentState).to.equal('disconnected');
  });
});

describe('OT simulator: a moderator outside the page', () => {
  it('forceMuteStream / forceMuteAll / disableForceMute controls act like a remote moderator', async () => {
    const { session, publisher: pub } = await publishing(sim);
    const ada = sim.addParticipant({ name: 'Ada' });
    await wait(20);
    const seen = watch([], 'publisher', pub, ['muteForced']);
    watch(seen, 'session', session, ['muteForced']);
    sim.forceMuteStream(pub.stream!.streamId);
    expect(seen.map((entry) => entry.via)).to.deep.equal(['publisher:muteForced']);
    expect(() => sim.forceMuteStream('nope')).to.throw(/No stream/);
    sim.forceMuteAll({ sessionId: 'room', excludedStreamIds: [pub.stream!.streamId] });
    expect(ada.audio).to.be.false;
    expect(seen.map((entry) => entry.via)).to.deep.equal(['publisher:muteForced', 'session:muteForced']);
    sim.disableForceMute('room');
    expect(seen.at(-1)!.event.active).to.equal(false);
    expect(sim.calls.some((call) => call.method.startsWith('force')), 'controls are not SDK calls').to.be.false;
  });
});
