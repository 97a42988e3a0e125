// Moderation by token role, recording and captions, against the simulator.
import { expect } from '@open-wc/testing';
import { cleanup, control, joined, mountRoom, newSimulator, recordEvents, shadow, startCall, statusText, tileFor, waitFor } from '../support/room-fixture.js';
import { rejection } from '../support/rejection.js';

afterEach(cleanup);

const row = (element: Element, id: string) => shadow(element).querySelector<HTMLElement>(`[part~="participant"][data-participant-id="${id}"]`);

async function twoInOneRoom() {
  const sim = newSimulator();
  const recorder = recordEvents();
  const moderator = mountRoom({ sim, endpoint: '/test-token?session=mod&role=moderator', attributes: { 'display-name': 'Mo' } });
  const guest = mountRoom({ sim, endpoint: '/test-token?session=mod', attributes: { 'display-name': 'Gus' } });
  await Promise.all([joined(moderator), joined(guest)]);
  await waitFor(() => moderator.participants.length === 2 && guest.participants.length === 2, 'both see each other');
  await waitFor(() => tileFor(moderator, guest.localParticipant!.id)?.dataset.audioMuted === 'false', 'guest audio on');
  return { sim, recorder, moderator, guest };
}

describe('<video-room> moderation', () => {
  it('shows moderator controls only to a moderator; others get not-allowed', async () => {
    const { moderator, guest } = await twoInOneRoom();
    expect(moderator.isModerator).to.equal(true);
    expect(guest.isModerator).to.equal(false);
    expect(moderator.localParticipant!.role).to.equal('moderator');
    control(moderator, 'participants').click();
    control(guest, 'participants').click();
    await waitFor(() => row(moderator, guest.localParticipant!.id) && row(guest, moderator.localParticipant!.id), 'panels open');
    expect(Boolean(row(moderator, guest.localParticipant!.id)!.querySelector('[part~="remove-participant"]'))).to.equal(true);
    expect(Boolean(shadow(moderator).querySelector('[part~="mute-all"]'))).to.equal(true);
    expect(Boolean(shadow(guest).querySelector('[part~="mute-participant"], [part~="remove-participant"], [part~="mute-all"]'))).to.equal(false);
    for (const attempt of [guest.muteParticipant(moderator.localParticipant!.id), guest.muteEveryone(), guest.removeParticipant(moderator.localParticipant!.id)]) {
      expect((await rejection(attempt)).code).to.equal('not-allowed');
    }
  });

  it('mutes one participant: their microphone turns off with a notice, and they can unmute', async () => {
    const { recorder, moderator, guest } = await twoInOneRoom();
    const guestId = guest.localParticipant!.id;
    const button = tileFor(moderator, guestId)!.querySelector<HTMLButtonElement>('[part~="mute-participant"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Mute Gus');
    button.click();
    await waitFor(() => guest.audioMuted, 'guest muted');
    await waitFor(() => shadow(guest).querySelector('[data-code="muted-by-moderator"]'), 'notice');
    expect(recorder.of('vr-local-media-change').some((detail) => detail.audio === false)).to.equal(true);
    await waitFor(() => tileFor(moderator, guestId)?.dataset.audioMuted === 'true', 'moderator sees it');
    await guest.setAudioEnabled(true);
    await waitFor(() => !guest.audioMuted && tileFor(moderator, guestId)?.dataset.audioMuted === 'false', 'unmuted again');
  });

  it('mutes everyone but the moderator', async () => {
    const { moderator, guest } = await twoInOneRoom();
    await moderator.muteEveryone();
    await waitFor(() => guest.audioMuted, 'guest muted');
    expect(moderator.audioMuted).to.equal(false);
  });

  it('removes a participant after a confirm step: they see the left screen and never rejoin', async () => {
    const { recorder, moderator, guest } = await twoInOneRoom();
    const guestId = guest.localParticipant!.id;
    control(moderator, 'participants').click();
    await waitFor(() => row(moderator, guestId), 'row');
    row(moderator, guestId)!.querySelector<HTMLButtonElement>('[part~="remove-participant"]')!.click();
    await waitFor(() => row(moderator, guestId)?.querySelector('[part~="confirm-remove"]'), 'confirm step');
    expect(guest.state).to.equal('connected');
    row(moderator, guestId)!.querySelector<HTMLButtonElement>('[part~="confirm-remove"]')!.click();
    await waitFor(() => guest.state === 'left', 'guest removed');
    expect(shadow(guest).querySelector('.left-screen')!.textContent).to.contain('A moderator removed you');
    expect(recorder.of('vr-left')).to.deep.equal([{ reason: 'forced' }]);
    await waitFor(() => moderator.participants.length === 1, 'gone from the moderator');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(guest.state).to.equal('left');
  });
});

