// The talking features of the engine without Lit or an SDK: a FeatureContext over a plain state.
import { expect } from '@open-wc/testing';
import { Chat } from '../../src/room/chat.js';
import type { FeatureContext } from '../../src/room/feature.js';
import { Hands } from '../../src/room/hands.js';
import { Reactions } from '../../src/room/reactions.js';
import { reduceRoster } from '../../src/room/roster.js';
import type { ReceivedSignal } from '../../src/room/signals.js';
import { initialState, type RoomState } from '../../src/room/state.js';
import { rejection } from '../support/rejection.js';

function fakeContext(options: { failSignals?: boolean } = {}) {
  let state: RoomState = initialState({ audio: true, video: true, publishing: true });
  state = reduceRoster(state, { type: 'local-connected', id: 'me', name: 'Ada' });
  state = reduceRoster(state, { type: 'connection-created', id: 'g', name: 'Grace' });
  const events: Array<[string, unknown]> = [];
  const sent: Array<{ type: string; data: unknown; to?: string }> = [];
  const context: FeatureContext = {
    current: () => state,
    update: (change) => (state = change(state)),
    emit: (type, detail) => events.push([type, detail]),
    roster: (action) => (state = reduceRoster(state, action)),
    localId: () => 'me',
    signal: async (type, data, to) => {
      if (options.failSignals) throw new Error('offline');
      sent.push({ type, data, ...(to ? { to: to.connectionId } : {}) });
    },
  };
  return { context, events, sent, state: () => state };
}

const connection = (connectionId: string) => ({ connectionId, creationTime: 0, data: '' });
const chatFrom = (id: string, messageId: string, text: string): ReceivedSignal => ({ type: 'vr-chat', from: connection(id), data: { id: messageId, text } });

describe('room features', () => {
  it('chat: a message from someone not in the call, or a second copy, is ignored', () => {
    const { context, events, state } = fakeContext();
    const chat = new Chat(context);
    chat.received(chatFrom('stranger', 'm0', 'who am I'));
    chat.received(chatFrom('g', 'm1', 'hello'));
    chat.received(chatFrom('g', 'm1', 'hello'));
    chat.received(chatFrom('me', 'm2', 'my own echo'));
    expect(state().chat.map((message) => [message.name, message.text, message.status])).to.deep.equal([['Grace', 'hello', 'sent']]);
    expect(events.map(([type]) => type)).to.deep.equal(['chat-message']);
  });

  it('chat: sending goes sending → sent and fires once; a failure keeps it as failed and reports it', async () => {
    const ok = fakeContext();
    const sent = await new Chat(ok.context).send('  hi  ');
    expect(sent).to.include({ text: 'hi', name: 'Ada', participantId: 'me', isLocal: true });
    expect(ok.state().chat[0].status).to.equal('sent');
    expect(ok.sent).to.deep.equal([{ type: 'vr-chat', data: { id: sent.id, text: 'hi' } }]);

    const failing = fakeContext({ failSignals: true });
    const error = await rejection(new Chat(failing.context).send('lost?'));
    expect(error.code).to.equal('chat-send-failed');
    expect(failing.state().chat.map((message) => message.status)).to.deep.equal(['failed']);
    expect(failing.events.map(([type]) => type)).to.deep.equal(['error']);
  });

  it('hands: re-sent only to a new connection while raised; a failed raise goes back down', async () => {
    const { context, sent, state } = fakeContext();
    const hands = new Hands(context);
    await hands.setRaised(true);
    hands.connectionCreated(connection('late'));
    await hands.setRaised(false);
    hands.connectionCreated(connection('later'));
    await Promise.resolve();
    expect(sent.map((entry) => `${entry.type}:${(entry.data as { raised: boolean }).raised}:${entry.to ?? '*'}`)).to.deep.equal([
      'vr-hand:true:*',
      'vr-hand:true:late',
      'vr-hand:false:*',
    ]);
    expect(state().participants[0].handRaised).to.equal(false);

    const failing = fakeContext({ failSignals: true });
    const error = await rejection(new Hands(failing.context).setRaised(true));
    expect(error.code).to.equal('not-connected');
    expect(failing.state().participants[0].handRaised).to.equal(false);
  });

  it('reactions: one per sender per 300 ms, gone after 4 s, timers released on dispose', async () => {
    const { context, events, state } = fakeContext();
    const reactions = new Reactions(context);
    const from = (emoji: '👍' | '🎉'): ReceivedSignal => ({ type: 'vr-reaction', from: connection('g'), data: { emoji } });
    reactions.received(from('👍'));
    reactions.received(from('🎉'));
    reactions.received({ type: 'vr-reaction', from: connection('stranger'), data: { emoji: '👍' } });
    expect(state().reactions.map((reaction) => reaction.emoji)).to.deep.equal(['👍']);
    expect(events).to.deep.equal([['reaction', { participantId: 'g', emoji: '👍' }]]);
    reactions.dispose();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state().reactions.length).to.equal(1); // no timer fired after dispose
  });
});
