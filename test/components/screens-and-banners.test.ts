// The layout menu, where banners sit on a phone and a desktop, the words of each error, the way
// back to the join screen, and muted buttons reading as muted.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import { VideoRoomError, type VideoRoomErrorCode, type VideoRoomErrorReason } from '../../src/errors.js';
import { errorHeading } from '../../src/i18n/error-strings.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';
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
  tiles,
  waitFor,
  type Simulator,
} from '../support/room-fixture.js';

afterEach(cleanup);

const settle = async (element: VideoRoomElement) => {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
};
const focusedPart = (element: VideoRoomElement) => shadow(element).activeElement?.getAttribute('part') ?? '';
const layoutMenu = (element: VideoRoomElement) => shadow(element).querySelector<HTMLElement>('[part~="layout-menu"]')!;
const moreMenu = (element: VideoRoomElement) => shadow(element).querySelector<HTMLElement>('[part~="more-menu"]')!;
/** Which choice is checked, as the menu says it: `layout-auto`, `layout-grid` or `layout-speaker`. */
const checkedChoices = (menu: HTMLElement) =>
  [...menu.querySelectorAll('[role="menuitemradio"]')].filter((item) => item.getAttribute('aria-checked') === 'true').map((item) => item.getAttribute('part'));

/** A call of `width`×`height` with `names` in it (their cameras on), joined. */
async function callOfSize(width: number, height: number, names: string[], attributes: Record<string, string | boolean> = {}, endpoint = '/test-token') {
  const sim = newSimulator();
  for (const name of names) sim.addParticipant({ name });
  const recorder = recordEvents();
  const element = mountRoom({ sim, endpoint, attributes: { 'display-name': 'Ada', ...attributes } });
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  await joined(element);
  await waitFor(() => tiles(element).length === names.length + 1, 'every tile');
  return { sim, recorder, element };
}

