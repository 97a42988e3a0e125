import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import { PREFERENCES_KEY } from '../../src/media/preferences.js';
import { cleanup, control, joined, mountRoom, newSimulator, recordEvents, shadow, statusText, waitFor, type Simulator } from '../support/room-fixture.js';

const panel = (element: Element) => shadow(element).querySelector('vr-settings-panel');
const select = (element: Element, name: string) => panel(element)!.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

async function openSettings(element: VideoRoomElement): Promise<void> {
  await waitFor(() => shadow(element).querySelector('button[part~="settings"]'), 'settings control');
  control(element, 'settings').click();
  await waitFor(() => panel(element)?.shadowRoot?.querySelector('select'), 'settings panel');
}

function choose(selectElement: HTMLSelectElement, value: string): void {
  selectElement.value = value;
  selectElement.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Makes enumerateDevices answer `devices` and tells the page the devices changed. */
function replaceDevices(devices: Array<Pick<MediaDeviceInfo, 'kind' | 'deviceId' | 'label'>>): () => void {
  Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {
    configurable: true,
    // MediaDeviceInfo fields are prototype getters: copy them by name.
    value: async () => devices.map(({ kind, deviceId, label }) => ({ kind, deviceId, label, groupId: '', toJSON: () => ({ kind, deviceId, label }) })),
  });
  navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
  return () => {
    delete (navigator.mediaDevices as { enumerateDevices?: unknown }).enumerateDevices;
  };
}

/** Joins from the join screen once its preview runs, so the call starts on known devices. */
async function room(sim: Simulator, attributes: Record<string, string | boolean> = {}): Promise<VideoRoomElement> {
  sim.addParticipant({ name: 'Grace Hopper' });
  const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'no-remember': true, ...attributes } });
  await waitFor(() => (shadow(element).querySelector<HTMLVideoElement>('[part~="preview-video"]')?.videoWidth ?? 0) > 0, 'preview');
  await joined(element);
  return element;
}

