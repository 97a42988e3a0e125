import { expect } from '@open-wc/testing';
import { encodeSignal, parseSignal } from '../../src/room/signals.js';

const from = { connectionId: 'c1', creationTime: 0, data: '' };
const event = (type: string | undefined, data: unknown, sender: typeof from | null = from) => ({
  type,
  data: typeof data === 'string' ? data : JSON.stringify(data),
  from: sender,
});

describe('room/signals wire format', () => {
  it('reads the three signal types of version 1', () => {
    expect(parseSignal(event('signal:vr-chat', { v: 1, id: 'm1', text: ' hi ' }))).to.deep.equal({ type: 'vr-chat', from, data: { id: 'm1', text: 'hi' } });
    expect(parseSignal(event('signal:vr-hand', { v: 1, raised: true, at: 5 }))?.data).to.deep.equal({ raised: true, at: 5 });
    expect(parseSignal(event('signal:vr-reaction', { v: 1, emoji: '🎉' }))?.data).to.deep.equal({ emoji: '🎉' });
  });

  const ignored: Array<[string, ReturnType<typeof event>]> = [
    ['an unknown type', event('signal:vr-unknown', { v: 1 })],
    ['an unknown version', event('signal:vr-chat', { v: 2, id: 'x', text: 'hi' })],
    ['no version', event('signal:vr-chat', { id: 'x', text: 'hi' })],
    ['malformed JSON', event('signal:vr-chat', '{"v":1,')],
    ['a JSON string', event('signal:vr-chat', '"hello"')],
    ['null data', event('signal:vr-chat', 'null')],
    ['empty text', event('signal:vr-chat', { v: 1, id: 'x', text: '   ' })],
    ['text that is not a string', event('signal:vr-chat', { v: 1, id: 'x', text: { html: '<b>' } })],
    ['a missing id', event('signal:vr-chat', { v: 1, text: 'hi' })],
    ['a hand without raised', event('signal:vr-hand', { v: 1, at: 5 })],
    ['an emoji outside the six', event('signal:vr-reaction', { v: 1, emoji: '<img src=x onerror=alert(1)>' })],
    ['a signal from the server (no connection)', event('signal:vr-chat', { v: 1, id: 'x', text: 'hi' }, null)],
    ['a generic signal without a type', event('signal', { v: 1, id: 'x', text: 'hi' })],
    ['a prototype key as type', event('signal:constructor', { v: 1 })],
  ];
  for (const [name, input] of ignored) {
    it(`ignores ${name}`, () => expect(parseSignal(input)).to.equal(undefined));
  }

  it('writes version 1 JSON', () => {
    expect(JSON.parse(encodeSignal<'vr-hand'>({ raised: false, at: 3 }))).to.deep.equal({ v: 1, raised: false, at: 3 });
  });
});