describe('<video-room> layout menu', () => {
  it('keyboard: Enter, Space and ArrowDown open it at the checked layout; arrows, Home and End move; auto is reachable after speaker and grid', async () => {
    const { recorder, element } = await callOfSize(1280, 800, ['Grace Hopper', 'Alan Turing']);
    const button = control(element, 'layout');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-label')).to.equal('Layout');
    expect(layoutMenu(element).hidden).to.equal(true);
    expect(layoutMenu(element).getAttribute('role')).to.equal('menu');
    expect([...layoutMenu(element).querySelectorAll('[role="menuitemradio"]')].map((item) => item.getAttribute('aria-label'))).to.deep.equal([
      'Automatic layout',
      'Grid layout',
      'Speaker layout',
    ]);
    expect(checkedChoices(layoutMenu(element))).to.deep.equal(['control layout-auto']);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(layoutMenu(element).hidden).to.equal(false);
    expect(layoutMenu(element).getBoundingClientRect().bottom, 'above its button').to.be.at.most(button.getBoundingClientRect().top);
    expect(focusedPart(element), 'focus on the checked choice').to.equal('control layout-auto');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedPart(element)).to.equal('control layout-grid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedPart(element), 'ArrowDown wraps').to.equal('control layout-auto');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedPart(element), 'ArrowUp wraps').to.equal('control layout-speaker');
    await sendKeys({ press: 'Home' });
    expect(focusedPart(element)).to.equal('control layout-auto');
    await sendKeys({ press: 'End' });
    expect(focusedPart(element)).to.equal('control layout-speaker');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.layout).to.equal('speaker');
    expect(layoutMenu(element).hidden, 'closed after choosing').to.equal(true);
    expect(focusedPart(element), 'focus back on the button').to.equal('control layout');
    expect(checkedChoices(layoutMenu(element))).to.deep.equal(['control layout-speaker']);

    await sendKeys({ press: 'Space' });
    await settle(element);
    expect(focusedPart(element)).to.equal('control layout-speaker');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Space' });
    await settle(element);
    expect(element.layout).to.equal('grid');

    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(focusedPart(element)).to.equal('control layout-grid');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.layout).to.equal('auto');
    expect(checkedChoices(layoutMenu(element))).to.deep.equal(['control layout-auto']);

    await sendKeys({ press: 'Enter' });
    await settle(element);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(layoutMenu(element).hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focusedPart(element), 'Escape returns focus to the button').to.equal('control layout');
    expect(element.state, 'Escape closes only the menu').to.equal('connected');
    expect(recorder.of('vr-layout-change')).to.deep.equal([
      { layout: 'speaker', pinnedParticipantId: null },
      { layout: 'grid', pinnedParticipantId: null },
      { layout: 'auto', pinnedParticipantId: null },
    ]);
  });

  it('mouse: a click opens it, a press outside closes it, a choice applies; auto again shows a screen share large', async () => {
    const { sim, recorder, element } = await callOfSize(1280, 800, ['Grace Hopper', 'Alan Turing']);
    const grace = element.participants.find((participant) => participant.name === 'Grace Hopper')!;
    sim.startScreenShare(grace.id);
    const stage = () => shadow(element).querySelector<HTMLElement>('[part~="stage"]')!;
    await waitFor(() => stage().dataset.arrangement === 'presentation', 'the share is presented');

    control(element, 'layout').click();
    await settle(element);
    expect(layoutMenu(element).hidden).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(element);
    expect(layoutMenu(element).hidden, 'a press outside closes it').to.equal(true);

    control(element, 'layout').click();
    await settle(element);
    control(element, 'layout-grid').click();
    await settle(element);
    expect(element.layout).to.equal('grid');
    expect(layoutMenu(element).hidden).to.equal(true);
    await waitFor(() => stage().dataset.arrangement === 'grid', 'the share is one tile of the grid');

    control(element, 'layout').click();
    await settle(element);
    control(element, 'layout-grid').click();
    await settle(element);
    control(element, 'layout').click();
    await settle(element);
    control(element, 'layout-auto').click();
    await settle(element);
    expect(element.layout).to.equal('auto');
    await waitFor(() => stage().dataset.arrangement === 'presentation', 'auto presents the share again');
    expect(recorder.of('vr-layout-change'), 'choosing the current layout changes nothing').to.deep.equal([
      { layout: 'grid', pinnedParticipantId: null },
      { layout: 'auto', pinnedParticipantId: null },
    ]);
  });

  it('on a phone the choices are radio items of More, in a group named Layout', async () => {
    const { recorder, element } = await callOfSize(390, 844, ['Grace Hopper']);
    expect(shadow(element).querySelector('button[part~="control"][part~="layout"]'), 'no layout button in the bar').to.equal(null);
    const group = moreMenu(element).querySelector<HTMLElement>('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Layout');
    expect([...group.querySelectorAll('[role="menuitemradio"]')].map((item) => item.getAttribute('part'))).to.deep.equal([
      'control layout-auto',
      'control layout-grid',
      'control layout-speaker',
    ]);
    expect(checkedChoices(group)).to.deep.equal(['control layout-auto']);

    control(element, 'more').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    for (let step = 0; step < 20 && focusedPart(element) !== 'control layout-speaker'; step++) await sendKeys({ press: 'ArrowDown' });
    expect(focusedPart(element)).to.equal('control layout-speaker');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.layout).to.equal('speaker');
    expect(moreMenu(element).hidden).to.equal(true);
    expect(focusedPart(element), 'focus back on More').to.equal('control more');
    expect(checkedChoices(moreMenu(element))).to.deep.equal(['control layout-speaker']);
    expect(recorder.of('vr-layout-change')).to.deep.equal([{ layout: 'speaker', pinnedParticipantId: null }]);
  });
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The middle 50% of a tile, where a face is. */
function faceArea(rect: DOMRect): Box {
  return { left: rect.left + rect.width / 4, right: rect.right - rect.width / 4, top: rect.top + rect.height / 4, bottom: rect.bottom - rect.height / 4 };
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The width the banner's widest run of text takes on one line, in its own font (buttons aside). */
function naturalTextWidth(banner: HTMLElement): number {
  const walker = document.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
  let widest = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!text || parent.closest('button')) continue;
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
    parent.append(probe);
    widest = Math.max(widest, probe.getBoundingClientRect().width);
    probe.remove();
  }
  return widest;
}

