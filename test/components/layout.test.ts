import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import {
  cleanup,
  control,
  joined,
  mountRoom,
  newSimulator,
  recordEvents,
  shadow,
  tileFor,
  tiles,
  waitFor,
  type Simulator,
} from '../support/room-fixture.js';

const area = (tile: HTMLElement) => tile.offsetWidth * tile.offsetHeight;
const visibleTiles = (element: Element) => tiles(element).filter((tile) => !tile.hidden);
const largest = (element: Element) => visibleTiles(element).reduce((best, tile) => (area(tile) > area(best) ? tile : best));
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function roomWith(sim: Simulator, names: string[], attributes: Record<string, string | boolean> = {}): Promise<VideoRoomElement> {
  for (const name of names) sim.addParticipant({ name });
  const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada', ...attributes } });
  await joined(element);
  await waitFor(() => tiles(element).length === names.length + 1, 'all tiles');
  await settle(50);
  return element;
}

/** Stream IDs whose subscriber currently receives video. */
const receivingVideo = (sim: Simulator) =>
  new Set(
    sim
      .subscribers()
      .filter((subscriber) => subscriber.subscribeToVideo)
      .map((subscriber) => subscriber.streamId),
  );

describe('<video-room> layouts', () => {
  afterEach(cleanup);

  it('speaker layout: the active speaker is large, everyone else in the filmstrip; never the local user', async () => {
    const sim = newSimulator();
    const recorder = recordEvents();
    const element = await roomWith(sim, ['Grace Hopper', 'Alan Turing', 'Katherine Johnson'], { layout: 'speaker' });
    const alan = sim.participants().find((participant) => participant.name === 'Alan Turing')!;
    sim.speak(alan.connectionId);
    await waitFor(() => element.activeSpeakerId === alan.connectionId, 'Alan is the active speaker');
    await waitFor(() => largest(element) === tileFor(element, alan.connectionId), 'Alan is large');
    expect(recorder.of('vr-active-speaker-change')).to.deep.equal([{ participantId: alan.connectionId }]);
    const local = tiles(element).find((tile) => tile.dataset.local === 'true')!;
    expect(area(local)).to.be.below(area(largest(element)) / 4);
    expect(shadow(element).querySelector('.stage')!.getAttribute('data-arrangement')).to.equal('speaker');
    recorder.stop();
  });

  it('presentation: a screen share takes the large area in auto layout, not mirrored and contained', async () => {
    const sim = newSimulator();
    const element = await roomWith(sim, ['Grace Hopper', 'Alan Turing']);
    expect(shadow(element).querySelector('.stage')!.getAttribute('data-arrangement')).to.equal('grid');
    const grace = sim.participants().find((participant) => participant.name === 'Grace Hopper')!;
    const screenId = sim.startScreenShare(grace.connectionId);
    await waitFor(() => tiles(element).some((tile) => tile.dataset.kind === 'screen'), 'screen tile');
    const screen = tiles(element).find((tile) => tile.dataset.kind === 'screen')!;
    expect(screen.dataset.streamId).to.equal(screenId);
    expect(screen.getAttribute('part')!.split(' ')).to.include.members(['tile', 'remote', 'screen']);
    await waitFor(() => largest(element) === screen, 'screen is large');
    expect(shadow(element).querySelector('.stage')!.getAttribute('data-arrangement')).to.equal('presentation');
    await waitFor(() => screen.shadowRoot!.querySelector('video')?.videoWidth, 'screen video plays');
    const video = screen.shadowRoot!.querySelector('video')!;
    expect(getComputedStyle(video).objectFit).to.equal('contain');
    expect(video.classList.contains('mirrored')).to.be.false;
    sim.stopScreenShare(grace.connectionId);
    await waitFor(() => !tiles(element).some((tile) => tile.dataset.kind === 'screen'), 'screen tile gone');
    expect(shadow(element).querySelector('.stage')!.getAttribute('data-arrangement')).to.equal('grid');
  });

  it('changing layout or size moves tiles without re-creating videos or re-subscribing', async () => {
    const sim = newSimulator();
    const element = await roomWith(sim, ['Grace Hopper', 'Alan Turing', 'Katherine Johnson']);
    await waitFor(() => tiles(element).every((tile) => tile.shadowRoot!.querySelector('video')), 'videos');
    const before = tiles(element).map((tile) => [tile, tile.shadowRoot!.querySelector('video')]);
    const subscribes = sim.calls.filter((call) => call.method === 'subscribe').length;
    const layoutEvents: unknown[] = [];
    element.addEventListener('vr-layout-change', (event) => layoutEvents.push(event.detail));

    control(element, 'layout-speaker').click();
    await waitFor(() => element.layout === 'speaker', 'speaker layout');
    element.style.width = '500px';
    await settle(100);
    await element.updateComplete;
    const after = tiles(element).map((tile) => [tile, tile.shadowRoot!.querySelector('video')]);
    expect(after).to.deep.equal(before);
    expect(sim.calls.filter((call) => call.method === 'subscribe').length).to.equal(subscribes);
    expect(layoutEvents).to.deep.equal([{ layout: 'speaker', pinnedParticipantId: null }]);
  });
});

