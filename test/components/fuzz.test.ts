// Seeded fuzz: random sequences of simulator controls, element methods and resizes against one
// <video-room>, with invariants checked after every step (see test/support/fuzz-steps.ts). A
// failure prints the seed and every step so far; to replay, run that seed again (put it first in
// SEEDS, or alone). A seed that found a bug stays in the list.
import { expect } from '@open-wc/testing';
import { FuzzRun } from '../support/fuzz-steps.js';
import { cleanup, mountRoom, newSimulator, tiles, waitFor } from '../support/room-fixture.js';

// `rejoinTimeout: 0` turns automatic rejoin off: a lost network then ends in `error` with Retry.
// With it on, the element rejoins by itself after 1 s (±20 %), so where that lands among the
// steps depends on timing: a replay of those seeds may differ after the first disconnectNetwork().
const SEEDS: Array<{ seed: number; rejoinTimeout?: number }> = [
  // Seeds 1 and 90210 found sendChatMessage()/sendReaction()/raiseHand() promises that never
  // settled when a call ended while its session was reconnecting (held signals were dropped
  // unanswered; fixed in ef6602f): kept.
  { seed: 1 },
  { seed: 42 },
  { seed: 1337, rejoinTimeout: 0 },
  { seed: 2024 },
  { seed: 90210, rejoinTimeout: 0 },
];
const STEPS = 200;

describe('<video-room> seeded fuzz', () => {
  afterEach(cleanup);

  for (const { seed, rejoinTimeout } of SEEDS) {
    const rejoin = rejoinTimeout === undefined ? 'automatic rejoin' : `rejoin-timeout=${rejoinTimeout}`;
    it(`seed ${seed} (${rejoin}): ${STEPS} random steps keep every invariant, and the final leave leaves nothing running`, async function () {
      this.timeout(60_000);
      const sim = newSimulator();
      sim.setConnectDelay(5);
      sim.addParticipant({ name: 'Grace Hopper' });
      sim.addParticipant({ name: 'Alan Turing', video: false });
      const element = mountRoom({
        sim,
        attributes: {
          'display-name': 'Fuzz Tester',
          'no-remember': true,
          ...(rejoinTimeout === undefined ? {} : { 'rejoin-timeout': String(rejoinTimeout) }),
        },
        setup: (room) => {
          room.tokenProvider = async () => ({ applicationId: 'fuzz', sessionId: `sim-fuzz-${seed}`, token: `fuzz-token-${seed}` });
        },
      });
      const run = new FuzzRun(element, sim, { seed, steps: STEPS });
      try {
        await element.join();
        // The in-call view is a lazily loaded chunk: the first tiles appear once it is in.
        await waitFor(() => element.state === 'connected' && tiles(element).length === 3, 'the first call with three tiles');
        const started = performance.now();
        const result = await run.run();
        await run.finish();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        // One line per seed in the test output: what ran and which expected refusals happened.
        console.log(`fuzz seed ${seed}: ${result.steps.length} steps in ${seconds} s, in-call invariants checked ${result.connectedChecks}×; steps ${JSON.stringify(result.counts)}; refusals ${JSON.stringify(result.rejections)}`);
        expect(result.steps).to.have.length(STEPS);
      } finally {
        run.stop();
      }
    });
  }
});
