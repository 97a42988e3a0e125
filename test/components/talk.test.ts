// Chat, raised hands and reactions between real elements, against the simulator.
import { expect } from '@open-wc/testing';
import type { VideoRoomElement } from '../../src/define.js';
import { cleanup, control, joined, mountRoom, newSimulator, recordEvents, shadow, startCall, tileFor, waitFor } from '../support/room-fixture.js';
import { rejection } from '../support/rejection.js';

afterEach(cleanup);

const messages = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[part~="chat-message"]')];
const messageTexts = (element: Element) => messages(element).map((node) => node.querySelector('[part~="chat-text"]')!.textContent.trim());

async function openChat(element: VideoRoomElement): Promise<void> {
  control(element, 'chat').click();
  await waitFor(() => shadow(element).querySelector('section[part~="chat"]'), 'chat panel open');
}

async function typeAndSend(element: VideoRoomElement, text: string): Promise<void> {
  const input = shadow(element).querySelector<HTMLTextAreaElement>('[part~="chat-input"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

describe('<video-room> chat', () => {
  it('two elements in one room chat: one copy each, names from the connection, one vr-chat-message per message', async () => {
    const sim = newSimulator();
    const recorder = recordEvents();
    const ada = mountRoom({ sim, endpoint: '/test-token?session=talk', attributes: { 'display-name': 'Ada' } });
    const bob = mountRoom({ sim, endpoint: '/test-token?session=talk', attributes: { 'display-name': 'Bob' } });
    await Promise.all([joined(ada), joined(bob)]);
    await waitFor(() => ada.participants.length === 2 && bob.participants.length === 2, 'both see each other');

    await openChat(ada);
    await typeAndSend(ada, 'Hello Bob');
    await waitFor(() => bob.chatMessages.length === 1, 'Bob receives it');
    const sent = await bob.sendChatMessage('Hi Ada');
    expect(sent).to.include({ text: 'Hi Ada', name: 'Bob', isLocal: true, participantId: bob.localParticipant!.id });
    await waitFor(() => ada.chatMessages.length === 2, 'Ada receives the answer');
    await new Promise((resolve) => setTimeout(resolve, 100)); // echoes of one's own signal have arrived

    expect(ada.chatMessages.map((message) => message.text)).to.deep.equal(['Hello Bob', 'Hi Ada']);
    expect(bob.chatMessages.map((message) => [message.name, message.text])).to.deep.equal([
      ['Ada', 'Hello Bob'],
      ['Bob', 'Hi Ada'],
    ]);
    expect(messageTexts(ada)).to.deep.equal(['Hello Bob', 'Hi Ada']);
    const [mine, theirs] = messages(ada);
    expect(mine.dataset).to.include({ local: 'true', status: 'sent', participantId: ada.localParticipant!.id });
    expect(theirs.dataset).to.include({ local: 'false', status: 'sent', participantId: bob.localParticipant!.id });
    // Each element fires once per message; both listen on the document, so 2 messages × 2 elements.
    const details = recorder.of('vr-chat-message').map((detail) => `${detail.message.name}:${detail.message.text}:${detail.message.isLocal}`);
    expect(details.sort()).to.deep.equal(['Ada:Hello Bob:false', 'Ada:Hello Bob:true', 'Bob:Hi Ada:false', 'Bob:Hi Ada:true']);
    expect(shadow(ada).querySelector<HTMLTextAreaElement>('[part~="chat-input"]')!.value).to.equal('');
  });

  it('a failed send keeps the message as failed with Resend, reports chat-send-failed, and resends with the same id', async () => {
    const { sim, recorder, element } = await startCall();
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => element.participants.length === 2, 'Grace joined');
    await openChat(element);
    sim.failNextSignal();
    const failure = await rejection(element.sendChatMessage('Are you there?'));
    expect(failure.code).to.equal('chat-send-failed');
    await waitFor(() => messages(element)[0]?.dataset.status === 'failed', 'marked failed');
    expect(recorder.of('vr-error').map((detail) => [detail.code, detail.recoverable])).to.deep.equal([['chat-send-failed', true]]);
    expect(recorder.of('vr-chat-message')).to.deep.equal([]);

    const chatSignals = () => sim.calls.filter((call) => call.method === 'signal' && (call.args[0] as { type?: string })?.type === 'vr-chat');
    control(element, 'resend').click();
    await waitFor(() => messages(element)[0]?.dataset.status === 'sent', 'sent after resend');
    const ids = chatSignals().map((call) => (JSON.parse((call.args[0] as { data: string }).data) as { id: string }).id);
    expect(ids.length).to.equal(2);
    expect(ids[0]).to.equal(ids[1]);
    expect(recorder.of('vr-chat-message').length).to.equal(1);
    expect(grace.connectionId).to.be.a('string');
  });

  it('counts unread messages from others on the chat control while the panel is closed', async () => {
    const { sim, element } = await startCall();
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => element.participants.length === 2, 'Grace joined');
    const badge = () => control(element, 'chat').querySelector('[part~="badge"]')?.textContent?.trim();
    expect(badge()).to.equal(undefined);
    sim.sendChat(grace.connectionId, 'one');
    sim.sendChat(grace.connectionId, 'two');
    await waitFor(() => badge() === '2', 'badge shows 2');
    expect(control(element, 'chat').getAttribute('aria-label')).to.contain('2 unread');
    await element.sendChatMessage('mine does not count');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(badge()).to.equal('2');
    await openChat(element);
    await waitFor(() => badge() === undefined, 'badge cleared on open');
    sim.sendChat(grace.connectionId, 'while open');
    await waitFor(() => element.chatMessages.length === 4, 'arrived');
    expect(badge()).to.equal(undefined);
  });

  it('renders hostile text as text, links only http(s), and keeps the draft when the panel closes', async () => {
    const { sim, element } = await startCall();
    const grace = sim.addParticipant({ name: '<img src=x onerror="window.__pwned=1">' });
    await waitFor(() => element.participants.length === 2, 'joined');
    await openChat(element);
    sim.sendChat(grace.connectionId, '<script>window.__pwned=1</script><b>bold</b> javascript:alert(1) see https://example.com/a?b=1.');
    await waitFor(() => messages(element).length === 1, 'message shown');
    const message = messages(element)[0];
    expect(Boolean(message.querySelector('script, img, b'))).to.equal(false);
    expect(message.querySelector('[part~="chat-name"]')!.textContent).to.contain('<img src=x');
    const links = [...message.querySelectorAll('a')];
    expect(links.map((link) => link.href)).to.deep.equal(['https://example.com/a?b=1']);
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(links[0].target).to.equal('_blank');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);

    const input = shadow(element).querySelector<HTMLTextAreaElement>('[part~="chat-input"]')!;
    input.value = 'half a thought';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    control(element, 'chat').click();
    await waitFor(() => !shadow(element).querySelector('section[part~="chat"]'), 'closed');
    await openChat(element);
    expect(shadow(element).querySelector<HTMLTextAreaElement>('[part~="chat-input"]')!.value).to.equal('half a thought');
  });

  it('ignores malformed, unknown and foreign signals without an error', async () => {
    const { sim, recorder, element } = await startCall();
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => element.participants.length === 2, 'joined');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    for (const [type, data] of [
      ['vr-chat', '{"v":1,'],
      ['vr-chat', '{"v":2,"id":"a","text":"future"}'],
      ['vr-chat', '{"v":1,"id":"b","text":{"html":"<b>"}}'],
      ['vr-unknown', '{"v":1}'],
      ['vr-reaction', '{"v":1,"emoji":"💩"}'],
      ['vr-hand', '"raised"'],
    ] as const) {
      sim.signalFrom(grace.connectionId, { type, data });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(element.chatMessages).to.deep.equal([]);
    expect(Boolean(shadow(element).querySelector('[part~="reaction"]'))).to.equal(false);
    expect(recorder.of('vr-error')).to.deep.equal([]);
    expect(recorder.of('vr-hand-change')).to.deep.equal([]);
  });

  it('rejects empty and oversized text, and sending outside a call', async () => {
    const idle = mountRoom({ sim: newSimulator(), endpoint: '/test-token' });
    expect((await rejection(idle.sendChatMessage('hi'))).code).to.equal('not-connected');
    const { element } = await startCall();
    expect((await rejection(element.sendChatMessage('   '))).code).to.equal('invalid-configuration');
    const long = await rejection(element.sendChatMessage('x'.repeat(2001)));
    expect(long.code).to.equal('invalid-configuration');
    expect(long.message).to.contain('2000');
    expect(element.chatMessages).to.deep.equal([]);
  });

  it('no-chat hides the control and panel, and messages still fire events', async () => {
    const { sim, recorder, element } = await startCall({ 'no-chat': true });
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => element.participants.length === 2, 'joined');
    expect(Boolean(shadow(element).querySelector('button[part~="chat"]'))).to.equal(false);
    sim.sendChat(grace.connectionId, 'still here');
    await waitFor(() => recorder.of('vr-chat-message').length === 1, 'event fired');
    expect(Boolean(shadow(element).querySelector('section[part~="chat"]'))).to.equal(false);
  });

  it('clears the history when leaving', async () => {
    const { element } = await startCall();
    await element.sendChatMessage('before leaving');
    expect(element.chatMessages.length).to.equal(1);
    await element.leave();
    expect(element.chatMessages).to.deep.equal([]);
  });
});

