// The offline scenario every real SDK build must pass: the element joins with credentials from a
// local token endpoint, shows the fake camera in its local tile while connecting, and when the
// unreachable cloud makes connect fail, reports connect-failed and turns the camera off.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VideoRoomError } from '../../src/room/errors.js';

// Shaped like a real session ID so the SDK tries the network instead of rejecting it locally.
const SESSION_ID = '1_MX4xMjM0NTY3OH5-MTcwMDAwMDAwMDAwMH5PZmZsaW5lVGVzdH5-fg';

async function waitFor(condition: () => unknown, message: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runOfflineJoinScenario(): Promise<{ version: string | undefined }> {
  const element = document.createElement('video-room');
  element.style.cssText = 'width: 640px; height: 400px';
  element.setAttribute('token-endpoint', `/test-token?session=${SESSION_ID}`);
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
    expect(stream.getVideoTracks()[0]!.readyState).to.equal('live');

    const error = await joining;
    expect(error?.code, error?.message).to.equal('connect-failed');
    expect(element.state).to.equal('error');
    expect(errors.map((detail) => detail.code)).to.deep.equal(['connect-failed']);
    await waitFor(() => stream.getTracks().every((track) => track.readyState === 'ended'), 'camera released', 5000);
    return { version: (window as { OT?: { version?: string } }).OT?.version };
  } finally {
    element.remove();
  }
}
