import { expect } from '@open-wc/testing';
import { runOfflineJoinScenario } from './real-sdk-scenario.js';

describe('real SDK: @vonage/client-sdk-video loaded by the element itself', () => {
  it('is not on the page before joining', () => {
    expect((window as { OT?: unknown }).OT).to.be.undefined;
  });

  it('previews the fake camera while connecting, then reports connect-failed and releases the camera', async () => {
    const { version, consoleText, token } = await runOfflineJoinScenario();
    expect(version, 'the bundled 2.35 SDK was loaded').to.match(/2\.35\./);
    expect(consoleText, 'the token never reaches the console').to.not.contain(token);
  });
});

describe('real SDK: devices', () => {
  it('lists the same devices as OT.getDevices, and the publisher starts from the chosen microphone', async () => {
    const OT = (window as { OT?: RealOT }).OT!;
    const element = document.createElement('video-room');
    element.style.cssText = 'width: 800px; height: 500px';
    element.setAttribute('token-endpoint', '/test-token?session=1_MX4xMjM0NTY3OH5-MTcwMDAwMDAwMDAwMH5EZXZpY2VzfQ-fg');
    element.setAttribute('no-remember', '');
    document.body.append(element);
    try {
      const root = element.shadowRoot!;
      const picker = () => root.querySelector<HTMLSelectElement>('select[name="microphone"]');
      await waitFor(() => (picker()?.options.length ?? 0) >= 2, 'microphone picker');
      const sdkIds = (await OT.getDevices()).filter((device) => device.kind === 'audioInput').map((device) => device.deviceId);
      expect([...picker()!.options].map((option) => option.value)).to.have.members(sdkIds);

      const chosen = picker()!.options[1].value;
      picker()!.value = chosen;
      picker()!.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      root.querySelector<HTMLButtonElement>('button[part~="join"]')!.click();
      // The join screen stays up while the session connects (offline: until it fails); the
      // publisher starts meanwhile, from the microphone chosen on it.
      let audio: MediaStreamTrack | undefined;
      await waitFor(() => (audio = OT.publishers.find()?.getAudioSource() ?? undefined), 'the real publisher’s microphone');
      expect(audio!.getSettings().deviceId).to.equal(chosen);
      // Offline, the connection takes its time: "Joining…" shows on the screen meanwhile.
      await waitFor(() => root.querySelector('[part~="join-screen"]')?.getAttribute('aria-busy') === 'true', 'the join screen busy');
    } finally {
      element.remove();
    }
  });
});

/** The parts of the real SDK's namespace this test reads. */
interface RealOT {
  getDevices(): Promise<Array<{ kind: string; deviceId: string }>>;
  publishers: { find(): { getAudioSource(): MediaStreamTrack | null } | undefined };
}

async function waitFor(condition: () => unknown, message: string, timeoutMs = 20_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
