import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { renderChatPanel, type ChatPanelModel } from '../../src/components/chat/chat-panel.js';
import { chatStyles } from '../../src/components/chat/chat.styles.js';
import { linkify } from '../../src/components/chat/linkify.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import type { ChatMessage } from '../../src/room/state.js';

const containers: HTMLElement[] = [];
// The panel's rules do not depend on :host, so they style it in the document too.
const sheet = chatStyles.styleSheet!;
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

let counter = 0;
function message(overrides: Partial<ChatMessage> = {}): ChatMessage {
  counter += 1;
  return {
    id: `m${counter}`,
    participantId: 'grace',
    name: 'Grace',
    text: `message ${counter}`,
    sentAt: Date.UTC(2026, 11, 1, 9, 5),
    isLocal: false,
    status: 'sent',
    ...overrides,
  };
}

function mount(overrides: Partial<ChatPanelModel> = {}) {
  const calls = { send: [] as string[], resend: [] as string[], draft: [] as string[], close: 0 };
  const actions = {
    send: (text: string) => calls.send.push(text),
    resend: (id: string) => calls.resend.push(id),
    draftChanged: (text: string) => calls.draft.push(text),
    close: () => (calls.close += 1),
  };
  const container = document.createElement('div');
  container.className = 'frame';
  document.body.append(container);
  containers.push(container);
  let model: ChatPanelModel = { messages: [], draft: '', text: englishStrings, narrow: false, ...overrides };
  const update = (next: Partial<ChatPanelModel>) => {
    model = { ...model, ...next };
    render(renderChatPanel(model, actions), container);
  };
  update({});
  const q = <E extends Element>(selector: string) => container.querySelector<E>(selector);
  return {
    container,
    calls,
    update,
    q,
    input: () => q<HTMLTextAreaElement>('[part~="chat-input"]')!,
    sendButton: () => q<HTMLButtonElement>('button[part~="send"]')!,
    items: () => [...container.querySelectorAll<HTMLElement>('[part~="chat-message"]')],
  };
}

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('chat panel', () => {
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it('is a labelled section with a title and a real close button', () => {
    const { q, calls } = mount({ narrow: true });
    const panel = q<HTMLElement>('[part="chat"]')!;
    expect(panel.tagName).to.equal('SECTION');
    expect(panel.classList.contains('side-panel')).to.equal(true);
    expect(panel.dataset.narrow).to.equal('true');
    expect(panel.getAttribute('aria-label')).to.equal('Chat');
    expect(q('h2')!.textContent.trim()).to.equal('Chat');
    const close = q<HTMLButtonElement>('button[part~="close-chat"]')!;
    expect(close.getAttribute('part')).to.equal('control close-chat');
    expect(close.type).to.equal('button');
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.click();
    expect(calls.close).to.equal(1);
  });

  it('shows the empty text and a polite log before any message', () => {
    const { q, items } = mount();
    expect(items()).to.have.length(0);
    expect(q('[part="chat"]')!.textContent).to.contain(englishStrings.chatEmpty);
    const log = q('[role="log"]')!;
    expect(log.querySelector('ol')).to.not.equal(null);
    expect(log.getAttribute('aria-live')).to.equal('polite');
    expect(log.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
  });

  it('lists messages in order with sender, local marker, status and time', () => {
    const first = message({ text: 'Hello' });
    const second = message({ participantId: 'me', name: 'Ada', isLocal: true, text: 'Hi Grace', status: 'sending' });
    const { items, q } = mount({ messages: [first, second] });
    const [a, b] = items();
    expect(items().map((item) => item.querySelector('[part~="chat-text"]')!.textContent)).to.deep.equal(['Hello', 'Hi Grace']);
    expect(a.dataset).to.include({ participantId: 'grace', local: 'false', status: 'sent' });
    expect(b.dataset).to.include({ participantId: 'me', local: 'true', status: 'sending' });
    expect(a.querySelector('[part~="chat-name"]')!.textContent.trim()).to.equal('Grace');
    expect(b.querySelector('[part~="chat-name"]')!.textContent.trim()).to.equal('Ada (You)');
    const time = a.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(new Date(first.sentAt).toISOString());
    const expected = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(first.sentAt);
    expect(time.textContent.trim()).to.equal(expected);
    expect(b.textContent).to.contain(englishStrings.chatSending);
    expect(a.textContent).not.to.contain(englishStrings.chatSending);
    expect(q('.panel-empty')).to.equal(null);
  });

  it('offers Resend only on failed messages, and it resends that message', () => {
    const ok = message({ isLocal: true, name: 'Ada' });
    const failed = message({ isLocal: true, name: 'Ada', status: 'failed', text: 'lost?' });
    const { items, container, calls } = mount({ messages: [ok, failed, message()] });
    const resends = [...container.querySelectorAll<HTMLButtonElement>('button[part~="resend"]')];
    expect(resends).to.have.length(1);
    expect(items()[1].contains(resends[0])).to.equal(true);
    expect(resends[0].getAttribute('part')).to.equal('control resend');
    expect(resends[0].type).to.equal('button');
    expect(resends[0].textContent.trim()).to.equal('Resend');
    expect(items()[1].textContent).to.contain(englishStrings.chatFailed);
    resends[0].click();
    expect(calls.resend).to.deep.equal([failed.id]);
  });

  it('shows network text as text: no element from a message or a name', () => {
    const payloads = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '<b>bold</b> & <a href="https://evil.test">x</a>'];
    const { items } = mount({
      messages: payloads.map((text) => message({ text, name: '<img src=x onerror="window.__xss=1">' })),
    });
    items().forEach((item, index) => {
      expect(item.querySelector('[part~="chat-text"]')!.textContent).to.equal(payloads[index]);
      expect(item.querySelector('img, script, b, a')).to.equal(null);
      expect(item.querySelector('[part~="chat-name"]')!.textContent).to.contain('<img src=x');
    });
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('turns http(s) URLs into safe links and keeps everything else text', () => {
    const { items } = mount({ messages: [message({ text: 'see https://example.com/a?b=1. or javascript:alert(1)\nbye' })] });
    const text = items()[0].querySelector<HTMLElement>('[part~="chat-text"]')!;
    const links = [...text.querySelectorAll('a')];
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://example.com/a?b=1');
    expect(links[0].textContent).to.equal('https://example.com/a?b=1');
    expect(links[0].getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[0].getAttribute('target')).to.equal('_blank');
    expect(text.textContent).to.equal('see https://example.com/a?b=1. or javascript:alert(1)\nbye');
    expect(text.querySelector('br')).to.equal(null);
    expect(getComputedStyle(text).whiteSpace).to.equal('pre-wrap');
    expect(getComputedStyle(text).overflowWrap).to.equal('anywhere');
  });

  it('Enter sends, Shift+Enter adds a line, an empty draft sends nothing', async () => {
    const { input, calls } = mount();
    input().focus();
    await sendKeys({ press: 'Enter' });
    expect(calls.send).to.deep.equal([]);
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    expect(calls.send).to.deep.equal([]);
    input().value = '';
    await sendKeys({ type: 'Hello' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'there' });
    expect(calls.send).to.deep.equal([]);
    expect(input().value).to.equal('Hello\nthere');
    expect(calls.draft.at(-1)).to.equal('Hello\nthere');
    await sendKeys({ press: 'Enter' });
    expect(calls.send).to.deep.equal(['Hello\nthere']);
    expect(input().value).to.equal('Hello\nthere'); // the host clears it through the model
  });

  it('does not send on the Enter that ends an IME composition', () => {
    const { input, calls } = mount({ draft: 'こんにちは' });
    const event = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
    input().dispatchEvent(event);
    expect(calls.send).to.deep.equal([]);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('the send button is disabled while empty or over 2000 characters, even before a re-render', () => {
    const { input, sendButton, calls, q } = mount();
    const button = sendButton();
    expect(button.type).to.equal('submit');
    expect(button.getAttribute('part')).to.equal('control send');
    expect(button.getAttribute('aria-label')).to.equal('Send');
    expect(button.querySelector('svg')).to.not.equal(null);
    expect(button.disabled).to.equal(true);
    const counterEl = q<HTMLElement>('[part~="chat-counter"]')!;
    expect(counterEl.hidden).to.equal(true);

    const type = (value: string) => {
      input().value = value;
      input().dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('hi');
    expect(calls.draft).to.deep.equal(['hi']);
    expect(button.disabled).to.equal(false);
    type('x'.repeat(2001));
    expect(button.disabled).to.equal(true);
    expect(counterEl.hidden).to.equal(false);
    expect(counterEl.dataset.count).to.equal('2001 / 2000');
    expect(input().getAttribute('aria-invalid')).to.equal('true');
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(calls.send).to.deep.equal([]);
    type(`  ${'x'.repeat(2000)}  `); // the limit counts the trimmed text, as the engine does
    expect(button.disabled).to.equal(false);
    expect(counterEl.hidden).to.equal(true);
    button.click();
    expect(calls.send).to.have.length(1);
  });

  it('shows the draft from the model and follows it when the host clears it', () => {
    const { input, sendButton, update } = mount({ draft: 'half a thought' });
    expect(input().value).to.equal('half a thought');
    expect(sendButton().disabled).to.equal(false);
    input().value = 'typed more';
    input().dispatchEvent(new Event('input', { bubbles: true }));
    update({ draft: '' }); // sent: the host clears the draft
    expect(input().value).to.equal('');
    expect(sendButton().disabled).to.equal(true);
    update({ draft: 'x'.repeat(2100) });
    expect(sendButton().disabled).to.equal(true);
    expect(input().getAttribute('aria-invalid')).to.equal('true');
  });

  it('labels the input and closes on Escape', async () => {
    const { input, calls } = mount();
    expect(input().getAttribute('aria-label')).to.equal(englishStrings.chatInputLabel);
    expect(input().getAttribute('placeholder')).to.equal(englishStrings.chatPlaceholder);
    input().focus();
    await sendKeys({ press: 'Escape' });
    expect(calls.close).to.equal(1);
  });

  it('scrolls to the newest message unless the user is reading older ones', async () => {
    const many = Array.from({ length: 40 }, () => message());
    const { q, update, container } = mount({ messages: many });
    container.style.setProperty('display', 'grid');
    container.style.setProperty('height', '320px');
    container.style.setProperty('width', '320px');
    await microtask();
    await frame();
    const log = q<HTMLElement>('[role="log"]')!;
    const atEnd = () => log.scrollHeight - log.scrollTop - log.clientHeight < 2;
    update({ messages: [...many] }); // re-measured at the real size
    await microtask();
    expect(log.scrollHeight).to.be.greaterThan(log.clientHeight);
    expect(atEnd()).to.equal(true);

    let messages = [...many, message()];
    update({ messages });
    await microtask();
    expect(atEnd(), 'follows while at the end').to.equal(true);

    log.scrollTop = 0;
    messages = [...messages, message()];
    update({ messages });
    await microtask();
    expect(log.scrollTop, 'a reader is not pulled down').to.equal(0);

    messages = [...messages, message({ isLocal: true, name: 'Ada', participantId: 'me' })];
    update({ messages });
    await microtask();
    expect(atEnd(), 'the user’s own message is shown').to.equal(true);
  });

  it('uses no style attributes and passes axe', async () => {
    const messages = [message(), message({ status: 'failed', isLocal: true, name: 'Ada', text: 'see https://example.com' }), message({ status: 'sending', isLocal: true })];
    const { container, update } = mount({ messages, draft: 'ready to send' });
    expect(container.querySelector('[style]')).to.equal(null);
    await expect(container).to.be.accessible();
    update({ draft: 'x'.repeat(2001) });
    await expect(container).to.be.accessible();
    update({ messages: [], draft: '' });
    await expect(container).to.be.accessible();
  });
});

describe('linkify', () => {
  const links = (text: string) => {
    const host = document.createElement('div');
    render(linkify(text), host);
    return { host, hrefs: [...host.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]) };
  };

  const cases: Array<[string, Array<[string, string]>]> = [
    ['plain text', []],
    ['javascript:alert(1)', []],
    ['data:text/html,<script>alert(1)</script>', []],
    ['ftp://example.com/file', []],
    ['https://', []],
    ['xhttps://example.com', []],
    ['https://example.com/a?b=1.', [['https://example.com/a?b=1', 'https://example.com/a?b=1']]],
    ['(see https://example.com/x)', [['https://example.com/x', 'https://example.com/x']]],
    ['https://en.wikipedia.org/wiki/Lisp_(language)!', [['https://en.wikipedia.org/wiki/Lisp_(language)', 'https://en.wikipedia.org/wiki/Lisp_(language)']]],
    ['HTTP://Example.com, and http://b.test/?q=1;', [['http://example.com/', 'HTTP://Example.com'], ['http://b.test/?q=1', 'http://b.test/?q=1']]],
    ['https://x.test/<img src=x>', [['https://x.test/%3Cimg', 'https://x.test/<img']]],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected.length} link(s), text unchanged`, () => {
      const { host, hrefs } = links(text);
      expect(hrefs).to.deep.equal(expected);
      expect(host.textContent).to.equal(text);
      expect(host.querySelector('img, script')).to.equal(null);
      for (const a of host.querySelectorAll('a')) {
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('target')).to.equal('_blank');
      }
    });
  }
});
