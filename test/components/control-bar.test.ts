import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import { renderControlBar, splitControls, type ControlSpec } from '../../src/components/controls/control-bar.js';
import { controlsStyles } from '../../src/components/controls/controls.styles.js';
import { MenuController } from '../../src/components/controls/menu.js';
import { cameraIcon, micOffIcon } from '../../src/components/icons.js';
import { chatIcon, handIcon, layoutGridIcon, leaveIcon, peopleIcon, reactionIcon, screenShareIcon, settingsIcon } from '../../src/components/call-icons.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';

/** The bar as a call would build it: mic off, chat with unread messages, three people. */
function callControls(calls: string[] = [], overrides: Partial<Record<string, Partial<ControlSpec>>> = {}): ControlSpec[] {
  const action = (name: string) => () => {
    calls.push(name);
  };
  const base: ControlSpec[] = [
    { name: 'mic', label: 'Microphone', icon: micOffIcon, action: action('mic'), pressed: false, tone: 'off', priority: 0, pinned: true },
    { name: 'camera', label: 'Camera', icon: cameraIcon, action: action('camera'), pressed: true, priority: 0, pinned: true },
    { name: 'screen', label: 'Share screen', icon: screenShareIcon, action: action('screen'), pressed: false, priority: 3 },
    { name: 'reactions', label: 'Send a reaction', icon: reactionIcon, action: action('reactions'), expanded: false, priority: 4 },
    { name: 'hand', label: 'Raise hand', icon: handIcon, action: action('hand'), pressed: false, priority: 5 },
    { name: 'layout', label: 'Grid layout', icon: layoutGridIcon, action: action('layout'), priority: 6 },
    { name: 'chat', label: 'Chat', icon: chatIcon, action: action('chat'), expanded: false, priority: 1 },
    { name: 'participants', label: 'People (3)', icon: peopleIcon, action: action('participants'), expanded: false, count: 3, priority: 2 },
    { name: 'settings', label: 'Settings', icon: settingsIcon, action: action('settings'), expanded: false, priority: 7 },
    { name: 'leave', label: 'Leave', icon: leaveIcon, action: action('leave'), tone: 'danger', priority: 0, pinned: true },
  ];
  return base.map((control) => ({ ...control, ...overrides[control.name] }));
}

const names = (controls: readonly ControlSpec[]) => controls.map((control) => control.name);

/** A minimal host, as `<video-room>` will be: the controller on the element, the bar in its shadow root. */
class TestControlBar extends LitElement {
  static override styles = [controlsStyles, css`:host { display: block; }`];
  readonly more = new MenuController(this, 'more');
  controls: ControlSpec[] = callControls();
  barWidth = 360;

  protected override render() {
    return renderControlBar({ controls: this.controls, width: this.barWidth, moreOpen: this.more.open, text: englishStrings }, { toggleMore: this.more.toggle });
  }
}
customElements.define('test-control-bar', TestControlBar);

const mounted: HTMLElement[] = [];

async function mount(width: number, controls = callControls()): Promise<TestControlBar> {
  const element = document.createElement('test-control-bar') as TestControlBar;
  element.controls = controls;
  element.barWidth = width;
  element.style.width = `${width}px`;
  element.style.marginTop = '400px'; // room for the menu above the bar
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  return element;
}

const root = (element: TestControlBar) => element.shadowRoot!;
const control = (element: TestControlBar, name: string) => root(element).querySelector<HTMLButtonElement>(`button[part~="control"][part~="${name}"]`)!;
const menu = (element: TestControlBar) => root(element).querySelector<HTMLElement>('[part="more-menu"]')!;
const focused = (element: TestControlBar) => root(element).activeElement as HTMLElement | null;
const focusedName = (element: TestControlBar) => focused(element)?.getAttribute('part')?.replace('control ', '');
const settle = async (element: TestControlBar) => {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Counts the pointerdown listeners the controller adds to and removes from the document. */
function countDocumentListeners() {
  const add = document.addEventListener;
  const remove = document.removeEventListener;
  const counter = { live: 0, restore: () => undefined as void };
  document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    if (type === 'pointerdown') counter.live += 1;
    return (add as (...args: unknown[]) => void).call(this, type, ...rest);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    if (type === 'pointerdown') counter.live -= 1;
    return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
  } as typeof document.removeEventListener;
  counter.restore = () => {
    document.addEventListener = add;
    document.removeEventListener = remove;
  };
  return counter;
}