describe('<video-room> recording', () => {
  it('shows the badge from the archive events, also for a late joiner, and reflects recording', async () => {
    const sim = newSimulator();
    const recorder = recordEvents();
    const first = mountRoom({ sim, endpoint: '/test-token?session=rec' });
    await joined(first);
    const archiveId = sim.startArchive();
    await waitFor(() => shadow(first).querySelector('[part~="recording"]'), 'badge');
    expect(shadow(first).querySelector('[part~="recording"]')!.getAttribute('role')).to.equal('status');
    expect(first.hasAttribute('recording')).to.equal(true);
    const late = mountRoom({ sim, endpoint: '/test-token?session=rec' });
    await joined(late);
    await waitFor(() => late.recording && shadow(late).querySelector('[part~="recording"]'), 'late joiner sees it');
    sim.stopArchive(archiveId);
    await waitFor(() => !first.recording && !late.recording, 'stopped');
    expect(Boolean(shadow(first).querySelector('[part~="recording"]'))).to.equal(false);
    expect(recorder.of('vr-recording-change').filter((detail) => detail.recording).map((detail) => detail.archiveId)).to.deep.equal([archiveId, archiveId]);
  });

  it('the record control calls the handler with the call\'s token, and a 500 from the endpoint is recording-failed', async () => {
    const { sim, recorder, element } = await startCall({ 'recording-endpoint': '/test-token?status=500' }, '/test-token?role=moderator');
    const requests: Array<Record<string, unknown>> = [];
    await waitFor(() => shadow(element).querySelector('button[part~="record"]'), 'record control');
    control(element, 'record').click();
    await waitFor(() => recorder.of('vr-error').length === 1, 'error');
    expect(recorder.of('vr-error')[0]).to.include({ code: 'recording-failed', recoverable: true });
    expect(element.recording).to.equal(false);

    element.recordingHandler = async (context) => {
      requests.push({ ...context, signal: undefined });
      if (context.action === 'start') sim.startArchive();
    };
    control(element, 'record').click();
    await waitFor(() => element.recording, 'recording');
    expect(requests[0]).to.include({ action: 'start', sessionId: element.session!.sessionId });
    expect(String(requests[0].token)).to.contain('role=moderator');
    expect(control(element, 'record').getAttribute('aria-pressed')).to.equal('true');
  });

  it('non-moderators see no record control', async () => {
    const { element } = await startCall({ 'recording-endpoint': '/recording' });
    expect(Boolean(shadow(element).querySelector('button[part~="record"]'))).to.equal(false);
  });
});

describe('<video-room> captions', () => {
  it('publishes captions, toggles every subscriber, and shows partial then final text', async () => {
    const { sim, recorder, element } = await startCall({ captions: true });
    const init = sim.calls.find((call) => call.method === 'initPublisher')!;
    expect((init.args[1] as { publishCaptions?: boolean }).publishCaptions).to.equal(true);
    const grace = sim.addParticipant({ name: 'Grace' });
    await waitFor(() => tileFor(element, grace.connectionId)?.dataset.streamId, 'subscribed');
    control(element, 'captions').click();
    await waitFor(() => sim.calls.some((call) => call.method === 'subscribeToCaptions' && call.args[0] === true), 'subscribed to captions');
    sim.caption(grace.connectionId, 'Hello ev', false);
    await waitFor(() => shadow(element).querySelector('div[part~="captions"]')?.textContent?.includes('Grace: Hello ev'), 'partial');
    sim.caption(grace.connectionId, 'Hello everyone', true);
    await waitFor(() => shadow(element).querySelector('div[part~="captions"]')?.textContent?.includes('Hello everyone'), 'final');
    expect(shadow(element).querySelectorAll('div[part~="captions"] .caption').length).to.equal(1);
    expect(shadow(element).querySelector('div[part~="captions"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(recorder.of('vr-caption')).to.deep.equal([
      { participantId: grace.connectionId, text: 'Hello ev', isFinal: false },
      { participantId: grace.connectionId, text: 'Hello everyone', isFinal: true },
    ]);
    control(element, 'captions').click();
    await waitFor(() => sim.calls.some((call) => call.method === 'subscribeToCaptions' && call.args[0] === false), 'unsubscribed');
    expect(Boolean(shadow(element).querySelector('div[part~="captions"]'))).to.equal(false);
    expect(statusText(element)).to.not.contain('Hello');
  });

  it('offers no captions control without the captions attribute', async () => {
    const { element } = await startCall();
    expect(Boolean(shadow(element).querySelector('button[part~="captions"]'))).to.equal(false);
  });
});