/**
 * The banners shown start with `expected`, in order; none is narrower than its text (or the
 * stage), none covers a face, none reaches outside the element.
 */
function checkBanners(element: VideoRoomElement, expected: string[], size: string): void {
  const banners = [...shadow(element).querySelectorAll<HTMLElement>('.banners > *')];
  const texts = banners.map((banner) => banner.textContent.replace(/\s+/g, ' ').trim());
  expect(texts.length, `${size}: ${texts.join(' | ')}`).to.equal(expected.length);
  expected.forEach((start, index) => {
    expect(texts[index].startsWith(start), `${size}: “${texts[index]}” starts with “${start}”`).to.equal(true);
  });
  const stage = shadow(element).querySelector('[part~="stage"]')!.getBoundingClientRect();
  const host = element.getBoundingClientRect();
  const faces = tiles(element)
    .filter((tile) => !tile.hidden)
    .map((tile) => ({ name: tile.dataset.participantId, face: faceArea(tile.getBoundingClientRect()) }));
  expect(faces.length, `${size}: tiles on screen`).to.be.above(0);
  for (const banner of banners) {
    const rect = banner.getBoundingClientRect();
    const what = `${size} “${banner.textContent.trim().slice(0, 30)}”`;
    expect(rect.width, `${what}: as wide as its text or the stage`).to.be.at.least(Math.min(naturalTextWidth(banner), stage.width) - 1);
    expect(rect.left, `${what}: inside the element`).to.be.at.least(host.left);
    expect(rect.right, `${what}: inside the element`).to.be.at.most(host.right);
    for (const { name, face } of faces) expect(intersects(rect, face), `${what} covers the face of ${name}`).to.equal(false);
  }
}

describe('<video-room> banners never cover a face', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ]) {
    const size = `${width}×${height}`;

    it(`${size}: waiting for others and a camera notice, alone in the call`, async () => {
      const sim = newSimulator();
      sim.denyMedia('denied');
      const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
      element.style.width = `${width}px`;
      element.style.height = `${height}px`;
      await joined(element);
      await waitFor(() => shadow(element).querySelector('.notice') && tiles(element).length === 1, 'the notice and the local tile');
      await settle(element);
      checkBanners(element, ['Your camera and microphone are blocked Camera and microphone access was blocked.', 'Waiting for others to join…'], size);
    });

    it(`${size}: reconnecting, with three people`, async () => {
      const { sim, element } = await callOfSize(width, height, ['Grace Hopper', 'Alan Turing']);
      sim.dropNetwork();
      await waitFor(() => element.state === 'reconnecting', 'reconnecting');
      await new Promise((resolve) => setTimeout(resolve, 250)); // tiles finish moving below it
      checkBanners(element, ['Connection lost. Reconnecting…'], size);
      sim.restoreNetwork();
      await waitFor(() => element.state === 'connected', 'reconnected');
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(shadow(element).querySelectorAll('.banners > *').length, 'no banner once reconnected').to.equal(0);
      const stage = shadow(element).querySelector('[part~="stage"]')!.getBoundingClientRect();
      expect(stage.top - element.getBoundingClientRect().top, 'the stage takes the room back').to.be.below(20);
    });

    it(`${size}: an unstable connection, with three people`, async () => {
      const { sim, element } = await callOfSize(width, height, ['Grace Hopper', 'Alan Turing']);
      sim.setLocalNetworkQuality('poor');
      await waitFor(() => shadow(element).querySelector('[data-code="connection-unstable"]'), 'unstable banner', 9000);
      await new Promise((resolve) => setTimeout(resolve, 250));
      checkBanners(element, ['Your connection is unstable'], size);
    });
  }
});

const heading = (element: VideoRoomElement) => shadow(element).querySelector('.error h2')?.textContent.trim();
const noticeTitle = (element: VideoRoomElement) => shadow(element).querySelector('.notice .notice-title')?.textContent.trim();

