import { expect } from '@open-wc/testing';
import type { VideoRoomElement } from '../../src/define.js';
import { VideoRoomError } from '../../src/errors.js';
import {
  cleanup,
  control,
  lastTokenRequest,
  mountRoom,
  newSimulator,
  recordEvents,
  requestKey,
  shadow,
  tiles,
  waitFor,
} from '../support/room-fixture.js';

/** Joins and returns the rejection, asserting the element ended in the error state. */
async function failedJoin(element: VideoRoomElement): Promise<VideoRoomError> {
  const error = await element.join().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'join() rejects').to.be.instanceOf(VideoRoomError);
  expect(element.state).to.equal('error');
  expect(element.lastError).to.equal(error);
  await element.updateComplete;
  const status = shadow(element).querySelector('[part~="status"]')!;
  expect(status.getAttribute('role')).to.equal('alert');
  expect(status.textContent).to.contain((error as VideoRoomError).message);
  expect(control(element, 'retry')).to.exist;
  return error as VideoRoomError;
}

describe('<video-room> token endpoint contract', () => {
  afterEach(cleanup);

  it('sends GET with the room in the query and accepts apiKey in place of applicationId', async () => {
    const sim = newSimulator();
    const key = requestKey();
    const element = mountRoom({ sim, endpoint: `/test-token?apiKey=1&key=${key}`, attributes: { room: 'daily standup' } });
    await element.join();
    const request = await lastTokenRequest(key);
    expect(request?.method).to.equal('GET');
    expect(request?.room).to.equal('daily standup');
    const init = sim.calls.find((call) => call.method === 'initSession')!;
    expect(init.args.slice(0, 2)).to.deep.equal(['test-app', 'sim-daily standup']);
  });

  it('sends POST with a JSON body when token-method="POST"', async () => {
    const sim = newSimulator();
    const key = requestKey();
    const element = mountRoom({
      sim,
      endpoint: `/test-token?key=${key}`,
      attributes: { room: 'standup', 'display-name': 'Ada', 'token-method': 'POST' },
    });
    await element.join();
    const request = await lastTokenRequest(key);
    expect(request?.method).to.equal('POST');
    expect(request?.contentType).to.contain('application/json');
    expect(request?.body).to.deep.equal({ room: 'standup', name: 'Ada' });
  });

  it('requests a fresh token for every join', async () => {
    const sim = newSimulator();
    const key = requestKey();
    const element = mountRoom({ sim, endpoint: `/test-token?key=${key}` });
    await element.join();
    await element.leave();
    await element.join();
    expect((await lastTokenRequest(key))?.count).to.equal(2);
    const tokens = sim.calls.filter((call) => call.method === 'connect');
    expect(tokens).to.have.length(2);
  });

  it('uses a tokenProvider instead of fetching, passing room, name and an AbortSignal', async () => {
    const sim = newSimulator();
    const contexts: Array<{ room?: string; displayName: string; signal: AbortSignal }> = [];
    const element = mountRoom({
      sim,
      attributes: { room: 'provided', 'display-name': 'Ada' },
      setup: (room) => {
        room.tokenProvider = async (context) => {
          contexts.push(context);
          return { applicationId: 'app', sessionId: 'sim-provided', token: 'provided-token' };
        };
      },
    });
    await element.join();
    expect(element.state).to.equal('connected');
    expect(contexts).to.have.length(1);
    expect(contexts[0].room).to.equal('provided');
    expect(contexts[0].displayName).to.equal('Ada');
    expect(contexts[0].signal).to.be.instanceOf(AbortSignal);
  });

  const tokenFailures: Array<[string, string, string | RegExp]> = [
    ['token-http-error', '/test-token?status=500', /HTTP 500/],
    ['token-http-error', '/test-token?status=403', /HTTP 403/],
    ['token-invalid-response', '/test-token?body=text', /JSON/],
    ['token-invalid-response', '/test-token?omit=token', '"token"'],
    ['token-invalid-response', '/test-token?omit=sessionId', '"sessionId"'],
    ['token-invalid-response', '/test-token?empty=applicationId', '"applicationId"'],
    ['token-request-failed', 'http://127.0.0.1:9/token', /could not be reached/],
    ['invalid-configuration', 'javascript:alert(1)', /http: or https:/],
    ['invalid-configuration', 'ftp://example.com/token', /http: or https:/],
  ];
  for (const [code, endpoint, message] of tokenFailures) {
    it(`reports ${code} for ${endpoint}`, async () => {
      const sim = newSimulator();
      const recorder = recordEvents();
      const element = mountRoom({ sim, endpoint });
      const error = await failedJoin(element);
      expect(error.code).to.equal(code);
      if (typeof message === 'string') expect(error.message).to.contain(message);
      else expect(error.message).to.match(message);
      expect(recorder.of('vr-error')).to.deep.equal([{ code, message: error.message, recoverable: false }]);
      expect(sim.calls.filter((call) => call.method === 'initSession'), 'never reaches the SDK').to.have.length(0);
      recorder.stop();
    });
  }

  it('reports invalid-configuration when there is neither an endpoint nor a provider', async () => {
    const element = mountRoom({ sim: newSimulator() });
    const error = await failedJoin(element);
    expect(error.code).to.equal('invalid-configuration');
    expect(error.message).to.contain('token-endpoint');
  });

  it('times out a token request that does not answer (token-timeout)', async () => {
    const element = mountRoom({ sim: newSimulator(), endpoint: '/test-token?delay=3000', attributes: { 'token-timeout': '200' } });
    const started = performance.now();
    const error = await failedJoin(element);
    expect(error.code).to.equal('token-request-failed');
    expect(error.message).to.contain('did not answer');
    expect(performance.now() - started).to.be.below(2500);
  });
});

describe('<video-room> connection failures', () => {
  afterEach(cleanup);

  const connectFailures: Array<[1004 | 1005 | 1006, string]> = [
    [1004, 'auth-failed'],
    [1005, 'invalid-session'],
    [1006, 'connect-failed'],
  ];
  for (const [otCode, code] of connectFailures) {
    it(`maps OT ${otCode} to ${code}, releases the camera and retries with a new token`, async () => {
      const sim = newSimulator();
      sim.addParticipant({ name: 'Grace Hopper' });
      sim.rejectNextConnect(otCode);
      const key = requestKey();
      const element = mountRoom({ sim, endpoint: `/test-token?key=${key}` });
      const error = await failedJoin(element);
      expect(error.code).to.equal(code);
      expect(error.recoverable).to.equal(false);
      expect(sim.liveTracks(), 'camera released').to.equal(0);
      expect(sim.liveListeners(), 'listeners removed').to.equal(0);

      control(element, 'retry').click();
      await waitFor(() => element.state === 'connected' && tiles(element).length === 2, 'retry joins');
      expect((await lastTokenRequest(key))?.count).to.equal(2);
    });
  }

  it('reports unsupported-browser when the SDK says the browser cannot join', async () => {
    const sim = newSimulator();
    const unsupported = Object.create(sim.OT, { checkSystemRequirements: { value: () => 0 } }) as typeof sim.OT;
    const element = mountRoom({ endpoint: '/test-token', setup: (room) => (room.sdk = unsupported) });
    const error = await failedJoin(element);
    expect(error.code).to.equal('unsupported-browser');
  });
});
