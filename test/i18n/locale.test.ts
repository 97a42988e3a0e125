// The locale resolver and the error sentences, without an element.
import { expect } from '@open-wc/testing';
import { VideoRoomError, type VideoRoomErrorReason } from '../../src/errors.js';
import { unnamedDevices } from '../../src/i18n/device-names.js';
import { errorText } from '../../src/i18n/error-strings.js';
import { matchLocale, requestedLanguage, type LocaleStrings } from '../../src/i18n/locale.js';
import { strings as ar } from '../../src/i18n/locales/ar.js';
import { strings as de } from '../../src/i18n/locales/de.js';
import { strings as es } from '../../src/i18n/locales/es.js';
import { strings as fr } from '../../src/i18n/locales/fr.js';
import { strings as ja } from '../../src/i18n/locales/ja.js';
import { strings as pt } from '../../src/i18n/locales/pt.js';

const locales: Record<string, LocaleStrings> = { ar, de, es, fr, ja, pt };

/** One reason of each kind (the type makes a missing kind an error). */
const reasons: { [K in VideoRoomErrorReason['key']]: Extract<VideoRoomErrorReason, { key: K }> } = {
  'token-provider-timeout': { key: 'token-provider-timeout', seconds: 10 },
  'token-provider-failed': { key: 'token-provider-failed', detail: 'boom' },
  'token-endpoint-missing': { key: 'token-endpoint-missing' },
  'token-endpoint-invalid': { key: 'token-endpoint-invalid', endpoint: 'http://[' },
  'token-endpoint-scheme': { key: 'token-endpoint-scheme', protocol: 'ftp:' },
  'token-endpoint-unreachable': { key: 'token-endpoint-unreachable', url: 'https://example.com/token' },
  'token-endpoint-timeout': { key: 'token-endpoint-timeout', url: 'https://example.com/token', seconds: 2 },
  'token-http': { key: 'token-http', status: 429, statusText: 'Too Many Requests', retryAfter: '5' },
  'token-not-json': { key: 'token-not-json' },
  'token-not-object': { key: 'token-not-object' },
  'token-field-missing': { key: 'token-field-missing', field: 'sessionId' },
  'token-field-type': { key: 'token-field-type', field: 'token', type: 'number' },
  'token-field-empty': { key: 'token-field-empty', field: 'applicationId' },
  'unsupported-browser': { key: 'unsupported-browser' },
  'sdk-load-failed': { key: 'sdk-load-failed', detail: 'Failed to fetch', blockedByPolicy: true },
  'code-load-failed': { key: 'code-load-failed' },
  'join-failed': { key: 'join-failed' },
  'auth-failed': { key: 'auth-failed', sdkCode: 1004 },
  'invalid-session': { key: 'invalid-session', sdkCode: 1005 },
  'connect-failed': { key: 'connect-failed', sdkCode: 1006 },
  'call-ended': { key: 'call-ended' },
  'network-lost': { key: 'network-lost' },
  'media-denied': { key: 'media-denied' },
  'media-unavailable': { key: 'media-unavailable' },
  'media-failed': { key: 'media-failed', sdkMessage: 'Something odd' },
  'publish-failed': { key: 'publish-failed' },
  'screen-share-failed': { key: 'screen-share-failed' },
  'subscribe-failed': { key: 'subscribe-failed', name: 'Grace', screen: true },
  'chat-send-failed': { key: 'chat-send-failed' },
  'moderation-failed': { key: 'moderation-failed', action: 'remove', name: 'Grace' },
  'recording-http': { key: 'recording-http', action: 'stop', status: 502 },
  'recording-timeout': { key: 'recording-timeout', action: 'start' },
  'recording-request-failed': { key: 'recording-request-failed', action: 'start', detail: 'Failed to fetch' },
  'recording-not-connected': { key: 'recording-not-connected' },
};

describe('matchLocale and requestedLanguage', () => {
  it('match by primary subtag, any case or separator, else English', () => {
    const cases: Array<[string, string]> = [
      ['de', 'de'], ['de-AT', 'de'], ['pt-BR', 'pt'], ['PT_pt', 'pt'], ['ar-EG', 'ar'], ['ja-JP', 'ja'],
      ['es-419', 'es'], ['fr-CA', 'fr'], ['en-US', 'en'], ['zh-Hant', 'en'], ['', 'en'], ['toString', 'en'],
    ];
    expect(cases.map(([tag]) => [tag, matchLocale(tag)])).to.deep.equal(cases);
  });

  it('read lang through shadow roots up to the page, skipping empty values', () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    inner.setAttribute('lang', ' ');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    try {
      expect(requestedLanguage(inner)).to.equal('fr');
      host.lang = 'ja';
      expect(requestedLanguage(inner)).to.equal('ja');
    } finally {
      outer.remove();
    }
  });
});

describe('unnamed devices', () => {
  it('are named in the language shown when they are listed', () => {
    let text = de;
    const name = unnamedDevices(() => text);
    expect([name('camera', 1), name('microphone', 2), name('speaker', 3)]).to.deep.equal(['Kamera 1', 'Mikrofon 2', 'Lautsprecher 3']);
    text = ja;
    expect(name('camera', 2)).to.equal('カメラ 2');
  });
});

describe('error sentences', () => {
  it('every locale words every reason in its own words, never the English message', () => {
    for (const [code, locale] of Object.entries(locales)) {
      for (const reason of Object.values(reasons)) {
        const english = new VideoRoomError('connect-failed', `English ${reason.key}`, { reason });
        const text = errorText(locale.errors, english);
        expect(text, `${code} ${reason.key}`).to.be.a('string').and.not.equal(english.message);
        expect(text.length, `${code} ${reason.key}`).to.be.greaterThan(5);
      }
    }
    expect(errorText(de.errors, new VideoRoomError('token-http-error', 'x', { reason: reasons['token-http'] }))).to.contain('HTTP 429').and.contain('5 s');
    expect(errorText(ar.errors, new VideoRoomError('token-request-failed', 'x', { reason: reasons['token-provider-timeout'] }))).to.contain('10 ثوانٍ');
  });

  it('an error without a reason, or one the strings do not word, shows its own message', () => {
    const hosts = new VideoRoomError('token-request-failed', 'Bitte melden Sie sich zuerst an.');
    expect(errorText(de.errors, hosts)).to.equal('Bitte melden Sie sich zuerst an.');
    const network = new VideoRoomError('network-disconnected', 'The connection was lost.', { reason: { key: 'network-lost' } });
    expect(errorText({}, network)).to.equal('The connection was lost.');
  });
});