/** How each code is brought about, against the simulator and the test token endpoint. */
interface ErrorCase {
  code: VideoRoomErrorCode;
  title: string;
  /** Shown on the error screen (else as a notice while the call goes on). */
  screen: boolean;
  endpoint?: string;
  attributes?: Record<string, string>;
  /** Before joining (or, with `during`, once joined). */
  arrange?: (sim: Simulator, element: VideoRoomElement) => void;
  during?: (sim: Simulator) => void;
}

const errorCases: ErrorCase[] = [
  { code: 'token-http-error', title: 'Could not join the call', screen: true, endpoint: '/test-token?status=500' },
  { code: 'token-invalid-response', title: 'Could not join the call', screen: true, endpoint: '/test-token?omit=token' },
  { code: 'token-request-failed', title: 'Could not join the call', screen: true, endpoint: 'http://127.0.0.1:9/token' },
  { code: 'invalid-configuration', title: 'Could not join the call', screen: true, endpoint: 'ftp://example.com/token' },
  { code: 'auth-failed', title: 'Could not join the call', screen: true, arrange: (sim) => sim.rejectNextConnect(1004) },
  { code: 'invalid-session', title: 'Could not join the call', screen: true, arrange: (sim) => sim.rejectNextConnect(1005) },
  { code: 'connect-failed', title: 'Could not join the call', screen: true, arrange: (sim) => sim.rejectNextConnect(1006) },
  {
    code: 'unsupported-browser',
    title: 'Browser not supported',
    screen: true,
    arrange: (sim, element) => (element.sdk = Object.create(sim.OT, { checkSystemRequirements: { value: () => 0 } }) as typeof sim.OT),
  },
  {
    code: 'network-disconnected',
    title: 'Connection lost',
    screen: true,
    attributes: { 'rejoin-timeout': '0' },
    during: (sim) => {
      sim.dropNetwork();
      sim.disconnectNetwork();
    },
  },
  { code: 'media-access-denied', title: 'Your camera and microphone are blocked', screen: false, arrange: (sim) => sim.denyMedia('denied') },
  { code: 'media-unavailable', title: 'No camera or microphone available', screen: false, arrange: (sim) => sim.denyMedia('unavailable') },
  { code: 'publish-failed', title: 'Could not share your camera and microphone', screen: false, endpoint: '/test-token?role=subscriber' },
];

describe('<video-room> styles arrive with the screens that use them', () => {
  const selectors = (element: VideoRoomElement) =>
    shadow(element).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText ?? ''));

  it('the join screen parses only its own; an error screen is styled from its first frame', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: 'ftp://example.com/token' });
    await waitFor(() => shadow(element).querySelector('[part~="join-screen"]'), 'join screen');
    expect(selectors(element).some((selector) => selector.startsWith('.panel')), 'no screen rules on the join screen').to.be.false;
    expect(selectors(element).some((selector) => selector.startsWith('.prejoin')), 'its own rules').to.be.true;

    // Read as the error screen is put in: before anything else (the call's own styles) could arrive.
    const styled = new Promise<string>((resolve) => {
      const observer = new MutationObserver(() => {
        const panel = shadow(element).querySelector('.panel.error');
        if (!panel) return;
        observer.disconnect();
        resolve(getComputedStyle(panel).borderTopStyle);
      });
      observer.observe(shadow(element), { childList: true, subtree: true });
    });
    await element.join().catch(() => undefined);
    expect(await styled, 'the error panel is styled as it shows').to.equal('solid');
    const sheets = shadow(element).adoptedStyleSheets;
    expect(new Set(sheets).size, 'each sheet once').to.equal(sheets.length);
  });
});

