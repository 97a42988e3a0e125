// The people panel and the More menu inside a real <video-room>, against the simulator.
import { expect } from '@open-wc/testing';
import { cleanup, control, mountRoom, joined, newSimulator, shadow, startCall, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

const rows = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[part~="participant"]')];
const rowNames = (element: Element) => rows(element).map((row) => row.dataset.participantId);

describe('<video-room> people panel', () => {
  it('lists raised hands first (earliest first), then you, then join order, with the count on its control', async () => {
    const { sim, element } = await startCall({ 'display-name': 'Ada' });
    const grace = sim.addParticipant({ name: 'Grace' });
    const alan = sim.addParticipant({ name: 'Alan' });
    const linus = sim.addParticipant({ name: 'Linus' });
    await waitFor(() => element.participants.length === 4, 'all joined');
    expect(control(element, 'participants').getAttribute('aria-label')).to.contain('4');
    control(element, 'participants').click();
    await waitFor(() => rows(element).length === 4, 'rows');
    const me = element.localParticipant!.id;
    expect(rowNames(element)).to.deep.equal([me, grace.connectionId, alan.connectionId, linus.connectionId]);
    expect(rows(element)[0].textContent).to.contain('(You)');

    sim.raiseHand(linus.connectionId, true);
    await waitFor(() => rows(element)[0]?.dataset.participantId === linus.connectionId, 'Linus first');
    await new Promise((resolve) => setTimeout(resolve, 5));
    sim.raiseHand(alan.connectionId, true);
    await waitFor(() => rows(element)[1]?.dataset.participantId === alan.connectionId, 'Alan second');
    expect(rowNames(element)).to.deep.equal([linus.connectionId, alan.connectionId, me, grace.connectionId]);
    expect(rows(element)[0].dataset.handRaised).to.equal('true');
    sim.raiseHand(linus.connectionId, false);
    await waitFor(() => rows(element)[0]?.dataset.participantId === alan.connectionId, 'Linus back in join order');
    expect(rowNames(element)).to.deep.equal([alan.connectionId, me, grace.connectionId, linus.connectionId]);
  });

  it('offers a filter above 8 people', async () => {
    const { sim, element } = await startCall();
    for (const name of ['José', 'Grace', 'Alan', 'Linus', 'Ada', 'Barbara', 'Edsger']) sim.addParticipant({ name });
    await waitFor(() => element.participants.length === 8, 'eight people');
    control(element, 'participants').click();
    await waitFor(() => rows(element).length === 8, 'rows');
    expect(Boolean(shadow(element).querySelector('[part~="participants-filter"]'))).to.equal(false);
    sim.addParticipant({ name: 'Margaret' });
    await waitFor(() => shadow(element).querySelector('[part~="participants-filter"]'), 'filter appears');
    const filter = shadow(element).querySelector<HTMLInputElement>('[part~="participants-filter"]')!;
    filter.value = 'jose';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => rows(element).length === 1, 'one match');
    expect(rows(element)[0].textContent).to.contain('José');
  });
});

describe('<video-room> control bar at 360 px', () => {
  it('moves what does not fit into a More menu that works by keyboard', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    element.style.width = '360px';
    await joined(element);
    const more = await (async () => {
      await waitFor(() => shadow(element).querySelector('button[part~="more"]'), 'More appears');
      return control(element, 'more');
    })();
    const bar = shadow(element).querySelector<HTMLElement>('[part~="controls"]')!;
    expect(bar.scrollWidth).to.be.at.most(bar.clientWidth + 1);
    for (const name of ['mic', 'camera', 'leave']) expect(control(element, name).closest('[role="menu"]')).to.equal(null);

    more.focus();
    more.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitFor(() => more.getAttribute('aria-expanded') === 'true', 'menu open');
    // Items are read afresh each time: a re-render may replace them, focus must follow.
    const items = () => [...shadow(element).querySelectorAll<HTMLElement>('[role="menu"] [role^="menuitem"]')];
    const focusedItem = () => items().indexOf(shadow(element).activeElement as HTMLElement);
    expect(items().length).to.be.greaterThan(1);
    await waitFor(() => focusedItem() === 0, 'first item focused');
    items()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await waitFor(() => focusedItem() === items().length - 1, 'wraps to the last');
    items()[items().length - 1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitFor(() => more.getAttribute('aria-expanded') === 'false', 'closed');
    await waitFor(() => shadow(element).activeElement === more, 'focus back on More');

    more.click();
    await waitFor(() => shadow(element).querySelector('[role="menu"]'), 'menu open again');
    // Raising a hand is among the first controls to move into the menu; choosing it raises the hand.
    const inMenu = shadow(element).querySelector<HTMLButtonElement>('[role="menu"] button[part~="hand"]');
    expect(inMenu, 'hand control in the More menu').to.not.equal(null);
    inMenu!.click();
    await waitFor(() => element.localParticipant?.handRaised === true, 'hand raised from the menu');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });
});