describe('<video-room> raised hands', () => {
  it('raises and lowers the hand: control, tile part, event, and others see it', async () => {
    const sim = newSimulator();
    const recorder = recordEvents();
    const ada = mountRoom({ sim, endpoint: '/test-token?session=hands', attributes: { 'display-name': 'Ada' } });
    const bob = mountRoom({ sim, endpoint: '/test-token?session=hands', attributes: { 'display-name': 'Bob' } });
    await Promise.all([joined(ada), joined(bob)]);
    await waitFor(() => bob.participants.length === 2, 'both in');
    control(ada, 'hand').click();
    await waitFor(() => control(ada, 'hand').getAttribute('aria-pressed') === 'true', 'pressed');
    const adaId = ada.localParticipant!.id;
    await waitFor(() => tileFor(bob, adaId)?.dataset.handRaised === 'true', 'Bob sees the hand');
    expect(tileFor(bob, adaId)!.getAttribute('part')).to.contain('hand-raised');
    expect(bob.participants.find((person) => person.id === adaId)!.handRaised).to.equal(true);
    expect(shadow(bob).querySelector('.announcer')!.textContent).to.contain('Ada raised their hand');
    await ada.lowerHand();
    await waitFor(() => tileFor(bob, adaId)?.dataset.handRaised === 'false', 'lowered');
    const changes = recorder.of('vr-hand-change').map((detail) => `${detail.participantId === adaId}:${detail.raised}`);
    expect(changes).to.deep.equal(['true:true', 'true:true', 'true:false', 'true:false']);
  });

  it('a late joiner sees a hand raised before they came', async () => {
    const sim = newSimulator();
    const ada = mountRoom({ sim, endpoint: '/test-token?session=late', attributes: { 'display-name': 'Ada' } });
    await joined(ada);
    await ada.raiseHand();
    const grace = sim.addParticipant({ name: 'Grace', sessionId: 'late' });
    sim.raiseHand(grace.connectionId, true);
    const late = mountRoom({ sim, endpoint: '/test-token?session=late', attributes: { 'display-name': 'Late' } });
    await joined(late);
    await waitFor(() => late.participants.filter((person) => person.handRaised).length === 2, 'late joiner sees both hands');
    await waitFor(() => tileFor(late, ada.localParticipant!.id)?.dataset.handRaised === 'true', 'on the tile');
  });
});

