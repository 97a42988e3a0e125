import { expect } from '@open-wc/testing';
import { createSimulator, type Simulator } from '../../src/testing/index.js';
import { connected, publishing, token, wait, watch } from './sim-helpers.js';

let sim: Simulator;

beforeEach(() => {
  sim = createSimulator({ audioLevelIntervalMs: 20 });
});

afterEach(() => {
  sim.dispose();
});

describe('OT simulator: archives', () => {
  it('startArchive({ name, sessionId }): archiveStarted { id, name, status, archive } on the connected sessions it records', async () => {
    const a = await connected(sim);
    const b = await connected(sim);
    const other = await connected(sim, 'other');
    const notYet = sim.OT.initSession('app', 'room');
    const seen = watch([], 'a', a, ['archiveStarted', 'archiveStopped']);
    watch(seen, 'b', b, ['archiveStarted']);
    watch(seen, 'other', other, ['archiveStarted']);
    watch(seen, 'notYet', notYet, ['archiveStarted']);
    const id = sim.startArchive({ name: 'Weekly', sessionId: 'room' });
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    expect(seen.map((entry) => entry.via), 'synchronously, room only').to.deep.equal(['a:archiveStarted', 'b:archiveStarted']);
    const event = seen[0].event;
    expect(event).to.include({ type: 'archiveStarted', id, name: 'Weekly', status: 'started', target: a });
    expect(event.archive).to.deep.equal({ id, name: 'Weekly', status: 'started' });
    expect(sim.archives()).to.deep.equal([{ id, name: 'Weekly', sessionId: 'room', createdAt: sim.archives()[0].createdAt }]);
  });

  it('startArchive() records every session, with the name ""; stopArchive(id) emits archiveStopped', async () => {
    const a = await connected(sim);
    const other = await connected(sim, 'other');
    const seen = watch([], 'a', a, ['archiveStarted', 'archiveStopped']);
    watch(seen, 'other', other, ['archiveStarted', 'archiveStopped']);
    const id = sim.startArchive();
    expect(sim.archives()[0]).to.include({ id, name: '', sessionId: '*' });
    sim.stopArchive(id);
    expect(seen.map((entry) => entry.via)).to.deep.equal(['a:archiveStarted', 'other:archiveStarted', 'a:archiveStopped', 'other:archiveStopped']);
    expect(seen[2].event).to.include({ type: 'archiveStopped', id, name: '', status: 'stopped' });
    expect(seen[2].event.archive).to.deep.equal({ id, name: '', status: 'stopped' });
    expect(sim.archives()).to.deep.equal([]);
    expect(() => sim.stopArchive(id), 'no longer running').to.throw(/no running archive/);
  });

  it('one archive per session at a time (the Video API answers 409); stopArchive() stops them all', async () => {
    const a = await connected(sim);
    const b = await connected(sim, 'other');
    const first = sim.startArchive({ sessionId: 'room' });
    expect(() => sim.startArchive({ sessionId: 'room' })).to.throw(/already being recorded/);
    expect(() => sim.startArchive(), 'every session includes this one').to.throw(/already being recorded/);
    const second = sim.startArchive({ sessionId: 'other', name: 'B' });
    expect(sim.archives().map((archive) => archive.id)).to.deep.equal([first, second]);
    const stopped = watch([], 'a', a, ['archiveStopped']);
    watch(stopped, 'b', b, ['archiveStopped']);
    sim.stopArchive();
    expect(stopped.map((entry) => [entry.via, entry.event.id])).to.deep.equal([
      ['a:archiveStopped', first],
      ['b:archiveStopped', second],
    ]);
    expect(sim.archives()).to.have.length(0);
    expect(() => sim.stopArchive(), 'nothing running: nothing to do').not.to.throw();
  });

  it('a session joining while recording gets archiveStarted after sessionConnected and the replay of who is there', async () => {
    await publishing(sim, 'room');
    sim.addParticipant({ name: 'Ada' });
    const id = sim.startArchive({ sessionId: 'room', name: 'Late' });
    const late = sim.OT.initSession('app', 'room');
    const order: string[] = [];
    for (const type of ['sessionConnected', 'connectionCreated', 'streamCreated', 'archiveStarted']) late.on(type, () => order.push(type));
    let archive: { id?: string; name?: string } = {};
    late.on('archiveStarted', (event) => (archive = event));
    await new Promise<void>((resolve, reject) =>
      late.connect(token(), (error) => {
        order.push('callback');
        if (error) reject(error);
        else resolve();
      }),
    );
    expect(order).to.deep.equal([
      'sessionConnected',
      'callback',
      'connectionCreated',
      'connectionCreated',
      'connectionCreated',
      'streamCreated',
      'streamCreated',
      'archiveStarted',
    ]);
    expect(archive).to.include({ id, name: 'Late' });
    sim.stopArchive(id);
    const again = sim.OT.initSession('app', 'room');
    const after = watch([], 'again', again, ['archiveStarted']);
    await new Promise<void>((resolve) => again.connect(token(), () => resolve()));
    await wait(10);
    expect(after, 'nothing runs any more').to.have.length(0);
  });

  it('reset() forgets running archives, without events', async () => {
    const a = await connected(sim);
    sim.startArchive({ sessionId: 'room' });
    const stopped = watch([], 'a', a, ['archiveStopped']);
    sim.reset();
    expect(sim.archives()).to.deep.equal([]);
    expect(stopped).to.have.length(0);
    expect(() => sim.startArchive({ sessionId: 'room' }), 'free to record again').not.to.throw();
  });
});