describe('<video-room> error titles say what happened', () => {
  for (const errorCase of errorCases) {
    it(`${errorCase.code}: “${errorCase.title}”${errorCase.screen ? '' : ' (a notice)'}`, async () => {
      const sim = newSimulator();
      const recorder = recordEvents();
      const element = mountRoom({ sim, endpoint: errorCase.endpoint ?? '/test-token', attributes: errorCase.attributes });
      errorCase.arrange?.(sim, element);
      await element.join().catch(() => undefined);
      errorCase.during?.(sim);
      await waitFor(() => recorder.of('vr-error').length > 0, 'vr-error');
      expect(recorder.of('vr-error')[0].code).to.equal(errorCase.code);
      if (errorCase.screen) {
        await waitFor(() => element.state === 'error' && heading(element), 'error screen');
        expect(heading(element)).to.equal(errorCase.title);
        const back = shadow(element).querySelector('button[part~="back-to-join"]');
        expect(Boolean(back), 'Back to the join screen where it can help').to.equal(errorCase.code !== 'unsupported-browser');
      } else {
        await waitFor(() => noticeTitle(element), 'notice with a title');
        expect(element.state).to.equal('connected');
        expect(noticeTitle(element)).to.equal(errorCase.title);
      }
      recorder.stop();
    });
  }

  it('in German, a lost call is headed “Verbindung unterbrochen”, with the way back to the join screen', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { lang: 'de', 'rejoin-timeout': '0' } });
    await joined(element);
    sim.dropNetwork();
    sim.disconnectNetwork();
    await waitFor(() => element.state === 'error' && heading(element), 'error screen');
    expect(heading(element)).to.equal('Verbindung unterbrochen');
    expect(control(element, 'back-to-join').textContent.trim()).to.equal('Zurück zum Beitrittsbildschirm');
  });

  const headings: Array<[VideoRoomErrorCode, VideoRoomErrorReason | undefined, boolean, string | undefined]> = [
    ['sdk-load-failed', { key: 'sdk-load-failed', detail: 'Failed to fetch', blockedByPolicy: false }, false, 'Could not join the call'],
    ['connect-failed', { key: 'connect-failed' }, false, 'Could not join the call'],
    ['connect-failed', { key: 'call-ended' }, false, 'The call ended unexpectedly'],
    ['network-disconnected', { key: 'network-lost' }, false, 'Connection lost'],
    ['publish-failed', { key: 'screen-share-failed' }, true, 'Could not share your screen'],
    ['publish-failed', { key: 'media-failed' }, true, 'Could not share your camera and microphone'],
    ['chat-send-failed', { key: 'chat-send-failed' }, true, undefined],
    ['subscribe-failed', { key: 'subscribe-failed', name: 'Grace', screen: false }, true, undefined],
  ];
  for (const [code, reason, recoverable, expected] of headings) {
    it(`the heading of ${code}${reason ? ` (${reason.key})` : ''} is ${expected ? `“${expected}”` : 'none'}`, () => {
      expect(errorHeading(englishStrings, new VideoRoomError(code, 'message', { reason, recoverable }))).to.equal(expected);
    });
  }
});

const joinScreen = (element: VideoRoomElement) => shadow(element).querySelector<HTMLElement>('[part~="join-screen"]');
const nameField = (element: VideoRoomElement) => joinScreen(element)!.querySelector<HTMLInputElement>('input[name="display-name"]')!;
function previewPlaying(element: VideoRoomElement): boolean {
  const video = joinScreen(element)?.querySelector('video');
  return Boolean(video && !video.hidden && video.videoWidth > 0 && !video.paused);
}

