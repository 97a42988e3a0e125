// Properties a page sets on a <video-room> before the element is defined (a framework that
// rendered before the import ran, a script that ran before the module) must not be lost.
// This file must not import the element statically: each test defines it only after setting them.
import { expect } from '@open-wc/testing';
import { createSimulator, type Simulator } from '../../src/testing/index.js';
import type { TokenRequestContext } from '../../src/index.js';

const CREDENTIALS = { applicationId: 'upgrade', sessionId: 'sim-upgrade', token: 'upgrade-token' };

interface NotYetUpgraded extends HTMLElement {
  sdk?: unknown;
  tokenProvider?: (context: TokenRequestContext) => Promise<typeof CREDENTIALS>;
  strings?: Record<string, unknown>;
  autojoin?: boolean;
}

async function waitFor(condition: () => unknown, message: string, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const shadowText = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null;

describe('<video-room> upgraded after the page set its properties', () => {
  let sim: Simulator;
  let element: NotYetUpgraded;
  const providerCalls: TokenRequestContext[] = [];

  before(() => {
    sim = createSimulator();
    element = document.createElement('video-room');
    element.style.cssText = 'display:block;width:800px;height:500px';
    element.setAttribute('display-name', 'Early');
    // Own properties of a plain HTMLElement: nothing reacts to them yet.
    element.sdk = sim.OT;
    element.tokenProvider = async (context) => {
      providerCalls.push(context);
      return CREDENTIALS;
    };
    element.strings = { leave: 'Hang up early', join: 'Enter early' };
    element.autojoin = true;
    document.body.append(element);
  });

  after(() => {
    element.remove();
    sim.dispose();
  });

  it('was not defined while the properties were set', () => {
    expect(customElements.get('video-room')).to.equal(undefined);
    expect(element.shadowRoot).to.equal(null);
  });

  it('takes over sdk, tokenProvider, strings and autojoin once defined: it joins the simulator with the provider', async () => {
    await import('../../src/index.js');
    expect(typeof customElements.get('video-room')).to.equal('function', 'importing the entry defined the element at once');
    expect(element.shadowRoot).to.not.equal(null, 'the element upgraded');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.querySelector('[part="join-screen"]'), 'autojoin: no join screen in the first render').to.equal(null);

    await waitFor(() => element.getAttribute('state') === 'connected', 'connected through the early properties');
    expect(providerCalls.length).to.equal(1, 'the early tokenProvider was asked once');
    expect(providerCalls[0].displayName).to.equal('Early');
    expect(sim.calls.some((call) => call.method === 'initSession'), 'the early sdk (the simulator) was used').to.be.true;
    const element_ = element as unknown as { sdk: unknown; tokenProvider: unknown; autojoin: boolean };
    expect(element_.sdk === sim.OT, 'sdk reads back the early value').to.be.true;
    expect(element_.autojoin).to.equal(true);
    expect(Object.prototype.hasOwnProperty.call(element, 'sdk'), 'no own property shadows the accessor any more').to.be.false;

    await waitFor(() => shadowText(element, 'button[part~="control"][part~="leave"]') !== null, 'the control bar');
    const leave = element.shadowRoot!.querySelector('button[part~="control"][part~="leave"]')!;
    expect(leave.getAttribute('aria-label') ?? leave.textContent?.trim()).to.equal('Hang up early');
  });

  it('a join() called right after the upgrade, before the first render, uses the properties set earlier', async () => {
    // Elements of a document without a browsing context are never upgraded: one made there is
    // upgraded when appended here, with its own properties still in place.
    const inert = document.implementation.createHTMLDocument('');
    const late = inert.createElement('video-room') as NotYetUpgraded;
    const lateSim = createSimulator();
    let asked = 0;
    late.sdk = lateSim.OT;
    late.tokenProvider = async () => {
      asked += 1;
      return CREDENTIALS;
    };
    document.body.append(late);
    try {
      const upgraded = late as unknown as { join(): Promise<void>; hasUpdated: boolean; state: string };
      expect(upgraded.hasUpdated).to.equal(false, 'not rendered yet');
      await upgraded.join();
      expect(upgraded.state).to.equal('connected');
      expect(asked).to.equal(1, 'the early tokenProvider was asked');
      expect(lateSim.calls.some((call) => call.method === 'initSession'), 'the early sdk was used').to.be.true;
    } finally {
      late.remove();
      lateSim.dispose();
    }
  });
});
