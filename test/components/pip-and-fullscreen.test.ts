// Fullscreen and picture-in-picture of a real <video-room> against the simulator. Headless
// Chromium has the Fullscreen API, Document Picture-in-Picture and video picture-in-picture; each
// needs a user gesture, so the controls are pressed with a real mouse click (sendMouse).
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import { VideoRoomError } from '../../src/errors.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, startCall, tileFor, waitFor } from '../support/room-fixture.js';

interface DocumentPip {
  readonly window: Window | null;
}
const documentPip = () => (window as unknown as { documentPictureInPicture?: DocumentPip }).documentPictureInPicture;

/** Browser features a test turned off: put back afterwards. */
const overridden: Array<{ target: object; name: string; descriptor: PropertyDescriptor | undefined }> = [];

/** Hides a browser feature for one test, as a browser without it would. */
function withoutFeature(target: object, name: string, value: unknown): void {
  overridden.push({ target, name, descriptor: Object.getOwnPropertyDescriptor(target, name) });
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

function restoreFeatures(): void {
  for (const { target, name, descriptor } of overridden.splice(0).reverse()) {
    if (descriptor) Object.defineProperty(target, name, descriptor);
    else delete (target as Record<string, unknown>)[name];
  }
}

afterEach(async () => {
  documentPip()?.window?.close();
  if (document.fullscreenElement) await document.exitFullscreen();
  if (document.pictureInPictureElement) await document.exitPictureInPicture();
  await cleanup();
  restoreFeatures();
});

/**
 * A real click in the middle of `button`: the user activation the browser asks for. The bar must
 * be complete first (the screen control arrives last, once the SDK says sharing works): a control
 * appearing between measuring and clicking would move the button away from the pointer.
 */
async function click(button: Element): Promise<void> {
  const host = (button.getRootNode() as ShadowRoot).host;
  await waitFor(() => host.shadowRoot!.querySelector('button[part~="screen"]'), 'the complete control bar');
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  const hit = host.shadowRoot!.elementFromPoint(x, y);
  if (!hit || !button.contains(hit)) throw new Error(`Something else is under the pointer: ${hit?.outerHTML.slice(0, 80)}`);
  await sendMouse({ type: 'click', position: [x, y] });
}

const pressed = (element: Element, name: string) => control(element, name).getAttribute('aria-pressed');
const hasControl = (element: Element, name: string) => Boolean(shadow(element).querySelector(`button[part~="control"][part~="${name}"]`));
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A call with Grace and Alan in it, both tiles showing video. */
async function callWithTwo(attributes: Record<string, string> = {}) {
  const call = await startCall({ 'display-name': 'Ada', ...attributes });
  const grace = call.sim.addParticipant({ name: 'Grace' });
  const alan = call.sim.addParticipant({ name: 'Alan' });
  await waitFor(() => tileFor(call.element, grace.connectionId)?.shadowRoot?.querySelector('video')?.srcObject, 'Grace’s video');
  await waitFor(() => tileFor(call.element, alan.connectionId)?.shadowRoot?.querySelector('video')?.srcObject, 'Alan’s video');
  return { ...call, grace: grace.connectionId, alan: alan.connectionId };
}

const tileVideo = (element: Element, participantId: string) => tileFor(element, participantId)!.shadowRoot!.querySelector('video')!;

/** The open picture-in-picture window's document. */
function pipDocument(): Document {
  const pipWindow = documentPip()?.window;
  if (!pipWindow) throw new Error('No picture-in-picture window');
  return pipWindow.document;
}
const pipButton = (label: string) => pipDocument().querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
const pipSubject = () => pipDocument().querySelector<HTMLElement>('.picture')?.dataset.participantId;
const pipVideo = () => pipDocument().querySelector('video')!;

interface Axe {
  run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
}

/** axe-core's violations in another window's document: it checks the document it was loaded into. */
async function axeViolations(target: Window): Promise<string[]> {
  const scope = target as Window & { axe?: Axe };
  if (!scope.axe) {
    await new Promise((resolve, reject) => {
      const script = target.document.createElement('script');
      script.src = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load'));
      target.document.head.append(script);
    });
  }
  const { violations } = await scope.axe!.run(target.document, { resultTypes: ['violations'] });
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`);
}

async function openPip(element: VideoRoomElement): Promise<void> {
  await click(control(element, 'pip'));
  await waitFor(() => documentPip()?.window?.document.querySelectorAll('[role="toolbar"] button').length === 3, 'picture-in-picture window');
}

describe('<video-room> fullscreen', () => {
  it('puts the element itself on the full screen and back, follows the browser leaving it, and ends with the call', async () => {
    const { element } = await startCall();
    await waitFor(() => hasControl(element, 'fullscreen'), 'fullscreen control');
    const fullscreen = control(element, 'fullscreen');
    expect(fullscreen.getAttribute('aria-label')).to.equal('Full screen');
    expect(pressed(element, 'fullscreen')).to.equal('false');

    await click(fullscreen);
    await waitFor(() => document.fullscreenElement === element, 'element fullscreen');
    await waitFor(() => pressed(element, 'fullscreen') === 'true', 'pressed');
    // The element fills the screen: its own size, not the 800×500 the page gave it.
    await waitFor(() => element.getBoundingClientRect().width === window.innerWidth, 'full width');

    await click(control(element, 'fullscreen'));
    await waitFor(() => document.fullscreenElement === null, 'back in the page');
    await waitFor(() => pressed(element, 'fullscreen') === 'false', 'not pressed');

    // The browser's own way out (Escape, or its "exit full screen" UI) is seen through fullscreenchange.
    await click(control(element, 'fullscreen'));
    await waitFor(() => pressed(element, 'fullscreen') === 'true', 'pressed again');
    await document.exitFullscreen();
    await waitFor(() => pressed(element, 'fullscreen') === 'false', 'not pressed after the browser left');

    await click(control(element, 'fullscreen'));
    await waitFor(() => document.fullscreenElement === element, 'fullscreen again');
    await element.leave();
    await waitFor(() => document.fullscreenElement === null, 'leaving the call leaves the full screen');
    expect(element.state).to.equal('left');
  });

  it('works from the More menu of a narrow element', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    element.style.width = '360px';
    await joined(element);
    await waitFor(() => shadow(element).querySelector('button[part~="more"]'), 'More appears');
    control(element, 'more').click();
    await waitFor(() => control(element, 'more').getAttribute('aria-expanded') === 'true', 'menu open');
    const item = control(element, 'fullscreen');
    expect(Boolean(item.closest('[role="menu"]')), 'fullscreen in the menu').to.equal(true);
    expect(Boolean(control(element, 'pip').closest('[role="menu"]')), 'picture-in-picture in the menu').to.equal(true);
    expect(item.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(item.getAttribute('aria-checked')).to.equal('false');
    await click(item);
    await waitFor(() => document.fullscreenElement === element, 'fullscreen from the menu');
    // Now as wide as the screen, the element may have room for it in the bar: on, wherever it is.
    const on = () => control(element, 'fullscreen').getAttribute('aria-checked') ?? control(element, 'fullscreen').getAttribute('aria-pressed');
    await waitFor(() => on() === 'true', 'shown as on');
  });

  it('toggleFullscreen() rejects outside a call and without a click', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    const outside = await element.toggleFullscreen().then(() => undefined, (error: unknown) => error);
    expect((outside as VideoRoomError).code).to.equal('not-connected');
    await joined(element);
    const noGesture = await element.toggleFullscreen().then(() => undefined, (error: unknown) => error);
    expect(noGesture instanceof VideoRoomError && noGesture.code).to.equal('not-allowed');
    expect(document.fullscreenElement === null).to.equal(true);
  });
});

describe('<video-room> picture-in-picture window', () => {
  it('shows the active speaker with working microphone, camera and leave buttons, and closes on leave', async () => {
    const { sim, element, recorder, grace, alan } = await callWithTwo();
    expect(pressed(element, 'pip')).to.equal('false');
    expect(control(element, 'pip').getAttribute('aria-label')).to.equal('Picture in picture');
    await openPip(element);
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }]);
    await waitFor(() => pressed(element, 'pip') === 'true', 'pressed');

    // Nobody has spoken: the first other participant, with the same stream as their tile, playing.
    expect(pipSubject()).to.equal(grace);
    expect(pipVideo().srcObject === tileVideo(element, grace).srcObject, 'Grace’s stream').to.equal(true);
    expect(pipDocument().querySelector('.name')?.textContent).to.equal('Grace');
    await waitFor(() => pipVideo().videoWidth > 0 && !pipVideo().paused, 'the video plays in the window');

    // Styled by an adopted sheet, never a <style> element or a style="" in markup.
    expect(pipDocument().adoptedStyleSheets.length).to.equal(1);
    expect(pipDocument().querySelectorAll('style, link').length).to.equal(0);
    expect(getComputedStyle(pipButton('Leave call')!).backgroundColor).to.equal('rgb(220, 38, 38)');

    sim.speak(alan);
    await waitFor(() => pipSubject() === alan, 'follows the active speaker');
    expect(pipVideo().srcObject === tileVideo(element, alan).srcObject, 'Alan’s stream').to.equal(true);
    expect(pipDocument().querySelector('.name')?.textContent).to.equal('Alan');

    pipButton('Microphone')!.click();
    await waitFor(() => element.audioMuted, 'microphone off from the window');
    await waitFor(() => pipButton('Microphone')?.getAttribute('aria-pressed') === 'false', 'microphone button follows');
    pipButton('Camera')!.click();
    await waitFor(() => element.videoMuted, 'camera off from the window');
    await waitFor(() => pipButton('Camera')?.getAttribute('aria-pressed') === 'false', 'camera button follows');
    pipButton('Microphone')!.click();
    await waitFor(() => !element.audioMuted, 'microphone on again');

    pipButton('Leave call')!.click();
    await waitFor(() => element.state === 'left', 'left the call from the window');
    await waitFor(() => documentPip()?.window === null, 'window closed');
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }, { active: false }]);
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'user' }]);
  });

  it('passes axe, with the microphone and camera on and off, in the element’s language', async () => {
    const { element } = await callWithTwo({ lang: 'de' });
    await openPip(element);
    expect(pipDocument().documentElement.lang).to.equal('de');
    expect(pipDocument().title).to.equal('Bild im Bild');
    expect(await axeViolations(documentPip()!.window!)).to.deep.equal([]);
    await element.setAudioEnabled(false);
    await element.setVideoEnabled(false);
    await waitFor(() => pipButton('Kamera')?.getAttribute('aria-pressed') === 'false', 'camera off in the window');
    expect(await axeViolations(documentPip()!.window!)).to.deep.equal([]);
  });

  it('shows the user when alone, and their initials while the camera is off', async () => {
    const { element } = await startCall({ 'display-name': 'Ada Lovelace' });
    await openPip(element);
    expect(pipSubject()).to.equal(element.localParticipant!.id);
    expect(pipDocument().querySelector('.name')?.textContent).to.equal('Ada Lovelace (You)');
    expect(pipVideo().classList.contains('mirrored')).to.equal(true);
    await element.setVideoEnabled(false);
    await waitFor(() => pipDocument().querySelector('.initials')?.textContent === 'AL', 'initials');
    expect(pipVideo().hidden).to.equal(true);
  });

  it('notices the user closing the window; the call goes on', async () => {
    const { element, recorder } = await callWithTwo();
    await openPip(element);
    documentPip()!.window!.close();
    await waitFor(() => pressed(element, 'pip') === 'false', 'not pressed');
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }, { active: false }]);
    expect(element.state).to.equal('connected');
    // And it opens again.
    await openPip(element);
    expect(recorder.of('vr-pip-change').length).to.equal(3);
  });

  it('closes when the call fails, and when the element is removed', async () => {
    const failing = await callWithTwo({ 'rejoin-timeout': '0' });
    await openPip(failing.element);
    failing.sim.disconnectNetwork();
    await waitFor(() => failing.element.state === 'error', 'error state');
    await waitFor(() => documentPip()?.window === null, 'closed on error');
    expect(failing.recorder.of('vr-pip-change')).to.deep.equal([{ active: true }, { active: false }]);
    failing.recorder.stop();

    const removed = await callWithTwo();
    await openPip(removed.element);
    const events: boolean[] = [];
    removed.element.addEventListener('vr-pip-change', (event) => events.push(event.detail.active));
    removed.element.remove();
    await waitFor(() => documentPip()?.window === null, 'closed on removal');
    expect(events).to.deep.equal([false]);
  });

  it('exitPictureInPicture() closes it; enterPictureInPicture() rejects outside a call and without a click', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    const outside = await element.enterPictureInPicture().then(() => undefined, (error: unknown) => error);
    expect((outside as VideoRoomError).code).to.equal('not-connected');
    await joined(element);
    const noGesture = await element.enterPictureInPicture().then(() => undefined, (error: unknown) => error);
    expect(noGesture instanceof VideoRoomError && noGesture.code).to.equal('not-allowed');
    expect(documentPip()?.window === null).to.equal(true);
    await openPip(element);
    await element.exitPictureInPicture();
    await waitFor(() => documentPip()?.window === null, 'closed');
    await waitFor(() => pressed(element, 'pip') === 'false', 'not pressed');
  });
});

describe('<video-room> picture-in-picture without Document Picture-in-Picture', () => {
  const inPip = (element: Element, participantId: string) => tileFor(element, participantId)?.shadowRoot?.pictureInPictureElement === tileVideo(element, participantId);

  it('shows the speaker’s own video, follows the speaker, and closes with the call', async () => {
    withoutFeature(window, 'documentPictureInPicture', undefined);
    const { sim, element, recorder, grace, alan } = await callWithTwo();
    await waitFor(() => tileVideo(element, grace).readyState >= HTMLMediaElement.HAVE_METADATA, 'Grace’s video has a picture');
    await click(control(element, 'pip'));
    await waitFor(() => inPip(element, grace), 'Grace’s video in picture-in-picture');
    await waitFor(() => pressed(element, 'pip') === 'true', 'pressed');
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }]);

    sim.speak(alan);
    await waitFor(() => inPip(element, alan), 'follows the active speaker');
    await settle(100);
    // Switching videos is not the picture closing.
    expect(pressed(element, 'pip')).to.equal('true');
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }]);

    await element.leave();
    await waitFor(() => document.pictureInPictureElement === null, 'picture closed');
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }, { active: false }]);
  });

  it('notices the user closing the picture', async () => {
    withoutFeature(window, 'documentPictureInPicture', undefined);
    const { element, recorder, grace } = await callWithTwo();
    await waitFor(() => tileVideo(element, grace).readyState >= HTMLMediaElement.HAVE_METADATA, 'a picture');
    await click(control(element, 'pip'));
    await waitFor(() => inPip(element, grace), 'in picture-in-picture');
    await document.exitPictureInPicture();
    await waitFor(() => pressed(element, 'pip') === 'false', 'not pressed');
    expect(recorder.of('vr-pip-change')).to.deep.equal([{ active: true }, { active: false }]);
  });
});

describe('<video-room> without fullscreen or picture-in-picture', () => {
  it('offers neither control, in the bar or the More menu, and the methods say so', async () => {
    withoutFeature(window, 'documentPictureInPicture', undefined);
    withoutFeature(document, 'pictureInPictureEnabled', false);
    withoutFeature(document, 'fullscreenEnabled', false);
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token' });
    element.style.width = '360px';
    await joined(element);
    await waitFor(() => hasControl(element, 'more'), 'More appears');
    expect(hasControl(element, 'settings'), 'the other controls are there').to.equal(true);
    expect(hasControl(element, 'pip')).to.equal(false);
    expect(hasControl(element, 'fullscreen')).to.equal(false);
    element.style.width = '1000px';
    await waitFor(() => !hasControl(element, 'more'), 'everything in the bar');
    expect(hasControl(element, 'pip')).to.equal(false);
    expect(hasControl(element, 'fullscreen')).to.equal(false);
    const pip = await element.enterPictureInPicture().then(() => undefined, (error: unknown) => error);
    expect((pip as VideoRoomError).code).to.equal('unsupported-browser');
    const fullscreen = await element.toggleFullscreen().then(() => undefined, (error: unknown) => error);
    expect((fullscreen as VideoRoomError).code).to.equal('unsupported-browser');
  });

  it('offers only fullscreen where only picture-in-picture is missing, and the reverse', async () => {
    withoutFeature(window, 'documentPictureInPicture', undefined);
    withoutFeature(document, 'pictureInPictureEnabled', false);
    const first = await startCall();
    expect([hasControl(first.element, 'pip'), hasControl(first.element, 'fullscreen')]).to.deep.equal([false, true]);
    await cleanup();
    restoreFeatures();
    withoutFeature(Element.prototype, 'requestFullscreen', undefined);
    const second = await startCall();
    expect([hasControl(second.element, 'pip'), hasControl(second.element, 'fullscreen')]).to.deep.equal([true, false]);
  });
});
