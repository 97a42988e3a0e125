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