describe('<video-room> pinning', () => {
  afterEach(cleanup);

  it('pins and unpins a tile from the keyboard, keeping it large until unpinned', async () => {
    const sim = newSimulator();
    const element = await roomWith(sim, ['Grace Hopper', 'Alan Turing', 'Katherine Johnson']);
    const recorder = recordEvents();
    const katherine = sim.participants().find((participant) => participant.name === 'Katherine Johnson')!;
    const tile = tileFor(element, katherine.connectionId)!;
    const pinButton = tile.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="pin"]')!;
    expect(pinButton.getAttribute('aria-label')).to.equal('Pin Katherine Johnson');
    expect(pinButton.getAttribute('aria-pressed')).to.equal('false');

    pinButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.pinnedParticipantId === katherine.connectionId, 'pinned');
    await element.updateComplete;
    await waitFor(() => largest(element) === tile, 'pinned tile is large');
    expect(tile.getAttribute('part')).to.contain('pinned');
    expect(pinButton.getAttribute('aria-pressed')).to.equal('true');
    expect(pinButton.getAttribute('aria-label'), 'the name stays; aria-pressed says it is pinned').to.equal('Pin Katherine Johnson');

    // Someone else speaking does not take the focus from a pinned tile.
    const grace = sim.participants().find((participant) => participant.name === 'Grace Hopper')!;
    sim.speak(grace.connectionId);
    await waitFor(() => element.activeSpeakerId === grace.connectionId, 'Grace speaks');
    await settle(100);
    expect(largest(element)).to.equal(tile);

    pinButton.focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => element.pinnedParticipantId === undefined, 'unpinned');
    expect(recorder.of('vr-layout-change')).to.deep.equal([
      { layout: 'auto', pinnedParticipantId: katherine.connectionId },
      { layout: 'auto', pinnedParticipantId: null },
    ]);
    recorder.stop();
  });

  it('pin() rejects for someone not in the call, and a pin is dropped when they leave', async () => {
    const sim = newSimulator();
    const element = await roomWith(sim, ['Grace Hopper', 'Alan Turing']);
    const error = await element.pin('nobody').catch((reason: Error) => reason);
    expect(error).to.have.property('code', 'invalid-configuration');
    const grace = sim.participants().find((participant) => participant.name === 'Grace Hopper')!;
    await element.pin(grace.connectionId);
    sim.removeParticipant(grace.connectionId);
    await waitFor(() => element.pinnedParticipantId === undefined, 'pin dropped');
  });
});

describe('<video-room> pagination and adaptive video', () => {
  afterEach(cleanup);

  const nine = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9'];

  it('pages tiles with max-tiles, operable from the keyboard, and receives video only for the page shown', async () => {
    const sim = newSimulator();
    const element = await roomWith(sim, nine, { 'max-tiles': '4' });
    const status = () => shadow(element).querySelector('.pager span')!.textContent.trim();
    expect(status()).to.equal('Page 1 of 3');
    expect(visibleTiles(element)).to.have.length(4);
    const pageOne = visibleTiles(element).map((tile) => tile.dataset.streamId);
    await waitFor(() => {
      const receiving = receivingVideo(sim);
      return receiving.size === 3 && pageOne.filter((id) => id && receiving.has(id)).length === 3;
    }, 'video only for the three remote tiles on page 1');

    control(element, 'next-page').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(status()).to.equal('Page 2 of 3');
    const pageTwo = visibleTiles(element).map((tile) => tile.dataset.streamId!);
    expect(pageTwo).to.have.length(4);
    expect(pageTwo.some((id) => pageOne.includes(id))).to.be.false;
    await waitFor(() => {
      const receiving = receivingVideo(sim);
      return receiving.size === 4 && pageTwo.every((id) => receiving.has(id));
    }, 'video follows the page');
    expect(control(element, 'previous-page').disabled).to.be.false;
    // Tiles on other pages stay in the DOM (hidden), so their audio keeps playing.
    expect(tiles(element)).to.have.length(10);
    expect(sim.subscribers().every((subscriber) => subscriber.subscribeToAudio)).to.be.true;
  });

  it('asks for a resolution that follows the tile size, and a lower frame rate for small tiles', async () => {
    const sim = newSimulator();
    const element = await roomWith(sim, ['Grace Hopper']);
    const grace = sim.participants()[0];
    const report = () => sim.subscribers().find((subscriber) => subscriber.streamId === grace.streamId)!;
    await waitFor(() => report().preferredResolution, 'first resolution');
    const tile = tileFor(element, grace.connectionId)!;
    const dpr = devicePixelRatio;
    expect(report().preferredResolution!.width).to.be.closeTo(Math.min(tile.offsetWidth * dpr, 640), 2);
    const firstRate = report().preferredFrameRate;

    const firstWidth = report().preferredResolution!.width;
    element.style.width = '200px';
    await waitFor(() => tile.offsetWidth < 240, 'smaller tile');
    await waitFor(() => Math.abs(report().preferredResolution!.width - tile.offsetWidth * dpr) <= 2, 'request follows the tile');
    expect(report().preferredResolution!.width).to.be.below(firstWidth);
    expect(report().preferredFrameRate).to.be.below(firstRate!);
  });

  it('turns video off for tiles scrolled out of the viewport and back on when scrolled in', async () => {
    const sim = newSimulator();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    try {
      const element = await roomWith(sim, ['Grace Hopper', 'Alan Turing']);
      await waitFor(() => receivingVideo(sim).size === 0, 'no video while out of view');
      element.scrollIntoView();
      await waitFor(() => receivingVideo(sim).size === 2, 'video once in view');
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('turns every remote video off after the page has been hidden a few seconds', async function () {
    this.timeout(15_000);
    const sim = newSimulator();
    await roomWith(sim, ['Grace Hopper', 'Alan Turing']);
    await waitFor(() => receivingVideo(sim).size === 2, 'video on');
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setHidden(true);
      await settle(1000);
      expect(receivingVideo(sim).size, 'a quick tab switch keeps video').to.equal(2);
      await waitFor(() => receivingVideo(sim).size === 0, 'video off while hidden', 5000);
      expect(sim.subscribers().every((subscriber) => subscriber.subscribeToAudio), 'audio stays').to.be.true;
      setHidden(false);
      await waitFor(() => receivingVideo(sim).size === 2, 'video back');
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });
});
