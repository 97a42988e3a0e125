import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  cleanup,
  control,
  joined,
  lastTokenRequest,
  mountRoom,
  newSimulator,
  recordEvents,
  requestKey,
  shadow,
  statusText,
  tileNames,
  tiles,
  videoPlaying,
  waitFor,
} from '../support/room-fixture.js';

describe('<video-room> joining a room', () => {
  afterEach(cleanup);

  it('shows a join screen with the name prefilled, then joins with the name typed in', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper', sessionId: 'sim-standup' });
    const key = requestKey();
    const element = mountRoom({ sim, endpoint: `/test-token?key=${key}`, attributes: { room: 'standup', 'display-name': 'Ada' } });
    await element.updateComplete;

    expect(element.state).to.equal('idle');
    expect(element.getAttribute('state')).to.equal('idle');
    const form = shadow(element).querySelector('[part="join-screen"]')!;
    const input = form.querySelector('input')!;
    expect(input.value).to.equal('Ada');
    expect(input.labels?.[0]?.textContent).to.contain('Your name');
    expect(shadow(element).querySelector('slot[name="join"]')).to.exist;
    expect(sim.calls.length, 'no SDK call before joining').to.equal(0);

    input.value = 'Ada Lovelace';
    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected');
    await waitFor(() => tiles(element).length === 2, 'two tiles');
    expect(tileNames(element)).to.have.members(['Ada Lovelace (You)', 'Grace Hopper']);
    expect(element.localParticipant?.name).to.equal('Ada Lovelace');
    expect((await lastTokenRequest(key))?.room).to.equal('standup');
  });

  it('joins on Enter in the name field, but not on the Enter that ends an input method composition', async () => {
    const key = requestKey();
    const element = mountRoom({ sim: newSimulator(), endpoint: `/test-token?key=${key}` });
    await element.updateComplete;
    const input = shadow(element).querySelector<HTMLInputElement>('[part~="join-screen"] input[name="display-name"]')!;
    input.value = 'Kenji';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
    await element.updateComplete;
    expect(element.state, 'composition Enter').to.equal('idle');

    input.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.state === 'connected', 'connected');
    expect(element.localParticipant?.name).to.equal('Kenji');
    expect((await lastTokenRequest(key))?.count, 'one token request').to.equal(1);
  });

  it('autojoins and shows four tiles with names and live video for three remote participants', async () => {
    const sim = newSimulator();
    const names = ['Grace Hopper', 'Alan Turing', 'Katherine Johnson'];
    for (const name of names) sim.addParticipant({ name });
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { autojoin: true, 'display-name': 'Ada' } });

    await waitFor(() => element.state === 'connected', 'connected');
    await waitFor(() => tiles(element).length === 4 && tiles(element).every(videoPlaying), 'four playing tiles', 10_000);
    expect(tileNames(element)).to.have.members(['Ada (You)', ...names]);
    expect(shadow(element).querySelector('[part="join-screen"]')).to.be.null;

    const local = tiles(element).find((tile) => tile.dataset.local === 'true')!;
    expect(local.getAttribute('part')!.split(' ')).to.include.members(['tile', 'local', 'camera']);
    expect(local.shadowRoot!.querySelector('video')!.classList.contains('mirrored'), 'local camera mirrored').to.be.true;
    const remote = tiles(element).find((tile) => tile.dataset.local === 'false')!;
    expect(remote.getAttribute('part')!.split(' ')).to.include.members(['tile', 'remote', 'camera']);
    expect(remote.shadowRoot!.querySelector('video')!.classList.contains('mirrored'), 'remote not mirrored').to.be.false;
    for (const tile of tiles(element)) {
      expect(tile.dataset.participantId).to.be.a('string').and.not.empty;
      expect(tile.dataset.streamId).to.be.a('string').and.not.empty;
      expect(tile.dataset.kind).to.equal('camera');
      expect(tile.dataset.audioMuted).to.equal('false');
      expect(tile.dataset.videoMuted).to.equal('false');
    }
    expect(element.participants.map((participant) => participant.name)).to.have.members(['Ada', ...names]);
    expect(element.session).to.exist;

    const subscribes = sim.calls.filter((call) => call.method === 'subscribe');
    expect(subscribes).to.have.length(3);
    const publishOptions = sim.calls.find((call) => call.method === 'initPublisher')!.args[1] as { insertDefaultUI: boolean };
    expect(publishOptions.insertDefaultUI).to.equal(false);
  });

  it('fires joined, participant, stream, left events with their details, bubbling to the document', async () => {
    const sim = newSimulator();
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    const recorder = recordEvents(document);
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { room: 'events', 'display-name': 'Ada' } });
    await joined(element);
    await waitFor(() => recorder.of('vr-stream-added').length === 1, 'stream added');

    const [joinedDetail] = recorder.of('vr-joined');
    expect(joinedDetail.sessionId).to.equal('sim-events');
    expect(joinedDetail.connectionId).to.equal(element.localParticipant!.id);
    expect(recorder.of('vr-participant-joined')).to.deep.equal([{ participant: { id: grace.connectionId, name: 'Grace Hopper', isLocal: false, handRaised: false } }]);
    expect(recorder.of('vr-stream-added')).to.deep.equal([{ participantId: grace.connectionId, streamId: grace.streamId, kind: 'camera' }]);
    expect(recorder.of('vr-state-change')).to.deep.equal([
      { state: 'joining', previousState: 'idle' },
      { state: 'connected', previousState: 'joining' },
    ]);

    const alan = sim.addParticipant({ name: 'Alan Turing' });
    await waitFor(() => tiles(element).length === 3, 'third tile');
    sim.removeParticipant(alan.connectionId);
    await waitFor(() => tiles(element).length === 2, 'back to two tiles');
    expect(recorder.of('vr-stream-removed')).to.deep.equal([{ participantId: alan.connectionId, streamId: alan.streamId, kind: 'camera' }]);
    expect(recorder.of('vr-participant-left')).to.deep.equal([{ participant: { id: alan.connectionId, name: 'Alan Turing', isLocal: false, handRaised: false } }]);

    control(element, 'leave').click();
    await waitFor(() => element.state === 'left', 'left');
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'user' }]);
    await element.updateComplete;
    expect(shadow(element).textContent).to.contain('You left the call.');
    expect(shadow(element).querySelector('slot[name="left"]')).to.exist;
    expect(sim.liveTracks(), 'camera released').to.equal(0);
    expect(sim.liveListeners(), 'listeners removed').to.equal(0);

    control(element, 'rejoin').click();
    await waitFor(() => element.state === 'connected' && tiles(element).length === 2, 'rejoined');
    recorder.stop();
  });

  it('shows the empty slot while alone and hides it when someone joins', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { autojoin: true } });
    await waitFor(() => element.state === 'connected', 'connected');
    await element.updateComplete;
    const emptySlot = () => shadow(element).querySelector('slot[name="empty"]');
    expect(emptySlot()?.textContent).to.equal('Waiting for others to join…');
    sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => tiles(element).length === 2, 'second tile');
    await element.updateComplete;
    expect(emptySlot()).to.be.null;
  });

  it('starts one attempt when join() is called twice while joining', async () => {
    const sim = newSimulator();
    const key = requestKey();
    const element = mountRoom({ sim, endpoint: `/test-token?key=${key}&delay=200` });
    const first = element.join();
    const second = element.join();
    expect(first).to.equal(second);
    await Promise.all([first, second]);
    expect(element.state).to.equal('connected');
    expect((await lastTokenRequest(key))?.count).to.equal(1);
    expect(sim.calls.filter((call) => call.method === 'initSession')).to.have.length(1);
    expect(sim.calls.filter((call) => call.method === 'connect')).to.have.length(1);
  });

  it('puts two elements in different rooms on one page, each seeing its own room', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Only In Red', sessionId: 'sim-red' });
    sim.addParticipant({ name: 'Only In Blue', sessionId: 'sim-blue' });
    const red = mountRoom({ sim, endpoint: '/test-token', attributes: { room: 'red', 'display-name': 'Ada', autojoin: true } });
    const blue = mountRoom({ sim, endpoint: '/test-token', attributes: { room: 'blue', 'display-name': 'Bob', autojoin: true } });
    await waitFor(() => tiles(red).length === 2 && tiles(blue).length === 2, 'both rooms joined');
    expect(tileNames(red)).to.have.members(['Ada (You)', 'Only In Red']);
    expect(tileNames(blue)).to.have.members(['Bob (You)', 'Only In Blue']);
    await red.leave();
    expect(blue.state).to.equal('connected');
    expect(tiles(blue)).to.have.length(2);
  });

  it('lets two elements in the same room see each other', async () => {
    const sim = newSimulator();
    const ada = mountRoom({ sim, endpoint: '/test-token', attributes: { room: 'pair', 'display-name': 'Ada', autojoin: true } });
    const bob = mountRoom({ sim, endpoint: '/test-token', attributes: { room: 'pair', 'display-name': 'Bob', autojoin: true } });
    await waitFor(() => tileNames(ada).includes('Bob') && tileNames(bob).includes('Ada'), 'both see each other by name');
    expect(tileNames(ada)).to.have.members(['Ada (You)', 'Bob']);
    expect(ada.participants.map((participant) => participant.name)).to.have.members(['Ada', 'Bob']);
    await waitFor(() => tiles(ada).every(videoPlaying), 'Bob’s video plays for Ada', 10_000);
  });

  it('shows a joining status while the token request is pending', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token?delay=400', attributes: { autojoin: true } });
    await element.updateComplete;
    expect(element.state).to.equal('joining');
    expect(statusText(element)).to.contain('Joining');
    expect(shadow(element).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
    await waitFor(() => element.state === 'connected', 'connected');
    await element.updateComplete;
    expect(statusText(element)).to.not.contain('Joining');
  });
});
