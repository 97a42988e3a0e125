// What <video-room> tells screen reader users in its polite live region: who joined and left
// (batched when many come at once, never the user's own arrival or the room as they found it),
// and raised hands.
import { expect } from '@open-wc/testing';
import { ANNOUNCE_BATCH_MS, ANNOUNCE_SETTLE_MS } from '../../src/components/video-room/announcer.js';
import type { VideoRoomElement } from '../../src/define.js';
import { cleanup, joined, mountRoom, newSimulator, shadow, waitFor, type Simulator } from '../support/room-fixture.js';

afterEach(cleanup);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const region = (element: Element) => shadow(element).querySelector<HTMLElement>('.announcer')!;
/** Each message is its own node in the region, so screen readers read each addition once. */
const said = (element: Element) => [...region(element).querySelectorAll('p')].map((node) => node.textContent.trim());

/** A joined room, past the moment the SDK reports who was already there. */
async function settledCall(sim: Simulator, attributes: Record<string, string | boolean> = {}): Promise<VideoRoomElement> {
  const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada', ...attributes } });
  await joined(element);
  await settle(ANNOUNCE_SETTLE_MS + 100);
  return element;
}

describe('<video-room> announcements', () => {
  it('is a polite status region, silent about the user joining and about who was already there', async () => {
    const sim = newSimulator();
    sim.addParticipant({ name: 'Grace Hopper' });
    sim.addParticipant({ name: 'Alan Turing' });
    const element = await settledCall(sim);
    await waitFor(() => element.participants.length === 3, 'everyone in');
    expect(region(element).getAttribute('role')).to.equal('status');
    expect(region(element).getAttribute('aria-live')).to.equal('polite');
    await settle(ANNOUNCE_BATCH_MS + 100);
    expect(said(element)).to.deep.equal([]);
  });

  it('tells who joined and who left', async () => {
    const sim = newSimulator();
    const element = await settledCall(sim);
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => said(element).length === 1, 'an announcement');
    expect(said(element)).to.deep.equal(['Grace Hopper joined']);
    sim.removeParticipant(grace.connectionId);
    await waitFor(() => said(element).length === 2, 'a second one');
    expect(said(element)).to.deep.equal(['Grace Hopper joined', 'Grace Hopper left']);
    // The same words again are a new node: read again, not swallowed as "no change".
    sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => said(element).length === 3, 'a third one');
    expect(said(element)).to.deep.equal(['Grace Hopper joined', 'Grace Hopper left', 'Grace Hopper joined']);
  });

  it('batches many arrivals into one message', async () => {
    const sim = newSimulator();
    const element = await settledCall(sim);
    for (const name of ['Grace', 'Alan', 'Linus', 'Barbara', 'Edsger']) sim.addParticipant({ name });
    await waitFor(() => said(element).length > 0, 'an announcement');
    await settle(ANNOUNCE_BATCH_MS + 100);
    expect(said(element)).to.deep.equal(['5 people joined']);
    for (const person of sim.participants().slice(0, 2)) sim.removeParticipant(person.connectionId);
    await waitFor(() => said(element).length === 2, 'departures');
    expect(said(element)[1]).to.equal('2 people left');
  });

  it('tells when someone raises their hand, but not the user’s own hand', async () => {
    const sim = newSimulator();
    const element = await settledCall(sim);
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => said(element).length === 1, 'Grace joined');
    sim.raiseHand(grace.connectionId, true);
    await waitFor(() => said(element).length === 2, 'hand announced');
    expect(said(element)[1]).to.equal('Grace Hopper raised their hand');
    await element.raiseHand();
    await settle(ANNOUNCE_BATCH_MS + 100);
    expect(said(element)).to.have.length(2);
  });

  it('says nothing more once the call ended, and starts empty next time', async () => {
    const sim = newSimulator();
    const element = await settledCall(sim);
    sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => said(element).length === 1, 'Grace joined');
    await element.leave();
    await element.updateComplete;
    expect(said(element)).to.deep.equal([]);
    await element.join();
    await settle(ANNOUNCE_SETTLE_MS + ANNOUNCE_BATCH_MS + 100);
    expect(said(element), 'Grace was already there').to.deep.equal([]);
  });

  it('follows the strings', async () => {
    const sim = newSimulator();
    const element = await settledCall(sim, {});
    element.strings = { participantJoined: (name) => `${name} est arrivé·e`, peopleJoined: (count) => `${count} personnes sont arrivées` };
    sim.addParticipant({ name: 'Grace' });
    await waitFor(() => said(element).length === 1, 'one');
    sim.addParticipant({ name: 'Alan' });
    sim.addParticipant({ name: 'Linus' });
    await waitFor(() => said(element).length === 2, 'two');
    expect(said(element)).to.deep.equal(['Grace est arrivé·e', '2 personnes sont arrivées']);
  });
});
