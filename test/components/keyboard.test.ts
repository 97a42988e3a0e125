// Keyboard use of <video-room>: the shortcuts (Ctrl+D, Ctrl+E, Ctrl+Alt+C here: the test browser
// runs on Linux), toggles' states, and where focus goes when screens change.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { keyShortcuts, shortcutCommand } from '../../src/components/video-room/keyboard-shortcuts.js';
import { focusedPart } from '../support/focus.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, startCall, tiles, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds the modifiers down, presses the last key, and lets go: a real shortcut for the browser. */
async function chord(...keys: string[]): Promise<void> {
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await sendKeys({ down: key });
  await sendKeys({ press: keys[keys.length - 1] });
  for (const key of modifiers.reverse()) await sendKeys({ up: key });
}

/** What the page sees of each key press after every listener ran: was its default prevented? */
function watchDefaults() {
  const prevented: boolean[] = [];
  const listener = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
  window.addEventListener('keydown', listener);
  return { prevented, stop: () => window.removeEventListener('keydown', listener) };
}

/** Counts the keydown listeners the element adds to the document and takes away again. */
function countDocumentKeydownListeners() {
  const live = new Set<unknown>();
  const add = document.addEventListener;
  const remove = document.removeEventListener;
  document.addEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type === 'keydown') live.add(listener);
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type === 'keydown') live.delete(listener);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof document.removeEventListener;
  return {
    get live() {
      return live.size;
    },
    restore() {
      document.addEventListener = add;
      document.removeEventListener = remove;
    },
  };
}

