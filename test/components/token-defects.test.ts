// Token requests that misbehave: every one ends in a clear error, never a hang.
import { expect } from '@open-wc/testing';
import { cleanup, lastTokenRequest, mountRoom, newSimulator, recordEvents, requestKey, waitFor } from '../support/room-fixture.js';
import { rejection } from '../support/rejection.js';

afterEach(cleanup);

async function joinError(options: Parameters<typeof mountRoom>[0]) {
  const element = mountRoom({ sim: newSimulator(), ...options });
  const error = await rejection(element.join());
  return { element, error };
}

describe('<video-room> token request defects', () => {
  it('bounds a tokenProvider that never settles by token-timeout, and hands it an abortable signal', async () => {
    let signal: AbortSignal | undefined;
    const started = performance.now();
    const { error, element } = await joinError({
      attributes: { 'token-timeout': '300' },
      setup: (room) => {
        room.tokenProvider = (context) => {
          signal = context.signal;
          return new Promise(() => undefined);
        };
      },
    });
    expect(error.code).to.equal('token-request-failed');
    expect(error.message).to.contain('did not answer within 1 s');
    expect(performance.now() - started).to.be.below(3000);
    expect(signal!.aborted).to.equal(true);
    expect(element.state).to.equal('error');
  });

  it('settles join() when leave() or removal cancels a pending provider', async () => {
    const element = mountRoom({ sim: newSimulator(), setup: (room) => (room.tokenProvider = () => new Promise(() => undefined)) });
    const joining = element.join();
    await waitFor(() => element.state === 'joining', 'joining');
    await element.leave();
    expect(await Promise.race([joining.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('pending'), 1000))])).to.equal('settled');

    const removed = mountRoom({ sim: newSimulator(), setup: (room) => (room.tokenProvider = () => new Promise(() => undefined)) });
    const again = removed.join();
    removed.remove();
    expect(await Promise.race([again.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('pending'), 1000))])).to.equal('settled');
  });

  for (const value of ['abc', '-5', '0']) {
    it(`falls back to the default timeout for token-timeout="${value}" and still sends the request`, async () => {
      const key = requestKey();
      const element = mountRoom({ sim: newSimulator(), endpoint: `/test-token?key=${key}`, attributes: { 'token-timeout': value } });
      await element.join();
      expect(element.state).to.equal('connected');
      expect((await lastTokenRequest(key))?.count).to.equal(1);
    });
  }

  it('reports a body that stalls past the timeout as a timeout, not as "not JSON"', async () => {
    const { error } = await joinError({ endpoint: '/test-token?stall=3000', attributes: { 'token-timeout': '500' } });
    expect(error.code).to.equal('token-request-failed');
    expect(error.message).to.match(/did not answer within 1 s/);
  });

  it('says a field of the wrong type must be a string', async () => {
    const { error } = await joinError({ endpoint: '/test-token?number=sessionId' });
    expect(error.code).to.equal('token-invalid-response');
    expect(error.message).to.contain('"sessionId" must be a string');
    expect(error.message).not.to.contain('missing');
  });

  it('describes a provider that throws a non-Error readably', async () => {
    const thrown = [{ reason: 'expired', status: 401 }, 'plain words', null];
    const messages: string[] = [];
    for (const value of thrown) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a provider that rejects with a non-Error is the case under test
      const { error } = await joinError({ setup: (room) => (room.tokenProvider = () => Promise.reject(value)) });
      messages.push(error.message);
    }
    expect(messages[0]).to.contain('{"reason":"expired","status":401}');
    expect(messages[1]).to.contain('plain words');
    expect(messages[2]).to.contain('null value was thrown');
    for (const message of messages) expect(message).not.to.contain('[object Object]');
  });

  it('mentions Retry-After for 429 and 503 when the server sends it', async () => {
    const recorder = recordEvents();
    const { error } = await joinError({ endpoint: '/test-token?status=429&retryAfter=30' });
    expect(error.code).to.equal('token-http-error');
    expect(error.message).to.contain('HTTP 429');
    expect(error.message).to.contain('retry after 30 s');
    const { error: unavailable } = await joinError({ endpoint: '/test-token?status=503' });
    expect(unavailable.message).not.to.contain('retry after');
    expect(recorder.of('vr-error').map((detail) => detail.code)).to.deep.equal(['token-http-error', 'token-http-error']);
  });
});

describe('<video-room> names that arrive late', () => {
  it('fires vr-participant-updated when the name only arrives with the stream', async () => {
    const { startCall } = await import('../support/room-fixture.js');
    const { sim, recorder, element } = await startCall();
    const grace = sim.addParticipant({ name: 'Grace Hopper', data: '' });
    await waitFor(() => recorder.of('vr-participant-updated').length === 1, 'updated');
    expect(recorder.of('vr-participant-joined').map((detail) => detail.participant.name)).to.deep.equal(['Guest']);
    expect(recorder.of('vr-participant-updated')).to.deep.equal([{ participant: { id: grace.connectionId, name: 'Grace Hopper', isLocal: false, handRaised: false } }]);
    expect(element.participants[1].name).to.equal('Grace Hopper');
  });
});
