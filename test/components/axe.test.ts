// Every screen of <video-room> checked by axe-core (its default rules: WCAG 2 A/AA and best
// practices) inside the element's open shadow roots, against the simulator.
import { expect } from '@open-wc/testing';
import { avatarColor, avatarColors } from '../../src/components/avatar-color.js';
import type { VideoRoomElement } from '../../src/define.js';
import { contrast, over, parseColor, textContrast } from '../support/contrast.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, startCall, tiles, waitFor } from '../support/room-fixture.js';

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}
interface Axe {
  run(context: Element, options: object): Promise<{ violations: AxeResult[] }>;
}

let axeLoaded: Promise<Axe> | undefined;

/** axe-core ships as a UMD script: a classic script tag sets `window.axe`. */
function loadAxe(): Promise<Axe> {
  axeLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return axeLoaded;
}

/** Runs axe on the element (shadow roots included) and fails with each violation's id, targets and reason. */
async function expectNoViolations(element: Element): Promise<void> {
  const axe = await loadAxe();
  // Animations and transitions finished, so colours are measured as the user sees them.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  const report = violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
      ].join('\n'),
    )
    .join('\n');
  expect(violations.length, `axe violations:\n${report}`).to.equal(0);
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A call with `names` in it; every other one has their camera off, so avatars are checked too. */
async function callWith(names: string[], attributes: Record<string, string | boolean> = {}, endpoint = '/test-token'): Promise<VideoRoomElement> {
  const sim = newSimulator();
  names.forEach((name, index) => sim.addParticipant({ name, video: index % 2 === 0 }));
  const element = mountRoom({ sim, endpoint, attributes: { 'display-name': 'Ada Lovelace', ...attributes } });
  await joined(element);
  await waitFor(() => tiles(element).length === names.length + 1, 'every tile');
  return element;
}

describe('<video-room> passes axe on every screen', () => {
  afterEach(cleanup);

  it('join screen', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await waitFor(() => shadow(element).querySelector('[part~="join-screen"] select'), 'devices listed');
    await expectNoViolations(element);
  });

  it('in a call with 3 people', async () => {
    const element = await callWith(['Grace Hopper', 'Alan Turing']);
    await expectNoViolations(element);
  });

  it('in a call with 20 people (several pages)', async () => {
    const names = Array.from({ length: 19 }, (_, index) => `Person ${index + 1}`);
    const element = await callWith(names);
    await waitFor(() => shadow(element).querySelector('[part~="pager"]'), 'pager');
    await expectNoViolations(element);
  });

  it('speaker layout', async () => {
    const element = await callWith(['Grace Hopper', 'Alan Turing', 'Linus Torvalds'], { layout: 'speaker' });
    await expectNoViolations(element);
  });

  it('settings panel open', async () => {
    const element = await callWith(['Grace Hopper']);
    await waitFor(() => shadow(element).querySelector('button[part~="settings"]'), 'settings control');
    control(element, 'settings').click();
    await waitFor(() => shadow(element).querySelector('vr-settings-panel')?.shadowRoot?.querySelector('select'), 'settings panel');
    await expectNoViolations(element);
  });

  it('chat panel with messages', async () => {
    const { sim, element } = await startCall({ 'display-name': 'Ada' });
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => element.participants.length === 2, 'Grace joined');
    control(element, 'chat').click();
    await waitFor(() => shadow(element).querySelector('section[part~="chat"]'), 'chat panel');
    sim.sendChat(grace.connectionId, 'Hello, see https://example.com');
    await element.sendChatMessage('Hi Grace');
    await waitFor(() => shadow(element).querySelectorAll('[part~="chat-message"]').length === 2, 'two messages');
    await expectNoViolations(element);
  });

  it('people panel, as a moderator', async () => {
    const element = await callWith(['Grace Hopper', 'Alan Turing'], {}, '/test-token?role=moderator');
    await waitFor(() => element.isModerator, 'moderator');
    control(element, 'participants').click();
    await waitFor(() => shadow(element).querySelector('[part~="mute-all"]'), 'moderator controls');
    await expectNoViolations(element);
  });

  it('people panel with a raised hand and a removal to confirm', async () => {
    const sim = newSimulator();
    const grace = sim.addParticipant({ name: 'Grace Hopper' });
    const element = mountRoom({ sim, endpoint: '/test-token?role=moderator', attributes: { 'display-name': 'Ada' } });
    await joined(element);
    await waitFor(() => element.participants.length === 2 && element.isModerator, 'moderator with Grace');
    sim.raiseHand(grace.connectionId, true);
    control(element, 'participants').click();
    await waitFor(() => shadow(element).querySelector('[part~="remove-participant"]'), 'remove control');
    shadow(element).querySelector<HTMLButtonElement>('[part~="remove-participant"]')!.click();
    await waitFor(() => shadow(element).querySelector('[part~="confirm-remove"]'), 'confirm step');
    await expectNoViolations(element);
  });

  it('More menu open', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    element.style.width = '360px';
    await joined(element);
    await waitFor(() => shadow(element).querySelector('button[part~="more"]'), 'More appears');
    control(element, 'more').click();
    await waitFor(() => !shadow(element).querySelector<HTMLElement>('[part~="more-menu"]')!.hidden, 'menu open');
    await expectNoViolations(element);
  });

  it('layout menu open', async () => {
    const element = await callWith(['Grace Hopper', 'Alan Turing']);
    element.style.width = '1280px';
    await waitFor(() => shadow(element).querySelector('button[part~="control"][part~="layout"]'), 'layout control in the bar');
    control(element, 'layout').click();
    await waitFor(() => !shadow(element).querySelector<HTMLElement>('[part~="layout-menu"]')!.hidden, 'menu open');
    await expectNoViolations(element);
  });

  it('reaction picker', async () => {
    const { element } = await startCall();
    control(element, 'reactions').click();
    await waitFor(() => shadow(element).querySelector('[part~="reaction-picker"]'), 'picker');
    await element.sendReaction('🎉');
    await waitFor(() => shadow(element).querySelector('[part~="reaction"]'), 'reaction shown');
    await expectNoViolations(element);
  });

  it('error screen (the token endpoint answers 500)', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token?status=500', attributes: { autojoin: true } });
    await waitFor(() => element.state === 'error', 'error state');
    await settle(50);
    await expectNoViolations(element);
  });

  it('left screen (Rejoin and Back to the join screen)', async () => {
    const { element } = await startCall();
    await element.leave();
    await waitFor(() => shadow(element).querySelector('[part~="rejoin"]') && shadow(element).querySelector('[part~="back-to-join"]'), 'left screen');
    await expectNoViolations(element);
  });
});

