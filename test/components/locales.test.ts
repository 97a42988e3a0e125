// <video-room> in other languages, against the simulator: which language it picks, that it follows
// `lang` changes, counts in each language's plural forms, lets the host's strings win, and lays
// Arabic out right to left without mirroring anyone's video.
import { expect } from '@open-wc/testing';
import type { VideoRoomElement } from '../../src/define.js';
import { strings as arabic } from '../../src/i18n/locales/ar.js';
import { strings as german } from '../../src/i18n/locales/de.js';
import { strings as spanish } from '../../src/i18n/locales/es.js';
import { strings as french } from '../../src/i18n/locales/fr.js';
import { strings as japanese } from '../../src/i18n/locales/ja.js';
import { strings as portuguese } from '../../src/i18n/locales/pt.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, tileFor, waitFor } from '../support/room-fixture.js';

const title = (element: Element) => shadow(element).querySelector('[part~="join-screen"] h2')?.textContent ?? '';
const base = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="base"]')!;
const rect = (node: Element) => node.getBoundingClientRect();

/** Mounts an element and waits for its join screen in the language whose title is `expected`. */
async function joinScreenIn(expected: string, options: Parameters<typeof mountRoom>[0] = {}): Promise<VideoRoomElement> {
  const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token', ...options });
  await waitFor(() => title(element) === expected, `join screen saying “${expected}”, not “${title(element)}”`);
  return element;
}

describe('<video-room> picks its language', () => {
  const documentLang = document.documentElement.getAttribute('lang');
  afterEach(async () => {
    await cleanup();
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
    document.querySelectorAll('[data-test-parent]').forEach((node) => node.remove());
  });

  const parent = (lang: string) => {
    const div = document.createElement('div');
    div.lang = lang;
    div.dataset.testParent = '';
    document.body.append(div);
    return div;
  };

  it('from its own lang attribute', async () => {
    const element = await joinScreenIn(german.joinTitle, { attributes: { lang: 'de' } });
    expect(base(element).getAttribute('lang')).to.equal('de');
    expect(control(element, 'join').textContent.trim()).to.equal(german.join);
  });

  it('from the nearest ancestor with lang, then from the document', async () => {
    await joinScreenIn(french.joinTitle, { parent: parent('fr') });
    document.documentElement.lang = 'es';
    await joinScreenIn(spanish.joinTitle);
    // The element's own attribute, then the nearest ancestor, win over the document.
    await joinScreenIn(japanese.joinTitle, { parent: parent('ja') });
    await joinScreenIn(portuguese.joinTitle, { parent: parent('ja'), attributes: { lang: 'pt' } });
  });

  it('from the browser where nothing in the page says', async () => {
    const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language')!;
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'ja-JP' });
    try {
      await joinScreenIn(japanese.joinTitle);
    } finally {
      delete (navigator as { language?: string }).language;
      expect(navigator.language).to.equal(own.get!.call(navigator));
    }
  });

  it('by primary subtag (pt-BR → Portuguese, de-AT → German), English for languages it does not have', async () => {
    await joinScreenIn(portuguese.joinTitle, { attributes: { lang: 'pt-BR' } });
    await joinScreenIn(german.joinTitle, { attributes: { lang: 'de-AT' } });
    await joinScreenIn(englishStrings.joinTitle, { attributes: { lang: 'zh-Hans-CN' } });
    await joinScreenIn(englishStrings.joinTitle, { attributes: { lang: 'en-GB' } });
    const unknown = await joinScreenIn(englishStrings.joinTitle, { attributes: { lang: 'xx' }, parent: parent('de') });
    expect(base(unknown).getAttribute('lang')).to.equal('en');
  });

  it('again when its lang attribute (or the page’s) changes, keeping the old words until the new ones arrive', async () => {
    const element = await joinScreenIn(german.joinTitle, { attributes: { lang: 'de' } });
    element.setAttribute('lang', 'fr');
    await element.updateComplete;
    expect([german.joinTitle, french.joinTitle], 'never blank while French loads').to.include(title(element));
    await waitFor(() => title(element) === french.joinTitle, 'French');
    element.setAttribute('lang', 'ar');
    await waitFor(() => title(element) === arabic.joinTitle && base(element).dir === 'rtl', 'Arabic, right to left');
    element.removeAttribute('lang');
    document.documentElement.lang = 'es';
    await waitFor(() => title(element) === spanish.joinTitle && base(element).dir === 'ltr', 'the document’s Spanish, left to right');
  });
});