describe('<video-room> back to the join screen', () => {
  it('after Leave: Rejoin and Back to the join screen; back, the name is kept and a changed name joins', async () => {
    const sim = newSimulator();
    const key = requestKey();
    const recorder = recordEvents();
    const element = mountRoom({ sim, endpoint: `/test-token?key=${key}`, attributes: { 'no-remember': true, 'token-method': 'POST' } });
    await waitFor(() => previewPlaying(element), 'preview plays');
    nameField(element).value = 'Ada';
    nameField(element).dispatchEvent(new Event('input', { bubbles: true }));
    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected');
    control(element, 'leave').click();
    await waitFor(() => element.state === 'left', 'left');
    expect(control(element, 'rejoin').textContent.trim()).to.equal('Rejoin');
    control(element, 'back-to-join').focus();
    control(element, 'back-to-join').click();

    await waitFor(() => element.state === 'idle' && joinScreen(element), 'the join screen');
    expect(recorder.of('vr-state-change').at(-1)).to.deep.equal({ state: 'idle', previousState: 'left' });
    expect(nameField(element).value, 'the name is kept').to.equal('Ada');
    await waitFor(() => previewPlaying(element), 'the preview restarts');
    expect(shadow(element).activeElement?.getAttribute('part'), 'focus lands on Join').to.equal('control join');
    nameField(element).value = 'Ada King';
    nameField(element).dispatchEvent(new Event('input', { bubbles: true }));
    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected again');
    expect(element.localParticipant?.name).to.equal('Ada King');
    expect(((await lastTokenRequest(key))?.body as { name?: string }).name).to.equal('Ada King');
    expect(recorder.of('vr-error')).to.deep.equal([]);
  });

  it('from the error screen of a lost call, and Rejoin still skips it', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada', 'rejoin-timeout': '0' } });
    await joined(element);
    sim.dropNetwork();
    sim.disconnectNetwork();
    await waitFor(() => element.state === 'error', 'error screen');
    sim.restoreNetwork();
    control(element, 'back-to-join').click();
    await waitFor(() => element.state === 'idle' && joinScreen(element), 'the join screen');
    expect(element.lastError?.code, 'the last error stays readable').to.equal('network-disconnected');
    expect(shadow(element).querySelector('.error'), 'no error panel').to.equal(null);
    await waitFor(() => previewPlaying(element), 'the preview restarts');
    control(element, 'join').click();
    await waitFor(() => element.state === 'connected', 'connected');
    await element.leave();
    control(element, 'rejoin').click();
    await waitFor(() => element.state === 'connected', 'Rejoin joins at once');
    expect(joinScreen(element), 'no join screen on the way').to.equal(null);
  });
});

describe('<video-room> a muted microphone or camera reads as muted', () => {
  /** The danger colour, as the leave control renders it. */
  const red = (element: VideoRoomElement) => getComputedStyle(control(element, 'leave')).backgroundColor;
  const crossed = (button: HTMLElement) => Boolean(button.querySelector('svg path[d$="M3 3l18 18"]'));

  it('in the bar: red with the crossed icon while off, neither while on', async () => {
    const { element } = await callOfSize(1280, 800, [], { 'no-remember': true });
    for (const name of ['mic', 'camera']) {
      const button = () => control(element, name);
      await waitFor(() => button().getAttribute('aria-pressed') === 'true', `${name} on once published`);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the colour transition
      expect(getComputedStyle(button()).backgroundColor, `${name} on`).not.to.equal(red(element));
      expect(crossed(button()), `${name} on`).to.equal(false);
      button().click();
      await waitFor(() => button().getAttribute('aria-pressed') === 'false', `${name} off`);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the colour transition
      expect(getComputedStyle(button()).backgroundColor, `${name} off`).to.equal(red(element));
      expect(getComputedStyle(button()).backgroundColor).to.equal('rgb(220, 38, 38)');
      expect(crossed(button()), `${name} off`).to.equal(true);
    }
  });

  it('on the join screen: the preview buttons turn red and crossed when off', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token', attributes: { 'no-remember': true } });
    await waitFor(() => previewPlaying(element), 'preview plays');
    for (const name of ['preview-mic', 'preview-camera']) {
      const button = () => control(element, name);
      const on = getComputedStyle(button()).backgroundColor;
      expect(on, `${name} on`).not.to.equal('rgb(220, 38, 38)');
      button().click();
      await waitFor(() => button().getAttribute('aria-pressed') === 'false', `${name} off`);
      expect(getComputedStyle(button()).backgroundColor, `${name} off`).to.equal('rgb(220, 38, 38)');
      expect(crossed(button()), `${name} off`).to.equal(true);
    }
  });
});