describe('<video-room> in-call settings', () => {
  afterEach(cleanup);

  it('lists the devices and switches the microphone and speaker without leaving', async () => {
    const sim = newSimulator();
    const element = await room(sim);
    const recorder = recordEvents();
    await openSettings(element);
    const microphones = select(element, 'microphone')!;
    expect(microphones.options.length).to.be.at.least(2);
    expect(select(element, 'camera')!.options.length).to.be.at.least(1);
    const other = [...microphones.options].find((option) => !option.selected)!;
    choose(microphones, other.value);
    await waitFor(() => sim.calls.some((call) => call.method === 'setAudioSource'), 'microphone switched');
    expect(sim.calls.find((call) => call.method === 'setAudioSource')!.args[0]).to.equal(other.value);
    await waitFor(() => recorder.of('vr-device-change').length === 1, 'device event');
    expect(recorder.of('vr-device-change')[0]).to.deep.equal({ kind: 'audioinput', deviceId: other.value, label: other.textContent.trim() });
    expect(element.state).to.equal('connected');

    // Chromium can route audio to a chosen output, so the speaker picker must be there.
    const speakers = select(element, 'speaker');
    expect(speakers, 'speaker picker').to.exist;
    const speaker = [...speakers!.options].at(-1)!;
    choose(speakers!, speaker.value);
    await waitFor(() => sim.calls.some((call) => call.method === 'setAudioOutputDevice'), 'speaker switched');
    expect(sim.calls.find((call) => call.method === 'setAudioOutputDevice')!.args[0]).to.equal(speaker.value);
    recorder.stop();
  });

  it('keeps Tab inside the panel, closes with Escape and returns focus to the settings control', async () => {
    const element = await room(newSimulator());
    await openSettings(element);
    const panelRoot = panel(element)!.shadowRoot!;
    const controls = [...panelRoot.querySelectorAll<HTMLElement>('button, select, input')];
    controls.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(panelRoot.activeElement, 'Tab wraps to the first control').to.equal(controls[0]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(panelRoot.activeElement, 'Shift+Tab wraps to the last control').to.equal(controls.at(-1));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !panel(element), 'closed');
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(control(element, 'settings'));
  });

  it('falls back to the default when the device in use is unplugged, and lists new devices', async () => {
    const sim = newSimulator();
    const element = await room(sim);
    const recorder = recordEvents();
    const inUse = (sim.calls.find((call) => call.method === 'initPublisher')!.args[1] as { audioSource?: MediaStreamTrack }).audioSource;
    const currentMicrophone = inUse instanceof MediaStreamTrack ? inUse.getSettings().deviceId : undefined;
    expect(currentMicrophone, 'the call started on a known microphone').to.be.a('string');
    // The microphone in use disappears; the real remaining ones stay, and a new one shows up.
    const real = await navigator.mediaDevices.enumerateDevices();
    const remaining = real.filter((device) => device.deviceId !== currentMicrophone && device.kind !== 'audiooutput');
    const fallback = remaining.find((device) => device.kind === 'audioinput')!;
    const restore = replaceDevices([...remaining, { kind: 'audioinput', deviceId: 'mic-new', label: 'USB Headset' }]);
    try {
      await waitFor(() => sim.calls.some((call) => call.method === 'setAudioSource'), 'fallback switch');
      expect(sim.calls.find((call) => call.method === 'setAudioSource')!.args[0]).to.equal(fallback.deviceId);
      await waitFor(() => statusText(element).includes(fallback.label), 'notice names the device now in use');
      expect(recorder.of('vr-device-change').map((detail) => detail.deviceId)).to.include(fallback.deviceId);
      await openSettings(element);
      const labels = [...select(element, 'microphone')!.options].map((option) => option.textContent.trim());
      expect(labels).to.include('USB Headset');
    } finally {
      restore();
      recorder.stop();
    }
  });

  it('offers no background effects where media processors are unsupported', async () => {
    const sim = newSimulator();
    const element = await room(sim);
    await openSettings(element);
    expect(select(element, 'effect')).to.be.null;
    expect(panel(element)!.shadowRoot!.querySelector('input[name="noise-suppression"]')).to.be.null;
  });

  it('applies a background blur and noise suppression where supported, and remembers the effect', async () => {
    localStorage.removeItem(PREFERENCES_KEY);
    const sim = newSimulator();
    sim.setMediaProcessorSupport(true);
    const element = await room(sim, { 'no-remember': false });
    await openSettings(element);
    const effects = select(element, 'effect')!;
    expect([...effects.options].map((option) => option.value)).to.deep.equal(['none', 'blur-low', 'blur-high']);
    choose(effects, 'blur-high');
    await waitFor(() => sim.calls.some((call) => call.method === 'applyVideoFilter'), 'filter applied');
    expect(sim.calls.find((call) => call.method === 'applyVideoFilter')!.args[0]).to.deep.equal({ type: 'backgroundBlur', blurStrength: 'high' });
    expect((JSON.parse(localStorage.getItem(PREFERENCES_KEY)!) as { effect?: string }).effect).to.equal('blur-high');

    const noise = panel(element)!.shadowRoot!.querySelector<HTMLInputElement>('input[name="noise-suppression"]')!;
    noise.click();
    await waitFor(() => sim.calls.some((call) => call.method === 'applyAudioFilter'), 'noise suppression');

    // The next join starts with the remembered effect.
    await element.leave();
    await element.join();
    const init = sim.calls.filter((call) => call.method === 'initPublisher').at(-1)!.args[1] as { videoFilter?: unknown };
    expect(init.videoFilter).to.deep.equal({ type: 'backgroundBlur', blurStrength: 'high' });
    localStorage.removeItem(PREFERENCES_KEY);
  });

  it('offers background replacement when the host gives an image', async () => {
    const sim = newSimulator();
    sim.setMediaProcessorSupport(true);
    const element = await room(sim, { 'background-image': 'https://example.com/office.jpg' });
    await openSettings(element);
    choose(select(element, 'effect')!, 'image');
    await waitFor(() => sim.calls.some((call) => call.method === 'applyVideoFilter'), 'replacement applied');
    expect(sim.calls.find((call) => call.method === 'applyVideoFilter')!.args[0]).to.deep.equal({
      type: 'backgroundReplacement',
      backgroundImgUrl: 'https://example.com/office.jpg',
    });
  });
});

describe('<video-room> background effects on the join screen', () => {
  afterEach(cleanup);

  const effectPicker = (element: Element) => shadow(element).querySelector<HTMLSelectElement>('[part~="join-screen"] select[name="effect"]');
  const previewPlaying = (element: Element) =>
    (shadow(element).querySelector<HTMLVideoElement>('[part~="preview-video"]')?.videoWidth ?? 0) > 0;

  it('offers effects once the SDK says they work here, and the publisher starts with the chosen one', async () => {
    const sim = newSimulator();
    sim.setMediaProcessorSupport(true);
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'no-remember': true } });
    await waitFor(() => effectPicker(element), 'effect picker');
    expect([...effectPicker(element)!.options].map((option) => option.value)).to.deep.equal(['none', 'blur-low', 'blur-high']);
    choose(effectPicker(element)!, 'blur-low');
    control(element, 'join').click();
    await waitFor(() => sim.calls.some((call) => call.method === 'initPublisher'), 'publisher');
    const init = sim.calls.find((call) => call.method === 'initPublisher')!.args[1] as { videoFilter?: unknown };
    expect(init.videoFilter).to.deep.equal({ type: 'backgroundBlur', blurStrength: 'low' });
  });

  it('offers none where media processors are unsupported', async () => {
    const sim = newSimulator();
    const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'no-remember': true } });
    await waitFor(() => previewPlaying(element), 'preview');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sim.calls.some((call) => call.method === 'hasMediaProcessorSupport'), 'the SDK was asked').to.be.true;
    expect(effectPicker(element)).to.be.null;
  });
});
