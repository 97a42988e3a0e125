import { expect } from '@open-wc/testing';
import { keepRejoining, rejoinDelay } from '../../src/room/rejoin.js';
import { rejoinTimeoutMs } from '../../src/room/rejoin-timeout.js';

describe('room/rejoin schedule', () => {
  it('backs off 1, 2, 4, 8, 16, 16 s with ±20 % jitter', () => {
    const at = (random: number) => [0, 1, 2, 3, 4, 5].map((attempt) => rejoinDelay(attempt, () => random));
    expect(at(0.5)).to.deep.equal([1000, 2000, 4000, 8000, 16000, 16000]);
    expect(at(0)).to.deep.equal([800, 1600, 3200, 6400, 12800, 12800]);
    expect(at(1)).to.deep.equal([1200, 2400, 4800, 9600, 19200, 19200]);
  });

  it('reads rejoin-timeout in seconds: 0 disables, anything else invalid means 60', () => {
    expect(rejoinTimeoutMs(0)).to.equal(0);
    expect(rejoinTimeoutMs(5)).to.equal(5000);
    for (const invalid of [Number.NaN, -1, undefined, Number.POSITIVE_INFINITY]) expect(rejoinTimeoutMs(invalid)).to.equal(60_000);
  });

  it('gives up when the next try would start after the deadline, and stops at once on abort', async () => {
    let tries = 0;
    const failing = () => {
      tries += 1;
      return Promise.reject(new Error('down'));
    };
    expect(await keepRejoining(failing, 500, new AbortController().signal)).to.equal(false);
    expect(tries).to.equal(0); // even the first try (≥ 800 ms away) is past a 500 ms deadline

    const controller = new AbortController();
    const pending = keepRejoining(failing, 60_000, controller.signal);
    controller.abort();
    expect(await pending).to.equal(false);
    expect(tries).to.equal(0);
  });
});
