import { expect } from '@open-wc/testing';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import { browserFamily, browserInstructions, watchPermission } from '../../src/media/permissions.js';

const agents = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  firefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1',
  other: 'SomeBrowser/1.0',
};

/** A PermissionStatus stand-in whose state the test sets. */
class FakeStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }
}

const permissions = navigator.permissions as Permissions & Record<string, unknown>;

describe('media/permissions', () => {
  afterEach(() => {
    Reflect.deleteProperty(permissions, 'query');
  });

  it('tells the browsers apart by user agent', () => {
    expect(browserFamily(agents.chrome)).to.equal('chromium');
    expect(browserFamily(agents.edge)).to.equal('chromium');
    expect(browserFamily(agents.firefox)).to.equal('firefox');
    expect(browserFamily(agents.safari)).to.equal('safari');
    expect(browserFamily(agents.iphone)).to.equal('ios');
    expect(browserFamily(agents.other)).to.equal('other');
  });

  it('gives each browser its own instructions to re-allow the camera, overridable', () => {
    expect(browserInstructions(englishStrings, agents.chrome)).to.contain('camera icon at the right of the address bar');
    expect(browserInstructions(englishStrings, agents.firefox)).to.contain('permissions icon at the left of the address bar');
    expect(browserInstructions(englishStrings, agents.safari)).to.contain('Settings for This Website');
    expect(browserInstructions(englishStrings, agents.iphone)).to.contain('Website Settings');
    expect(browserInstructions(englishStrings, agents.other)).to.equal(englishStrings.permissionHelpOther);
    expect(browserInstructions({ ...englishStrings, permissionHelpFirefox: 'Autorisez la caméra.' }, agents.firefox)).to.equal('Autorisez la caméra.');
    expect(browserInstructions()).to.equal(englishStrings.permissionHelpChromium); // this headless Chromium
  });

  it('reports permission changes until undone', async () => {
    const status = new FakeStatus('denied');
    const asked: string[] = [];
    permissions.query = async (descriptor: PermissionDescriptor) => {
      asked.push(descriptor.name);
      return status as unknown as PermissionStatus;
    };
    const seen: PermissionState[] = [];
    const undo = watchPermission('camera', (state) => seen.push(state));
    await Promise.resolve();
    await Promise.resolve();
    status.state = 'granted';
    status.dispatchEvent(new Event('change'));
    expect(asked).to.deep.equal(['camera']);
    expect(seen).to.deep.equal(['granted']);
    undo();
    status.dispatchEvent(new Event('change'));
    expect(seen).to.deep.equal(['granted']);
  });

  it('ignores browsers that cannot query, and an undo before the answer', async () => {
    permissions.query = () => Promise.reject(new TypeError('camera is not a valid permission name'));
    const undoRejected = watchPermission('microphone', () => expect.fail('no change expected'));
    await new Promise((resolve) => setTimeout(resolve));
    undoRejected();

    const status = new FakeStatus('prompt');
    permissions.query = async () => status as unknown as PermissionStatus;
    let changes = 0;
    watchPermission('camera', () => changes++)(); // undone at once
    await new Promise((resolve) => setTimeout(resolve));
    status.dispatchEvent(new Event('change'));
    expect(changes).to.equal(0);

    permissions.query = () => {
      throw new TypeError('synchronous failure');
    };
    expect(() => watchPermission('camera', () => undefined)()).not.to.throw();
  });
});