describe('<video-room> reactions', () => {
  it('shows a reaction over the sender\'s tile, fires vr-reaction, and drops bursts inside 300 ms', async () => {
    const { sim, recorder, element } = await startCall();
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => tileFor(element, grace.connectionId), 'tile');
    sim.react(grace.connectionId, '🎉');
    sim.react(grace.connectionId, '👍');
    sim.react(grace.connectionId, '😂');
    await waitFor(() => tileFor(element, grace.connectionId)!.querySelector('[part~="reaction"]'), 'reaction shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shown = [...tileFor(element, grace.connectionId)!.querySelectorAll('[part~="reaction"]')].map((node) => node.textContent.trim());
    expect(shown).to.deep.equal(['🎉']);
    expect(recorder.of('vr-reaction')).to.deep.equal([{ participantId: grace.connectionId, emoji: '🎉' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    sim.react(grace.connectionId, '❤️');
    await waitFor(() => recorder.of('vr-reaction').length === 2, 'a later one shows');

    await element.sendReaction('👏');
    await element.sendReaction('👏');
    const mine = recorder.of('vr-reaction').filter((detail) => detail.participantId === element.localParticipant!.id);
    expect(mine).to.deep.equal([{ participantId: element.localParticipant!.id, emoji: '👏' }]);
    expect(tileFor(element, element.localParticipant!.id)!.querySelector('[part~="reaction"]')!.textContent).to.contain('👏');
    expect((await rejection(element.sendReaction('💩' as never))).code).to.equal('invalid-configuration');
  });

  it('picks a reaction from the picker', async () => {
    const { sim, element } = await startCall();
    control(element, 'reactions').click();
    await waitFor(() => shadow(element).querySelector('[part~="reaction-picker"]'), 'picker open');
    const heart = [...shadow(element).querySelectorAll<HTMLButtonElement>('button[part~="emoji"]')].find((button) => button.textContent.includes('❤️'))!;
    heart.click();
    await waitFor(() => sim.calls.some((call) => call.method === 'signal' && (call.args[0] as { type?: string }).type === 'vr-reaction'), 'signal sent');
    const call = sim.calls.find((entry) => entry.method === 'signal' && (entry.args[0] as { type?: string }).type === 'vr-reaction')!;
    expect(JSON.parse((call.args[0] as { data: string }).data)).to.deep.equal({ v: 1, emoji: '❤️' });
  });
});
