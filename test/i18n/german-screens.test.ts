// Every screen of a German <video-room> (lang="de"), against the simulator: no English text of ours
// shows in it, not in text, not in labels, placeholders or titles, nor in error messages.
import { expect } from '@open-wc/testing';
import type { VideoRoomElement } from '../../src/define.js';
import { strings as german } from '../../src/i18n/locales/de.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, tileFor, waitFor } from '../support/room-fixture.js';
import { englishLeaks, englishOnlyWords, shownTexts } from '../support/shown-texts.js';

afterEach(cleanup);

const englishWords = englishOnlyWords(german);

/** Fails with every English phrase found on the element's current screen. */
function expectNoEnglish(element: VideoRoomElement, screen: string): void {
  expect(englishLeaks(shownTexts(shadow(element)), englishWords), screen).to.deep.equal([]);
}

function mountGerman(attributes: Record<string, string | boolean> = {}, endpoint = '/test-token', sim = newSimulator()) {
  const element = mountRoom({ sim, endpoint, attributes: { lang: 'de', 'display-name': 'Ada', ...attributes } });
  return { sim, element };
}

const germanJoinScreen = (element: Element) => shadow(element).querySelector('[part~="join-screen"] h2')?.textContent === german.joinTitle;

describe('a German <video-room> shows no English', () => {
  it('the word list is meaningful: it holds the English of texts German words differently', () => {
    expect(englishWords).to.include.members(['Ready to join?', 'Leave call', 'Pin', 'unread', 'Send a message to everyone']);
    expect(englishWords, 'same in both languages').not.to.include.members(['Chat', 'Moderator']);
  });

  it('on the join screen, with its devices and background effects', async () => {
    const sim = newSimulator();
    sim.setMediaProcessorSupport(true);
    const { element } = mountGerman({}, '/test-token', sim);
    await waitFor(() => germanJoinScreen(element), 'German join screen');
    await waitFor(() => shadow(element).querySelector('select[name="effect"]'), 'effects offered');
    expectNoEnglish(element, 'join screen');
    control(element, 'preview-camera').click();
    await waitFor(() => shadow(element).querySelector('.preview-placeholder')?.textContent?.includes(german.previewCameraOff), 'camera off');
    expectNoEnglish(element, 'join screen, camera off');
  });

  it('on the join screen with blocked devices: the help for this browser', async () => {
    const realGetUserMedia = MediaDevices.prototype.getUserMedia;
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    try {
      const { element } = mountGerman();
      await waitFor(() => shadow(element).querySelector<HTMLElement>('[part~="preview-error"]')?.dataset.error === 'denied', 'denied');
      expect(shadow(element).querySelector('[part~="preview-error"]')!.textContent).to.contain(german.permissionHelpChromium);
      expectNoEnglish(element, 'devices blocked');
    } finally {
      navigator.mediaDevices.getUserMedia = realGetUserMedia;
    }
  });

  it('in a call of three with chat, people, reactions, settings, recording, captions and a failed message', async () => {
    const { sim, element } = mountGerman({ captions: true, 'recording-endpoint': '/test-token?status=500' }, '/test-token?role=moderator');
    await waitFor(() => germanJoinScreen(element), 'German join screen');
    await joined(element);
    const grace = sim.addParticipant({ name: 'Grace' });
    const alan = sim.addParticipant({ name: 'Alan' });
    await waitFor(() => tileFor(element, grace.connectionId)?.dataset.streamId && tileFor(element, alan.connectionId)?.dataset.streamId, 'both subscribed');
    sim.raiseHand(grace.connectionId, true);
    await waitFor(() => shadow(element).querySelector('.announcer')?.textContent?.includes(german.handRaisedAnnouncement('Grace')), 'hand announced');
    sim.react(alan.connectionId, '👍');
    sim.setNetworkQuality(grace.connectionId, 'poor');
    sim.startArchive();
    control(element, 'captions').click();
    await waitFor(() => shadow(element).querySelector('[part~="recording"]') && shadow(element).querySelector('[part~="hand"]'), 'badge and hand');
    sim.caption(grace.connectionId, 'Guten Morgen');
    await waitFor(() => shadow(element).querySelector('[part~="reaction"]'), 'reaction');
    expectNoEnglish(element, 'stage');

    control(element, 'chat').click();
    sim.sendChat(grace.connectionId, 'Hallo zusammen');
    await element.sendChatMessage('Hallo');
    sim.failNextSignal();
    await element.sendChatMessage('Noch eine').catch(() => undefined);
    await waitFor(() => shadow(element).querySelector('[data-status="failed"]') && shadow(element).querySelector('[data-code="chat-send-failed"]'), 'failed message and notice');
    expectNoEnglish(element, 'chat open, with a failed message and its notice');

    control(element, 'participants').click();
    await waitFor(() => shadow(element).querySelector('section[part~="participants"]'), 'people panel');
    shadow(element).querySelector<HTMLButtonElement>(`[data-participant-id="${alan.connectionId}"] [part~="remove-participant"]`)!.click();
    await waitFor(() => shadow(element).querySelector('[part~="confirm-remove"]'), 'confirm removal');
    expectNoEnglish(element, 'people panel, confirming a removal');

    control(element, 'reactions').click();
    await waitFor(() => shadow(element).querySelector('[part~="reaction-picker"]'), 'reaction picker');
    expectNoEnglish(element, 'reaction picker');

    control(element, 'record').click();
    await waitFor(() => shadow(element).querySelector('[data-code="recording-failed"]'), 'recording failure notice');
    expectNoEnglish(element, 'recording failed');

    control(element, 'settings').click();
    await waitFor(() => shadow(element).querySelector('vr-settings-panel')?.shadowRoot?.querySelector('select'), 'settings panel');
    expectNoEnglish(element, 'settings');
    control(element, 'settings').click();

    element.style.width = '360px';
    await waitFor(() => shadow(element).querySelector('button[part~="more"]'), 'More');
    control(element, 'more').click();
    await waitFor(() => control(element, 'more').getAttribute('aria-expanded') === 'true', 'More menu open');
    expectNoEnglish(element, 'More menu');
  });

  it('in the notice of a moderator muting the user', async () => {
    const { sim, element } = mountGerman();
    await joined(element);
    sim.forceMuteAll();
    await waitFor(() => shadow(element).querySelector('[data-code="muted-by-moderator"]'), 'notice');
    expect(shadow(element).querySelector('[data-code="muted-by-moderator"]')!.textContent).to.contain(german.mutedByModerator);
    expectNoEnglish(element, 'muted by a moderator');
  });

  it('on the error screen, its message included', async () => {
    const { element } = mountGerman({}, '/test-token?status=503&retryAfter=30');
    const error = await element.join().catch((reason: Error) => reason);
    await waitFor(() => shadow(element).querySelector('[part~="retry"]'), 'error screen');
    const screen = shadow(element).querySelector('[part~="status"]')!.textContent;
    expect(screen).not.to.contain(error!.message);
    expect(screen).to.contain('Der Token-Endpunkt hat mit HTTP 503 geantwortet').and.to.contain('nach 30 s');
    expectNoEnglish(element, 'error screen');
  });

  it('on the left screen, and after a moderator removed the user', async () => {
    const { sim, element } = mountGerman();
    await joined(element);
    await element.leave();
    await waitFor(() => shadow(element).querySelector('[part~="rejoin"]'), 'left screen');
    expect(shadow(element).textContent).to.contain(german.leftTitle);
    expectNoEnglish(element, 'left screen');

    await joined(element);
    sim.forceDisconnect(element.localParticipant!.id);
    await waitFor(() => shadow(element).querySelector('[data-reason="forced"]'), 'removed');
    expect(shadow(element).querySelector('[data-reason="forced"]')!.textContent).to.contain(german.removedByModerator);
    expectNoEnglish(element, 'removed by a moderator');
  });
});
