import { expect } from '@open-wc/testing';
import { SpeakingDetector } from '../../src/room/speaking.js';

/** Feeds `level` every 60 ms (the SDK's rate) for `durationMs`, from `start`; returns the flags seen. */
function feed(detector: SpeakingDetector, level: number, start: number, durationMs: number): boolean[] {
  const flags: boolean[] = [];
  for (let time = start; time < start + durationMs; time += 60) flags.push(detector.update(level, time));
  return flags;
}

describe('SpeakingDetector', () => {
  it('stays quiet for background noise', () => {
    const detector = new SpeakingDetector();
    expect(feed(detector, 0.03, 0, 3000).some(Boolean)).to.be.false;
  });

  it('turns on within a few samples of speech', () => {
    const detector = new SpeakingDetector();
    const flags = feed(detector, 0.6, 0, 600);
    expect(flags.indexOf(true)).to.be.within(0, 3);
  });

  it('does not flicker off during a short pause between words', () => {
    const detector = new SpeakingDetector();
    feed(detector, 0.6, 0, 1000);
    expect(feed(detector, 0.0, 1000, 400).every(Boolean)).to.be.true;
    expect(feed(detector, 0.6, 1400, 300).every(Boolean)).to.be.true;
  });

  it('turns off after a sustained silence', () => {
    const detector = new SpeakingDetector();
    feed(detector, 0.6, 0, 1000);
    const flags = feed(detector, 0.0, 1000, 2000);
    expect(flags.at(-1)).to.be.false;
  });

  it('ignores a single short spike while quiet', () => {
    const detector = new SpeakingDetector();
    feed(detector, 0.02, 0, 1000);
    expect(detector.update(0.3, 1000)).to.be.false;
  });
});
