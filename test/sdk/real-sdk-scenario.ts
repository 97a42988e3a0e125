// The offline scenario every real SDK build must pass: the element joins with credentials from a
// local token endpoint, shows the fake camera in its local tile while connecting, and when the
// unreachable cloud makes connect fail, reports connect-failed and turns the camera off.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VideoRoomError } from '../../src/errors.js';

// Shaped like a real session ID so the SDK tries the network instead of rejecting it locally.
const SESSION_ID = '1_MX4xMjM0NTY3OH5-MTcwMDAwMDAwMDAwMH5PZmZsaW5lVGVzdH5-fg';

async function waitFor(condition: () => unknown, message: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface ScenarioResult {
  version: string | undefined;
  /** Everything the page wrote to the console during the scenario. */
  consoleText: string;
  token: string;
}

export async function runOfflineJoinScenario(): Promise<ScenarioResult> {
  const token = `T1-offline-${Math.random().toString(36).slice(2)}`;
  const consoleText = captureConsole();
  const element = document.createElement('video-room');
  element.style.cssText = 'width: 640px; height: 400px';
  element.setAttribute('token-endpoint', `/test-token?session=${SESSION_ID}&token=${token}`);
  element.setAttribute('display-name', 'Ada');
  document.body.append(element);
  const errors: Array<{ code: string; recoverable: boolean }> = [];
  element.addEventListener('vr-error', (event) => errors.push(event.detail));
  try {
    const joining = element.join().then(
      () => undefined,
      (error: VideoRoomError) => error,
    );

    // While the session tries to connect, the local tile already shows the fake camera.
    let video: HTMLVideoElement | undefined;
    await waitFor(() => {
      const tile = element.shadowRoot!.querySelector<HTMLElement>('[part~="tile"][data-local="true"]');
      video = tile?.shadowRoot?.querySelector('video') ?? undefined;
      return video && video.videoWidth > 0;
    }, 'local video from the fake camera');
    expect(element.state).to.equal('joining');
    const stream = video!.srcObject as MediaStream;
    expect(stream.getVideoTracks()[0].readyState).to.equal('live');

    const error = await joining;
    expect(error?.code, error?.message).to.equal('connect-failed');
    expect(element.state).to.equal('error');
    expect(errors.map((detail) => detail.code)).to.deep.equal(['connect-failed']);
    await waitFor(() => stream.getTracks().every((track) => track.readyState === 'ended'), 'camera released', 5000);
    return { version: (window as { OT?: { version?: string } }).OT?.version, consoleText: consoleText.stop(), token };
  } finally {
    element.remove();
  }
}

function captureConsole(): { stop(): string } {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => console[method]);
  const lines: string[] = [];
  methods.forEach((method, index) => {
    console[method] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '));
      originals[index].apply(console, args);
    };
  });
  return {
    stop() {
      methods.forEach((method, index) => (console[method] = originals[index]!));
      return lines.join('\n');
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