describe('<video-room> counts and names in each language', () => {
  afterEach(cleanup);

  it('plural forms come from the language’s rules', () => {
    expect([1, 2].map(englishStrings.unreadMessages)).to.deep.equal(['1 unread', '2 unread']);
    expect([1, 2].map(german.unreadMessages)).to.deep.equal(['1 ungelesene Nachricht', '2 ungelesene Nachrichten']);
    expect([1, 2, 3, 11, 100].map(arabic.unreadMessages)).to.deep.equal([
      'رسالة واحدة غير مقروءة',
      'رسالتان غير مقروءتين',
      '3 رسائل غير مقروءة',
      '11 رسالة غير مقروءة',
      '100 رسالة غير مقروءة',
    ]);
    expect([2, 5, 20].map(arabic.peopleJoined)).to.deep.equal(['انضم شخصان', 'انضم 5 أشخاص', 'انضم 20 شخصًا']);
    expect([1, 5].map(french.peopleLeft)).to.deep.equal(['1 personne a quitté l’appel', '5 personnes ont quitté l’appel']);
    expect(french.screenOf('Alan'), 'elision').to.equal('Écran d’Alan');
    expect(french.screenOf('Grace')).to.equal('Écran de Grace');
  });

  it('the chat control says how many messages are unread, in German plural forms', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { lang: 'de' } });
    await joined(element);
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => tileFor(element, grace.connectionId), 'Grace');
    expect(control(element, 'participants').getAttribute('aria-label')).to.equal('Personen (2)');
    sim.sendChat(grace.connectionId, 'Hallo');
    await waitFor(() => control(element, 'chat').getAttribute('aria-label') === 'Chat, 1 ungelesene Nachricht', 'one unread');
    sim.sendChat(grace.connectionId, 'Seid ihr da?');
    await waitFor(() => control(element, 'chat').getAttribute('aria-label') === 'Chat, 2 ungelesene Nachrichten', 'two unread');
  });

  it('the host’s strings win over the language, functions included, and error sentences too', async () => {
    const element = mountRoom({
      sim: newSimulator(),
      endpoint: '/test-token?status=500',
      attributes: { lang: 'de' },
      setup: (room) => {
        room.strings = {
          joinTitle: 'Willkommen im Teamraum',
          pin: (name) => `${name} festhalten`,
          errors: { 'token-http': ({ status }) => `Der Server hat gerade Probleme (${status}).` },
        };
      },
    });
    await waitFor(() => title(element) === 'Willkommen im Teamraum', 'the host’s title');
    expect(control(element, 'join').textContent.trim(), 'the rest stays German').to.equal(german.join);
    await element.join().catch(() => undefined);
    await waitFor(() => shadow(element).querySelector('[part~="retry"]'), 'error screen');
    expect(shadow(element).querySelector('[part~="status"] p')!.textContent).to.equal('Der Server hat gerade Probleme (500).');
    expect(control(element, 'retry').textContent.trim()).to.equal(german.retry);
  });
});

describe('<video-room> in Arabic', () => {
  afterEach(cleanup);

  async function callIn(lang: string) {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { lang, 'display-name': 'Ada' } });
    await joined(element);
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => tileFor(element, grace.connectionId)?.shadowRoot?.querySelector('video'), 'Grace’s video');
    control(element, 'chat').click();
    await waitFor(() => shadow(element).querySelector('section[part~="chat"]'), 'chat panel');
    const local = shadow(element).querySelector<HTMLElement>('[part~="tile"][data-local="true"]')!;
    return { element, remote: tileFor(element, grace.connectionId)!, local };
  }

  it('runs right to left: the bar and the side panel are mirrored, the videos are not', async () => {
    const ltr = await callIn('en');
    const rtl = await callIn('ar');
    expect(base(rtl.element).dir).to.equal('rtl');
    expect(base(ltr.element).dir).to.equal('ltr');

    // The bar: the microphone comes first, where reading starts.
    expect(rect(control(ltr.element, 'mic')).left).to.be.below(rect(control(ltr.element, 'leave')).left);
    expect(rect(control(rtl.element, 'mic')).left).to.be.above(rect(control(rtl.element, 'leave')).left);
    // The side panel sits at the end: right of the stage, or left of it in Arabic.
    const panel = (element: Element) => rect(shadow(element).querySelector('section[part~="chat"]')!);
    const stage = (element: Element) => rect(shadow(element).querySelector('[part~="stage"]')!);
    expect(panel(ltr.element).left).to.be.at.least(stage(ltr.element).right - 1);
    expect(panel(rtl.element).right).to.be.at.most(stage(rtl.element).left + 1);
    // A tile's name label sits at the start corner.
    const label = (tile: HTMLElement) => rect(tile.shadowRoot!.querySelector('.label')!);
    expect(label(rtl.remote).right).to.be.closeTo(rect(rtl.remote).right - 8, 2);
    expect(label(ltr.remote).left).to.be.closeTo(rect(ltr.remote).left + 8, 2);

    const transform = (tile: HTMLElement) => getComputedStyle(tile.shadowRoot!.querySelector('video')!).transform;
    expect(transform(rtl.remote), 'remote video as it comes').to.equal('none');
    expect(transform(rtl.local), 'the selfie view mirrored as in any language').to.equal(transform(ltr.local));
    expect(transform(ltr.local)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(shadow(rtl.element).querySelector('section[part~="chat"]')!).direction).to.equal('rtl');
  });
});