describe('<video-room> keyboard shortcuts', () => {
  it('Ctrl+D and Ctrl+E toggle the microphone and camera, as the buttons do', async () => {
    const { recorder, element } = await startCall();
    // Published (the local tile has its stream), so a toggle changes what others receive.
    await waitFor(() => tiles(element).some((tile) => tile.dataset.local === 'true' && tile.dataset.streamId), 'published');
    await waitFor(() => control(element, 'mic').getAttribute('aria-pressed') === 'true', 'microphone on');
    const defaults = watchDefaults();
    (document.activeElement as HTMLElement | null)?.blur();

    await chord('Control', 'd');
    await waitFor(() => element.audioMuted, 'microphone off');
    await element.updateComplete;
    expect(control(element, 'mic').getAttribute('aria-pressed')).to.equal('false');
    await chord('Control', 'e');
    await waitFor(() => element.videoMuted, 'camera off');
    await element.updateComplete;
    expect(control(element, 'camera').getAttribute('aria-pressed')).to.equal('false');
    await chord('Control', 'd');
    await waitFor(() => !element.audioMuted, 'microphone on again');

    expect(recorder.of('vr-local-media-change')).to.deep.equal([
      { audio: false, video: true },
      { audio: false, video: false },
      { audio: true, video: false },
    ]);
    expect(defaults.prevented, 'the browser does not bookmark or search').to.deep.equal([false, true, false, true, false, true]);
    defaults.stop();
  });

  it('Ctrl+Alt+C opens the chat (focus in its field) and closes it again', async () => {
    const { element } = await startCall();
    await chord('Control', 'Alt', 'c');
    await waitFor(() => shadow(element).querySelector('section[part~="chat"]'), 'chat open');
    await waitFor(() => focusedPart() === 'chat-input', 'focus in the message field');
    expect(control(element, 'chat').getAttribute('aria-expanded')).to.equal('true');
    await chord('Control', 'Alt', 'c');
    await waitFor(() => !shadow(element).querySelector('section[part~="chat"]'), 'chat closed');
    await waitFor(() => focusedPart() === 'control chat', 'focus back on the chat control');
  });

  it('shows the shortcuts on their buttons: aria-keyshortcuts and the tooltip', async () => {
    const { element } = await startCall();
    const expected = { mic: ['Control+D', 'Microphone (Ctrl+D)'], camera: ['Control+E', 'Camera (Ctrl+E)'], chat: ['Control+Alt+C', 'Chat (Ctrl+Alt+C)'] };
    for (const [name, [aria, title]] of Object.entries(expected)) {
      expect(control(element, name).getAttribute('aria-keyshortcuts'), name).to.equal(aria);
      expect(control(element, name).getAttribute('title'), name).to.equal(title);
    }
    expect(control(element, 'leave').hasAttribute('aria-keyshortcuts')).to.equal(false);
  });

  it('no-shortcuts: no hints, and the keys are left to the browser', async () => {
    const { sim, element } = await startCall({ 'no-shortcuts': true });
    expect(element.noShortcuts).to.equal(true);
    expect(control(element, 'mic').hasAttribute('aria-keyshortcuts')).to.equal(false);
    expect(control(element, 'mic').getAttribute('title')).to.equal('Microphone');
    const defaults = watchDefaults();
    await chord('Control', 'd');
    await chord('Control', 'Alt', 'c');
    await settle(100);
    expect(defaults.prevented.every((prevented) => !prevented)).to.equal(true);
    expect(element.audioMuted).to.equal(false);
    expect(shadow(element).querySelector('section[part~="chat"]')).to.equal(null);
    expect(sim.calls.filter((call) => call.method === 'publishAudio')).to.deep.equal([]);
    defaults.stop();
  });

  it('typing in the chat field types: letters, capitals and AltGr characters never toggle anything', async () => {
    const { sim, recorder, element } = await startCall();
    control(element, 'chat').click();
    await waitFor(() => focusedPart() === 'chat-input', 'chat field focused');
    await sendKeys({ type: 'dec DEC ' });
    await chord('Shift', 'Control', 'd');
    const input = shadow(element).querySelector<HTMLTextAreaElement>('[part~="chat-input"]')!;
    // Windows reports AltGr as Ctrl+Alt: Polish AltGr+C types "ć".
    const altGr = new KeyboardEvent('keydown', { key: 'ć', code: 'KeyC', ctrlKey: true, altKey: true, modifierAltGraph: true, bubbles: true, composed: true, cancelable: true });
    input.dispatchEvent(altGr);
    await settle(100);
    expect(input.value).to.equal('dec DEC ');
    expect(altGr.defaultPrevented).to.equal(false);
    expect(recorder.of('vr-local-media-change')).to.deep.equal([]);
    expect(sim.calls.filter((call) => call.method === 'publishAudio' || call.method === 'publishVideo')).to.deep.equal([]);
    expect(shadow(element).querySelector('section[part~="chat"]'), 'chat still open').to.not.equal(null);
  });

  it('never reacts while a text field of the page outside the element has focus', async () => {
    const { element } = await startCall();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const defaults = watchDefaults();
    await chord('Control', 'd');
    await settle(100);
    expect(element.audioMuted).to.equal(false);
    expect(defaults.prevented).to.deep.equal([false, false]);
    defaults.stop();
    field.remove();
  });

  it('listens only during a call: the listener goes on leave and on removal', async () => {
    const listeners = countDocumentKeydownListeners();
    try {
      const sim = newSimulator();
      const element = mountRoom({ sim, endpoint: '/test-token' });
      await waitFor(() => shadow(element).querySelector('button[part~="join"]'), 'join screen');
      expect(listeners.live, 'nothing before the call').to.equal(0);
      await joined(element);
      await element.updateComplete;
      expect(listeners.live, 'one while in the call').to.equal(1);
      await element.leave();
      await element.updateComplete;
      expect(listeners.live, 'none after leaving').to.equal(0);
      const defaults = watchDefaults();
      await chord('Control', 'd');
      expect(defaults.prevented, 'Ctrl+D is the browser’s again').to.deep.equal([false, false]);
      defaults.stop();

      await element.join();
      await element.updateComplete;
      expect(listeners.live).to.equal(1);
      element.remove();
      await settle();
      expect(listeners.live, 'none after removal').to.equal(0);
    } finally {
      listeners.restore();
    }
  });

  it('with two rooms on a page: the one holding focus reacts, else the one that joined last', async () => {
    const sim = newSimulator();
    const first = mountRoom({ sim, endpoint: '/test-token?session=first' });
    await joined(first);
    const second = mountRoom({ sim, endpoint: '/test-token?session=second' });
    await joined(second);
    (document.activeElement as HTMLElement | null)?.blur();
    await chord('Control', 'd');
    await waitFor(() => second.audioMuted, 'the latest call reacts');
    expect(first.audioMuted).to.equal(false);

    control(first, 'camera').focus();
    await chord('Control', 'd');
    await waitFor(() => first.audioMuted, 'the focused room reacts');
    expect(second.audioMuted, 'the other one does not').to.equal(true);

    await first.leave();
    await first.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    await chord('Control', 'd');
    await waitFor(() => !second.audioMuted, 'the room still in a call reacts');
  });

  it('reads the letter the layout types, on Apple keyboards the command key, and never AltGr', () => {
    const press = (init: KeyboardEventInit & { modifierAltGraph?: boolean }) => new KeyboardEvent('keydown', init);
    expect(shortcutCommand(press({ key: 'd', code: 'KeyD', ctrlKey: true }), false)).to.equal('microphone');
    expect(shortcutCommand(press({ key: 'e', code: 'KeyD', ctrlKey: true }), false), 'Dvorak: the key labelled E').to.equal('camera');
    expect(shortcutCommand(press({ key: 'в', code: 'KeyD', ctrlKey: true }), false), 'Russian: the key in the D position').to.equal('microphone');
    expect(shortcutCommand(press({ key: 'c', code: 'KeyC', ctrlKey: true, altKey: true }), false)).to.equal('chat');
    expect(shortcutCommand(press({ key: 'c', code: 'KeyC', ctrlKey: true }), false), 'Ctrl+C copies').to.equal(undefined);
    expect(shortcutCommand(press({ key: 'ć', code: 'KeyC', ctrlKey: true, altKey: true, modifierAltGraph: true }), false)).to.equal(undefined);
    expect(shortcutCommand(press({ key: 'D', code: 'KeyD', ctrlKey: true, shiftKey: true }), false)).to.equal(undefined);
    expect(shortcutCommand(press({ key: 'd', code: 'KeyD', metaKey: true }), false)).to.equal(undefined);
    expect(shortcutCommand(press({ key: 'd', code: 'KeyD', metaKey: true }), true)).to.equal('microphone');
    expect(shortcutCommand(press({ key: 'd', code: 'KeyD', ctrlKey: true }), true)).to.equal(undefined);
    expect(shortcutCommand(press({ key: 'c', code: 'KeyC', metaKey: true, ctrlKey: true }), true)).to.equal('chat');
    expect(shortcutCommand(press({ key: 'c', code: 'KeyC', metaKey: true, altKey: true }), true), '⌥⌘C is the inspector').to.equal(undefined);
    expect(keyShortcuts(true, { controlKey: 'Ctrl', altKey: 'Alt' })).to.deep.equal({
      microphone: { aria: 'Meta+D', hint: '⌘D' },
      camera: { aria: 'Meta+E', hint: '⌘E' },
      chat: { aria: 'Control+Meta+C', hint: '⌃⌘C' },
    });
    // Hints name the keys as the keyboard prints them in the element's language; aria stays the standard names.
    expect(keyShortcuts(false, { controlKey: 'Strg', altKey: 'Alt' }).chat).to.deep.equal({ aria: 'Control+Alt+C', hint: 'Strg+Alt+C' });
  });
});

