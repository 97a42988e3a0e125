import { expect } from '@open-wc/testing';
import { runOfflineJoinScenario } from './real-sdk-scenario.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('real SDK: @vonage/video-client 2.25.1 loaded by the page as window.OT', () => {
  before(async () => {
    await loadScript('/node_modules/vonage-video-client-2251/dist/js/opentok.min.js');
  });

  it('previews the fake camera while connecting, then reports connect-failed and releases the camera', async () => {
    const { version } = await runOfflineJoinScenario();
    expect(version, 'the page’s own OT was used').to.match(/2\.25\./);
  });
});
