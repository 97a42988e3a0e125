import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  cleanup,
  joined,
  lastTokenRequest,
  mountRoom,
  newSimulator,
  recordEvents,
  requestKey,
  shadow,
  tileNames,
  tiles,
  videoPlaying,
  waitFor,
} from '../support/room-fixture.js';

const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<video-room> lifecycle and cleanup', () => {
  afterEach(cleanup);

  it('removed while the token request is pending: never connects and leaves nothing behind', async () => {
    const sim = newSimulator();
    const key = requestKey();
    const element = mountRoom({ sim, endpoint: `/test-token?key=${key}&delay=300`, attributes: { autojoin: true } });
    const left: unknown[] = [];
    element.addEventListener('vr-left', (event) => left.push(event.detail));
    await element.updateComplete;
    expect(element.state).to.equal('joining');
    element.remove();
    await settle(600);
    expect((await lastTokenRequest(key))?.count ?? 0).to.be.at.most(1);
    expect(sim.calls.filter((call) => call.method === 'connect'), 'late token ignored').to.have.length(0);
    expect(sim.sessions()).to.have.length(0);
    expect(sim.liveTracks()).to.equal(0);
    expect(sim.liveListeners()).to.equal(0);
    expect(left).to.deep.equal([{ reason: 'removed' }]);
  });

  it('removed while connecting (camera starting): releases the camera and the session', async () => {
    const sim = newSimulator();
    sim.setConnectDelay(300);
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { autojoin: true } });
    await waitFor(() => sim.calls.some((call) => call.method === 'connect'), 'connect started');
    element.remove();
    await settle(600);
    expect(sim.liveTracks()).to.equal(0);
    expect(sim.liveListeners()).to.equal(0);
    expect(sim.sessions().filter((session) => session.connection)).to.have.length(0);
  });

  it('removed while connected: fires vr-left "removed" and releases everything', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    await waitFor(() => tiles(element).length === 2 && tiles(element).every(videoPlaying), 'playing');
    const left: unknown[] = [];
    element.addEventListener('vr-left', (event) => left.push(event.detail));
    element.remove();
    await settle();
    expect(left).to.deep.equal([{ reason: 'removed' }]);
    expect(element.state).to.equal('left');
    expect(sim.liveTracks()).to.equal(0);
    expect(sim.liveListeners()).to.equal(0);
    expect(sim.calls.some((call) => call.method === 'disconnect')).to.be.true;
  });

  it('keeps the call when moved within the DOM', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token' });
    await joined(element);
    await waitFor(() => tiles(element).length === 2, 'two tiles');
    const otherParent = document.createElement('section');
    document.body.append(otherParent);
    otherParent.append(element);
    await settle();
    expect(element.state).to.equal('connected');
    expect(sim.calls.filter((call) => call.method === 'connect')).to.have.length(1);
    expect(sim.calls.some((call) => call.method === 'disconnect')).to.be.false;
    await waitFor(() => tiles(element).every(videoPlaying), 'video still plays after the move');
    otherParent.remove();
  });

  it('leaves nothing behind after 50 join/leave cycles, and removed elements are garbage-collected', async function () {
    this.timeout(120_000);
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    sim.setConnectDelay(0);
    const cycle = async () => {
      const element = mountRoom({ sim, endpoint: '/test-token' });
      await joined(element);
      await waitFor(() => tiles(element).length === 2, 'two tiles');
      await element.leave();
      element.remove();
    };
    for (let index = 0; index < 50; index++) await cycle();
    await cleanup(); // forget the fixture's references
    // Let pending SDK callbacks and timers run out before counting.
    await settle(300);
    expect(sim.liveListeners(), 'SDK listeners').to.equal(0);
    expect(sim.liveTracks(), 'media tracks').to.equal(0);
    const live = await executeServerCommand<number, { prototype: string }>('count-live-instances', {
      prototype: 'customElements.get("video-room").prototype',
    });
    expect(live, 'live <video-room> instances').to.equal(0);
  });
});

describe('<video-room> security', () => {
  afterEach(cleanup);

  it('renders names from the network as text', async () => {
    const sim = newSimulator();
    const hostile = '<img src=x onerror="window.__pwned=true">Mallory';
    sim.addParticipant({ name: hostile });
    sim.addParticipant({ name: 'Eve', data: JSON.stringify({ name: '<b>bold</b>' }), publish: false });
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': '<script>x()</script>' } });
    await joined(element);
    await waitFor(() => tiles(element).length === 3, 'three tiles');
    await settle();
    expect(tileNames(element)).to.include.members([hostile, '<b>bold</b>', '<script>x()</script> (You)']);
    for (const tile of tiles(element)) {
      expect(tile.shadowRoot!.querySelector('img, b, script')).to.be.null;
    }
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });

  it('never puts the token in the DOM, attributes, event details or SDK call records', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    const token = 'SECRET-TOKEN-4b1d';
    const recorder = recordEvents();
    const element = mountRoom({
      sim,
      setup: (room) => {
        room.tokenProvider = async () => ({ applicationId: 'app', sessionId: 'sim-secret', token });
      },
    });
    await joined(element);
    await element.leave();
    const seen = [
      document.documentElement.outerHTML,
      shadow(element).innerHTML,
      ...tiles(element).map((tile) => tile.shadowRoot!.innerHTML),
      JSON.stringify(recorder.events),
      JSON.stringify(sim.calls),
      [...element.attributes].map((attribute) => attribute.value).join(' '),
    ].join('\n');
    expect(seen).to.not.contain(token);
    expect(sim.calls.find((call) => call.method === 'connect')!.args[0]).to.equal('[token]');
    recorder.stop();
  });
});
