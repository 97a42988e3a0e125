// Which translations a page fetches (only the one asked for, once) and that the first render waits
// for it: this file runs in a page of its own, so nothing else has loaded a locale before.
import { expect } from '@open-wc/testing';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import { cleanup, mountRoom, newSimulator, shadow, waitFor } from '../support/room-fixture.js';

afterEach(cleanup);

/** The locale modules this page has fetched, by language. */
const fetchedLocales = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/i18n\/locales\/([a-z]+)\.(?:js|ts)\b/.exec(entry.name)?.[1])
    .filter((code): code is string => Boolean(code));

const title = (element: Element) => shadow(element).querySelector('[part~="join-screen"] h2')?.textContent ?? '';

describe('locale chunks', () => {
  it('an English page fetches no translation', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    await waitFor(() => title(element) === englishStrings.joinTitle, 'English join screen');
    expect(fetchedLocales()).to.deep.equal([]);
  });

  it('a German element fetches German only, once, and never shows English first', async () => {
    const seen: string[] = [];
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token', attributes: { lang: 'de-AT' } });
    const observer = new MutationObserver(() => seen.push(shadow(element).textContent ?? ''));
    observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
    await waitFor(() => title(element) === 'Bereit zum Beitreten?', 'German join screen');
    observer.disconnect();
    expect(seen.length, 'the screen was watched while it rendered').to.be.greaterThan(0);
    expect(seen.filter((text) => text.includes(englishStrings.joinTitle) || text.includes(englishStrings.nameLabel))).to.deep.equal([]);

    const second = mountRoom({ sim: newSimulator(), endpoint: '/test-token', attributes: { lang: 'de' } });
    await waitFor(() => title(second) === 'Bereit zum Beitreten?', 'second German join screen');
    expect(fetchedLocales()).to.deep.equal(['de']);
  });
});
