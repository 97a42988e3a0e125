// Every control of <video-room> is a named <button>, reachable with Tab, with a focus ring of at
// least 3:1 against what is behind it (computed from the rendered colours).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import { backdrop, contrast, parseColor } from '../support/contrast.js';
import { deepActive } from '../support/focus.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, startCall, tiles, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

/** Every element with a `control` part in the element and the shadow roots inside it. */
function allControls(root: ShadowRoot): Element[] {
  const found: Element[] = [...root.querySelectorAll('[part~="control"]')];
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) found.push(...allControls(host.shadowRoot));
  return found;
}

/** Presses Tab until focus leaves the element, checking each stop's focus ring. */
async function tabThrough(element: VideoRoomElement, limit = 80): Promise<Set<Element>> {
  const reached = new Set<Element>();
  const start = document.createElement('button');
  start.textContent = 'before';
  element.before(start);
  start.focus();
  for (let step = 0; step < limit; step++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || active === start || !element.contains(hostChain(active))) break;
    reached.add(active);
    const style = getComputedStyle(active);
    const where = active.getAttribute('part') ?? active.localName;
    expect(style.outlineStyle, `${where}: a focus ring`).to.equal('solid');
    expect(parseFloat(style.outlineWidth), `${where}: ring width`).to.be.at.least(2);
    const ring = parseColor(style.outlineColor);
    const behind = backdrop(active, parseFloat(style.outlineOffset) < 0);
    const ratio = contrast(ring, behind);
    expect(ratio, `${where}: ring ${style.outlineColor} against its background, ${ratio.toFixed(2)}:1`).to.be.at.least(3);
  }
  start.remove();
  return reached;
}

/** The outermost host of a node inside shadow roots (the node itself in the light DOM). */
function hostChain(node: Element): Element {
  let current: Element = node;
  while (current.getRootNode() instanceof ShadowRoot) current = (current.getRootNode() as ShadowRoot).host;
  return current;
}

describe('<video-room> every control is a named button, reachable by Tab, with a visible focus ring', () => {
  const check = async (element: VideoRoomElement, what: string) => {
    const controls = allControls(shadow(element));
    for (const node of controls) {
      expect(node.localName, `${node.getAttribute('part')} is a button`).to.equal('button');
      const name = node.getAttribute('aria-label') ?? node.textContent.trim();
      expect(name, `${node.getAttribute('part')} has a name`).to.not.equal('');
    }
    const reached = await tabThrough(element);
    // Menu items are reached with the arrow keys inside the open menu (the menu pattern), not with Tab.
    const tabbable = controls.filter((node) => (node as HTMLButtonElement).tabIndex >= 0 && !(node as HTMLButtonElement).disabled && (node as HTMLElement).offsetParent !== null);
    const missed = tabbable.filter((node) => !reached.has(node)).map((node) => node.getAttribute('part'));
    expect(missed, `${what}: controls Tab never reached`).to.deep.equal([]);
  };

  it('on the join screen', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => shadow(element).querySelector('[part~="join-screen"] select'), 'join screen');
    await check(element, 'join screen');
  });

  it('in a call as a moderator, with the people panel, the chat and the reaction picker open', async () => {
    const sim = newSimulator();
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    sim.addParticipant({ name: 'Alan Turing', video: false });
    const element = mountRoom({ sim, endpoint: '/test-token?role=moderator', attributes: { 'display-name': 'Ada', 'recording-endpoint': '/recording' } });
    await joined(element);
    await waitFor(() => element.isModerator && tiles(element).length === 3, 'moderator with everyone');
    await check(element, 'stage and bar');

    control(element, 'participants').click();
    await waitFor(() => shadow(element).querySelector('[part~="mute-all"]'), 'people panel');
    await check(element, 'people panel');

    sim.sendChat(grace.connectionId, 'Notes at https://example.com/notes');
    control(element, 'chat').click();
    await waitFor(() => shadow(element).querySelector('[part~="chat-text"] a'), 'chat with a link');
    await check(element, 'chat panel');

    control(element, 'reactions').click();
    await waitFor(() => shadow(element).querySelector('[part~="reaction-picker"]'), 'reaction picker');
    await check(element, 'reaction picker');
  });

  it('in the settings dialog, which keeps Tab inside it', async () => {
    const { element } = await startCall();
    await waitFor(() => shadow(element).querySelector('button[part~="settings"]'), 'settings control');
    control(element, 'settings').click();
    const dialog = () => shadow(element).querySelector('vr-settings-panel')?.shadowRoot;
    await waitFor(() => dialog()?.querySelector('select'), 'settings dialog');
    const inside = [...dialog()!.querySelectorAll('button, select, input')].filter((node) => (node as HTMLElement).offsetParent !== null);
    const reached = await tabThrough(element, inside.length + 2);
    expect(inside.filter((node) => !reached.has(node)).map((node) => node.getAttribute('part') ?? node.localName)).to.deep.equal([]);
    expect([...reached].every((node) => node.getRootNode() === dialog()), 'Tab stays in the dialog').to.equal(true);
  });

  it('on the error and left screens', async () => {
    const failing = mountRoom({ sim: newSimulator(), endpoint: '/test-token?status=500', attributes: { autojoin: true } });
    await waitFor(() => shadow(failing).querySelector('button[part~="retry"]'), 'error screen');
    await check(failing, 'error screen');
    failing.remove();
    const { element } = await startCall();
    await element.leave();
    await waitFor(() => shadow(element).querySelector('button[part~="rejoin"]'), 'left screen');
    await check(element, 'left screen');
  });
});