describe('splitControls', () => {
  const table: Array<{ width: number; bar: string[]; overflow: string[] }> = [
    { width: 800, bar: ['mic', 'camera', 'screen', 'reactions', 'hand', 'layout', 'chat', 'participants', 'settings', 'leave'], overflow: [] },
    { width: 560, bar: ['mic', 'camera', 'screen', 'reactions', 'hand', 'layout', 'chat', 'participants', 'settings', 'leave'], overflow: [] },
    { width: 480, bar: ['mic', 'camera', 'screen', 'reactions', 'chat', 'participants', 'leave'], overflow: ['hand', 'layout', 'settings'] },
    { width: 360, bar: ['mic', 'camera', 'chat', 'participants', 'leave'], overflow: ['screen', 'reactions', 'hand', 'layout', 'settings'] },
    { width: 200, bar: ['mic', 'camera', 'leave'], overflow: ['screen', 'reactions', 'hand', 'layout', 'chat', 'participants', 'settings'] },
    { width: 0, bar: ['mic', 'camera', 'screen', 'reactions', 'hand', 'layout', 'chat', 'participants', 'settings', 'leave'], overflow: [] },
    { width: Number.NaN, bar: ['mic', 'camera', 'screen', 'reactions', 'hand', 'layout', 'chat', 'participants', 'settings', 'leave'], overflow: [] },
  ];
  for (const row of table) {
    it(`at ${row.width} px: ${row.overflow.length ? `${row.overflow.join(', ')} in More` : 'everything in the bar'}`, () => {
      const { bar, overflow } = splitControls(callControls(), row.width);
      expect(names(bar)).to.deep.equal(row.bar);
      expect(names(overflow)).to.deep.equal(row.overflow);
    });
  }

  it('never moves mic, camera or leave, even when they are not marked pinned and are the least important', () => {
    const controls = callControls([], { mic: { pinned: false, priority: 99 }, camera: { pinned: undefined, priority: 98 }, leave: { pinned: false, priority: 97 } });
    for (const width of [120, 360, 480]) {
      const { bar } = splitControls(controls, width);
      expect(names(bar)).to.include.members(['mic', 'camera', 'leave']);
    }
  });

  it('moves the later of two equally important controls first, and keeps both lists in order', () => {
    const controls = callControls([], { screen: { priority: 5 }, hand: { priority: 5 }, layout: { priority: 5 }, settings: { priority: 5 } });
    const { bar, overflow } = splitControls(controls, 480);
    expect(names(overflow)).to.deep.equal(['hand', 'layout', 'settings']);
    expect(names(bar)).to.deep.equal(['mic', 'camera', 'screen', 'reactions', 'chat', 'participants', 'leave']);
  });
});