describe('<video-room> colour contrast, computed from the rendered colours', () => {
  afterEach(cleanup);

  const white = { r: 255, g: 255, b: 255, a: 1 };

  it('Join, Retry and Rejoin: white on the accent is at least 4.5:1, and --vr-accent still sets it', async () => {
    const ratios: Record<string, number> = {};
    const joinScreen = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => shadow(joinScreen).querySelector('button[part~="join"]'), 'join screen');
    ratios.join = textContrast(control(joinScreen, 'join'));

    const failing = mountRoom({ sim: newSimulator(), endpoint: '/test-token?status=500', attributes: { autojoin: true } });
    await waitFor(() => shadow(failing).querySelector('button[part~="retry"]'), 'error screen');
    ratios.retry = textContrast(control(failing, 'retry'));

    const { element } = await startCall();
    await element.leave();
    await waitFor(() => shadow(element).querySelector('button[part~="rejoin"]'), 'left screen');
    ratios.rejoin = textContrast(control(element, 'rejoin'));
    for (const [name, ratio] of Object.entries(ratios)) expect(ratio, `${name}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);

    element.style.setProperty('--vr-accent', 'rgb(10, 20, 30)');
    expect(getComputedStyle(control(element, 'rejoin')).backgroundColor).to.equal('rgb(10, 20, 30)');
  });

  it('every avatar colour gives its white initials at least 4.5:1, on tiles and in the people panel', async () => {
    // Varied names (a name's colour comes from a hash of it), then one more for each colour not yet used.
    const names = ['Grace Hopper', 'Alan Turing', 'Ada Lovelace', 'Katherine Johnson', 'Linus Torvalds', 'Hedy Lamarr', 'Ken Thompson', 'Sophie Wilson'];
    for (let index = 0; new Set(names.map(avatarColor)).size < avatarColors.length; index++) {
      const name = `Guest ${index}`;
      if (!names.some((taken) => avatarColor(taken) === avatarColor(name))) names.push(name);
    }
    const sim = newSimulator();
    for (const name of names) sim.addParticipant({ name, video: false });
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': names[0], 'max-tiles': '16', 'start-video-muted': true } });
    await joined(element);
    await waitFor(() => tiles(element).filter((tile) => tile.shadowRoot?.querySelector('.initials')).length === names.length + 1, 'avatars');
    control(element, 'participants').click();
    await waitFor(() => shadow(element).querySelectorAll('.person-avatar').length === names.length + 1, 'people panel');

    const avatars = [
      ...tiles(element).map((tile) => tile.shadowRoot!.querySelector('.initials')!),
      ...shadow(element).querySelectorAll('.person-avatar'),
    ];
    const seen = new Set<string>();
    for (const avatar of avatars) {
      const background = getComputedStyle(avatar).backgroundColor;
      seen.add(background);
      const ratio = textContrast(avatar);
      expect(ratio, `${avatar.textContent} on ${background}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
    }
    expect(seen.size, 'every colour rendered').to.equal(avatarColors.length);
  });

  it('tile names stay readable over the brightest video: at least 4.5:1 over white', async () => {
    const { sim, element } = await startCall();
    sim.addParticipant({ name: 'Grace Hopper' });
    await waitFor(() => tiles(element).length === 2, 'two tiles');
    for (const tile of tiles(element)) {
      const label = tile.shadowRoot!.querySelector('.label')!;
      const behind = over(parseColor(getComputedStyle(label).backgroundColor), white);
      const text = over(parseColor(getComputedStyle(label).color), behind);
      expect(contrast(text, behind)).to.be.at.least(4.5);
    }
  });
});
