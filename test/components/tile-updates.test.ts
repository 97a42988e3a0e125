// Speaking and muting among many people update that one tile: the element itself does not render
// (its cost would grow with every tile, hidden ones too), unless something else shows the change.
import { expect } from '@open-wc/testing';
import type { VideoRoomElement } from '../../src/define.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, tileFor, tiles, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

const PEOPLE = 30;

/** How many times `element` rendered from now on. */
function countRenders(element: VideoRoomElement): () => number {
  let renders = 0;
  const update = element['update'].bind(element);
  Object.defineProperty(element, 'update', { value: (...args: Parameters<typeof update>) => ((renders += 1), update(...args)), configurable: true });
  return () => renders;
}

async function bigCall(endpoint = '/test-token') {
  const sim = newSimulator();
  const people = Array.from({ length: PEOPLE }, (_, index) => sim.addParticipant({ name: `Person ${index + 1}` }));
  const element = mountRoom({ sim, endpoint, attributes: { 'display-name': 'Ada', layout: 'grid' } });
  element.style.width = '1280px';
  element.style.height = '800px';
  await joined(element);
  await waitFor(() => tiles(element).length === PEOPLE + 1 && tiles(element).every((tile) => tile.dataset.audioMuted === 'false' || tile.dataset.local === 'true'), 'every tile');
  // Quiet: the first quality and speaking reports have arrived.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const visible = people.find((person) => !tileFor(element, person.connectionId)!.hidden)!;
  return { sim, element, person: visible.connectionId };
}

describe('<video-room> a change only one tile shows', () => {
  it('mute and unmute among 31 tiles: that tile changes, the element does not render', async () => {
    const { sim, element, person } = await bigCall();
    const renders = countRenders(element);
    sim.setParticipantAudio(person, false);
    await waitFor(() => tileFor(element, person)!.dataset.audioMuted === 'true', 'muted on the tile');
    const tile = tileFor(element, person)!;
    expect(tile.getAttribute('part')).to.contain('audio-muted');
    expect(tile.shadowRoot!.querySelector('.muted')?.getAttribute('aria-label')).to.equal('Microphone muted');
    sim.setParticipantAudio(person, true);
    await waitFor(() => tileFor(element, person)!.dataset.audioMuted === 'false', 'unmuted on the tile');
    expect(tile.getAttribute('part')).not.to.contain('audio-muted');
    expect(renders(), 'renders of <video-room>').to.equal(0);
    expect(element.participants.length, 'the API reads the latest state').to.equal(PEOPLE + 1);
  });

  it('speaking among 31 tiles rings that tile without a render of the element; the active speaker is reported', async () => {
    const { sim, element, person } = await bigCall();
    const renders = countRenders(element);
    sim.speak(person);
    await waitFor(() => tileFor(element, person)!.dataset.speaking === 'true', 'speaking on the tile');
    expect(tileFor(element, person)!.getAttribute('part')).to.contain('speaking');
    await waitFor(() => element.activeSpeakerId === person, 'the active speaker');
    expect(renders(), 'renders of <video-room>').to.equal(0);
  });

  it('with the people panel open, a mute shows in its row (the element renders for it)', async () => {
    const { sim, element, person } = await bigCall();
    control(element, 'participants').click();
    await element.updateComplete;
    const row = () => shadow(element).querySelector<HTMLElement>(`[part~="participant"][data-participant-id="${person}"]`);
    expect(row()?.dataset.audioMuted).to.equal('false');
    sim.setParticipantAudio(person, false);
    await waitFor(() => row()?.dataset.audioMuted === 'true', 'muted in the people panel');
    expect(tileFor(element, person)!.dataset.audioMuted).to.equal('true');
  });

  it('a moderator’s mute button leaves the tile of someone who muted themselves', async () => {
    const { sim, element, person } = await bigCall('/test-token?session=tiles-mod&role=moderator');
    const muteButton = () => tileFor(element, person)!.querySelector('[part~="mute-participant"]');
    await waitFor(() => muteButton() !== null, 'mute button on an unmuted tile');
    sim.setParticipantAudio(person, false);
    await waitFor(() => muteButton() === null, 'no mute button once muted');
  });
});