describe('renderControlBar', () => {
  let listeners: ReturnType<typeof countDocumentListeners>;
  beforeEach(() => {
    listeners = countDocumentListeners();
  });
  afterEach(() => {
    listeners.restore();
    for (const element of mounted.splice(0)) element.remove();
  });

  it('at 360 px: mic, camera, chat, people, More and leave fit without scrolling, More labelled as a menu button', async () => {
    const element = await mount(360);
    const bar = root(element).querySelector<HTMLElement>('[part="controls"]')!;
    expect(bar.getAttribute('role')).to.equal('toolbar');
    expect(bar.getAttribute('aria-label')).to.equal(englishStrings.controlsLabel);
    const inBar = [...bar.querySelectorAll<HTMLButtonElement>(':scope > button')].map((button) => button.getAttribute('part'));
    expect(inBar).to.deep.equal(['control mic', 'control camera', 'control chat', 'control participants', 'control more', 'control leave']);
    expect(bar.scrollWidth).to.be.at.most(bar.clientWidth);
    const box = bar.getBoundingClientRect();
    for (const button of bar.querySelectorAll<HTMLButtonElement>(':scope > button')) {
      const rect = button.getBoundingClientRect();
      expect(rect.left, button.getAttribute('part')!).to.be.at.least(box.left);
      expect(rect.right, button.getAttribute('part')!).to.be.at.most(box.right);
      expect(rect.height).to.equal(44);
    }
    const more = control(element, 'more');
    expect(more.type).to.equal('button');
    expect(more.getAttribute('aria-haspopup')).to.equal('menu');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-label')).to.equal('More');
    expect(menu(element).hidden).to.equal(true);
    expect(menu(element).getAttribute('role')).to.equal('menu');
    expect(menu(element).getAttribute('aria-label')).to.equal('More');
    expect(listeners.live).to.equal(0);
  });

  it('renders every control exactly once, in the bar or in the menu, with names, titles and toggle states', async () => {
    for (const width of [360, 480, 800]) {
      const element = await mount(width);
      for (const spec of element.controls) {
        const buttons = root(element).querySelectorAll<HTMLButtonElement>(`button[part~="control"][part~="${spec.name}"]`);
        expect(buttons.length, `${spec.name} at ${width}`).to.equal(1);
        const button = buttons[0];
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-label')).to.equal(spec.label);
        expect(button.getAttribute('title')).to.equal(spec.label);
        const inMenu = Boolean(button.closest('[part="more-menu"]'));
        if (spec.pressed !== undefined) {
          expect(button.getAttribute(inMenu ? 'aria-checked' : 'aria-pressed'), spec.name).to.equal(String(spec.pressed));
          expect(button.hasAttribute(inMenu ? 'aria-pressed' : 'aria-checked')).to.equal(false);
          if (inMenu) expect(button.getAttribute('role')).to.equal('menuitemcheckbox');
        } else {
          expect(button.hasAttribute('aria-pressed'), spec.name).to.equal(false);
          if (inMenu) expect(button.getAttribute('role')).to.equal('menuitem');
        }
        if (spec.expanded !== undefined) expect(button.getAttribute('aria-expanded'), spec.name).to.equal(String(spec.expanded));
        if (inMenu) expect(getComputedStyle(button.querySelector('.menu-label')!, '::before').content).to.equal(JSON.stringify(spec.label));
      }
      expect(Boolean(root(element).querySelector('[part~="more"]')), `More at ${width}`).to.equal(width < 560);
      element.remove();
    }
  });

  it('passes axe with the menu closed and open', async () => {
    const element = await mount(360, callControls([], { chat: { badge: 4, priority: 9, label: 'Chat, 4 unread' } }));
    await expect(element).to.be.accessible();
    control(element, 'more').click();
    await settle(element);
    await expect(element).to.be.accessible();
  });

  it('keeps the slots for host buttons at both ends of the bar', async () => {
    const element = await mount(800);
    const bar = root(element).querySelector('[part="controls"]')!;
    expect(bar.firstElementChild!.getAttribute('name')).to.equal('controls-start');
    expect(bar.querySelector('slot[name="controls-end"]')).to.exist;
  });

  it('styles a device that is off as muted (red), leave as danger and an open panel as active', async () => {
    const element = await mount(800, callControls([], { chat: { expanded: true, tone: 'active' } }));
    const red = getComputedStyle(control(element, 'leave')).backgroundColor;
    expect(getComputedStyle(control(element, 'mic')).backgroundColor).to.equal(red);
    expect(getComputedStyle(control(element, 'camera')).backgroundColor).not.to.equal(red);
    expect(control(element, 'chat').classList.contains('tone-active')).to.equal(true);
    expect(getComputedStyle(control(element, 'chat')).backgroundColor).not.to.equal(getComputedStyle(control(element, 'camera')).backgroundColor);
    expect(control(element, 'leave').getBoundingClientRect().width).to.equal(56);
    expect(control(element, 'participants').getBoundingClientRect().width).to.equal(64);
    const count = control(element, 'participants').querySelector('.count')!;
    expect(getComputedStyle(count, '::before').content).to.equal('"3"');
    expect(count.getBoundingClientRect().width).to.be.above(4);
  });

  it('shows an unread badge as 99+ above 99, in the bar and in the menu (with a dot on More)', async () => {
    const wide = await mount(800, callControls([], { chat: { badge: 150, label: 'Chat, 150 unread' } }));
    const badge = control(wide, 'chat').querySelector('[part="badge"]')!;
    expect(badge.textContent).to.equal('99+');
    expect(badge.getAttribute('aria-hidden')).to.equal('true');
    const few = await mount(800, callControls([], { chat: { badge: 7 } }));
    expect(control(few, 'chat').querySelector('[part="badge"]')!.textContent).to.equal('7');
    const none = await mount(800, callControls([], { chat: { badge: 0 } }));
    expect(control(none, 'chat').querySelector('[part="badge"]') === null).to.equal(true);

    const narrow = await mount(360, callControls([], { chat: { badge: 150, priority: 9 } }));
    const chat = control(narrow, 'chat');
    expect(chat.closest('[part="more-menu"]')).to.exist;
    expect(chat.querySelector('[part="badge"]')!.textContent).to.equal('99+');
    expect(control(narrow, 'more').querySelector('[part="more-badge"]')).to.exist;
    expect(control(narrow, 'more').getAttribute('aria-label')).to.equal('More, 150 unread');
  });

  it('keyboard: ArrowDown on More opens the menu at the first item; arrows wrap, Home/End jump, Escape returns to More', async () => {
    const element = await mount(360);
    control(element, 'more').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(element.more.open).to.equal(true);
    expect(control(element, 'more').getAttribute('aria-expanded')).to.equal('true');
    expect(menu(element).hidden).to.equal(false);
    expect(menu(element).getBoundingClientRect().bottom).to.be.at.most(control(element, 'more').getBoundingClientRect().top);
    expect(focusedName(element)).to.equal('screen');
    expect(listeners.live).to.equal(1);

    await sendKeys({ press: 'ArrowDown' });
    expect(focusedName(element)).to.equal('reactions');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedName(element), 'ArrowUp wraps to the last').to.equal('settings');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedName(element), 'ArrowDown wraps to the first').to.equal('screen');
    await sendKeys({ press: 'End' });
    expect(focusedName(element)).to.equal('settings');
    await sendKeys({ press: 'Home' });
    expect(focusedName(element)).to.equal('screen');

    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.more.open).to.equal(false);
    expect(menu(element).hidden).to.equal(true);
    expect(control(element, 'more').getAttribute('aria-expanded')).to.equal('false');
    expect(focused(element) === control(element, 'more'), 'focus is on More').to.equal(true);
    expect(listeners.live).to.equal(0);
    expect(element.more.listening).to.equal(false);
  });

  it('keyboard: ArrowUp on More opens at the last item; Enter and Space on More open at the first', async () => {
    const element = await mount(360);
    control(element, 'more').focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(element);
    expect(focusedName(element)).to.equal('settings');
    await sendKeys({ press: 'Escape' });
    await settle(element);
    for (const key of ['Enter', 'Space']) {
      await sendKeys({ press: key });
      await settle(element);
      expect(element.more.open, key).to.equal(true);
      expect(focusedName(element), key).to.equal('screen');
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(focused(element) === control(element, 'more'), 'focus is on More').to.equal(true);
    }
  });

  it('Enter on a menu item runs its action, closes the menu and returns focus to More', async () => {
    const calls: string[] = [];
    const element = await mount(360, callControls(calls));
    control(element, 'more').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedName(element)).to.equal('hand');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(calls).to.deep.equal(['hand']);
    expect(element.more.open).to.equal(false);
    expect(focused(element) === control(element, 'more'), 'focus is on More').to.equal(true);
    expect(listeners.live).to.equal(0);
  });

  it('Tab closes the menu', async () => {
    const element = await mount(360);
    control(element, 'more').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(element.more.open).to.equal(false);
    expect(listeners.live).to.equal(0);
  });

  it('a click on More opens it; a press inside the menu keeps it open; a press outside closes it and removes the listener', async () => {
    const element = await mount(360);
    control(element, 'more').click();
    await settle(element);
    expect(element.more.open).to.equal(true);
    expect(focusedName(element)).to.equal('screen');
    expect(listeners.live).to.equal(1);

    menu(element).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    control(element, 'more').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(element);
    expect(element.more.open).to.equal(true);

    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(element);
    expect(element.more.open).to.equal(false);
    expect(menu(element).hidden).to.equal(true);
    expect(listeners.live).to.equal(0);
    expect(element.more.listening).to.equal(false);

    // Clicking More again toggles: open, then closed.
    control(element, 'more').click();
    await settle(element);
    control(element, 'more').click();
    await settle(element);
    expect(element.more.open).to.equal(false);
    expect(listeners.live).to.equal(0);
  });

  it('a click on an item (even from a closed menu, as a script would) runs its action once; rejections are swallowed', async () => {
    const calls: string[] = [];
    let rejected = 0;
    const onRejection = (event: PromiseRejectionEvent) => {
      rejected += 1;
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    const controls = callControls(calls, { chat: { priority: 9, action: () => (calls.push('chat'), Promise.reject(new Error('nope'))) } });
    const element = await mount(360, controls);
    control(element, 'chat').click();
    await settle(element);
    expect(calls).to.deep.equal(['chat']);
    expect(element.more.open).to.equal(false);
    control(element, 'leave').click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('unhandledrejection', onRejection);
    expect(calls).to.deep.equal(['chat', 'leave']);
    expect(rejected).to.equal(0);
  });

  it('leaves no listener behind when the host is removed with the menu open, and closes when nothing overflows any more', async () => {
    const element = await mount(360);
    control(element, 'more').click();
    await settle(element);
    expect(listeners.live).to.equal(1);
    element.remove();
    expect(listeners.live).to.equal(0);
    expect(element.more.open).to.equal(false);

    const growing = await mount(360);
    control(growing, 'more').click();
    await settle(growing);
    growing.barWidth = 800;
    growing.requestUpdate();
    await settle(growing);
    expect(root(growing).querySelector('[part~="more"]') === null).to.equal(true);
    expect(growing.more.open).to.equal(false);
    expect(listeners.live).to.equal(0);
  });
});