describe('<video-room> toggles say their state one way', () => {
  it('a toggle keeps its name and flips aria-pressed; openers use aria-expanded', async () => {
    const { element } = await startCall();
    const hand = control(element, 'hand');
    expect([hand.getAttribute('aria-label'), hand.getAttribute('aria-pressed')]).to.deep.equal(['Raise hand', 'false']);
    hand.click();
    await waitFor(() => hand.getAttribute('aria-pressed') === 'true', 'hand up');
    expect(hand.getAttribute('aria-label')).to.equal('Raise hand');
    await waitFor(() => shadow(element).querySelector('button[part~="settings"]'), 'settings control');
    for (const name of ['settings', 'chat', 'participants', 'reactions']) {
      expect(control(element, name).getAttribute('aria-expanded'), name).to.equal('false');
      expect(control(element, name).hasAttribute('aria-pressed'), name).to.equal(false);
    }
    control(element, 'settings').click();
    await waitFor(() => control(element, 'settings').getAttribute('aria-expanded') === 'true', 'settings expanded');
  });
});

describe('<video-room> focus when screens change', () => {
  it('Join by keyboard lands on the microphone; Leave on Rejoin; Rejoin on the microphone again', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token', attributes: { 'display-name': 'Ada' } });
    await waitFor(() => shadow(element).querySelector('[part~="join-screen"] select'), 'join screen');
    control(element, 'join').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.state === 'connected' && focusedPart() === 'control mic', 'focus on the microphone');

    control(element, 'leave').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.state === 'left', 'left');
    await waitFor(() => focusedPart() === 'control rejoin', 'focus on Rejoin');

    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.state === 'connected' && focusedPart() === 'control mic', 'focus on the microphone again');
  });

  it('a failed join lands on Retry', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token?status=500' });
    await waitFor(() => shadow(element).querySelector('button[part~="join"]'), 'join screen');
    control(element, 'join').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => element.state === 'error', 'error');
    await waitFor(() => focusedPart() === 'control retry', 'focus on Retry');
  });

  it('never takes focus from the page: join() and leave() called by the host leave it where it is', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await joined(element);
    await element.updateComplete;
    await settle(100);
    await element.leave();
    await element.updateComplete;
    expect(document.activeElement === field, 'focus stays in the page field').to.equal(true);
    field.remove();
  });

  it('Next page on the last page hands focus to Previous page', async () => {
    const sim = newSimulator();
    for (let index = 1; index <= 9; index++) sim.addParticipant({ name: `P${index}` });
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'max-tiles': '4' } });
    await joined(element);
    await waitFor(() => tiles(element).length === 10, 'every tile');
    control(element, 'next-page').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focusedPart()).to.equal('control next-page');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(control(element, 'next-page').disabled).to.equal(true);
    await waitFor(() => focusedPart() === 'control previous-page', 'focus on Previous page');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(control(element, 'previous-page').disabled).to.equal(true);
    await waitFor(() => focusedPart() === 'control next-page', 'and back to Next page on the first page');
  });
});
