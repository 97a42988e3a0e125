import { expect } from '@open-wc/testing';
import { ActiveSpeakerTracker } from '../../src/room/active-speaker.js';

describe('ActiveSpeakerTracker', () => {
  it('gives the focus to the first person who speaks', () => {
    const tracker = new ActiveSpeakerTracker(1500);
    expect(tracker.update('a', true, 0.5, 0)).to.be.true;
    expect(tracker.activeSpeaker).to.equal('a');
  });

  it('holds the focus at least 1.5 s before it moves to a louder speaker', () => {
    const tracker = new ActiveSpeakerTracker(1500);
    tracker.update('a', true, 0.3, 0);
    expect(tracker.update('b', true, 0.8, 500)).to.be.false;
    expect(tracker.activeSpeaker).to.equal('a');
    expect(tracker.update('b', true, 0.8, 1499)).to.be.false;
    expect(tracker.update('b', true, 0.8, 1500)).to.be.true;
    expect(tracker.activeSpeaker).to.equal('b');
  });

  it('does not flicker between two people talking over each other', () => {
    const tracker = new ActiveSpeakerTracker(1500);
    const changes: number[] = [];
    for (let time = 0; time < 6000; time += 60) {
      // Levels alternate every sample between a and b.
      const loud = (time / 60) % 2 === 0 ? 'a' : 'b';
      if (tracker.update('a', true, loud === 'a' ? 0.6 : 0.5, time)) changes.push(time);
      if (tracker.update('b', true, loud === 'b' ? 0.6 : 0.5, time)) changes.push(time);
    }
    expect(changes.length).to.be.at.most(5);
    for (let index = 1; index < changes.length; index++) expect(changes[index] - changes[index - 1]).to.be.at.least(1500);
  });

  it('keeps the last speaker through silence', () => {
    const tracker = new ActiveSpeakerTracker(1500);
    tracker.update('a', true, 0.5, 0);
    tracker.update('a', false, 0.01, 4000);
    expect(tracker.activeSpeaker).to.equal('a');
  });

  it('clears the focus when the speaker leaves', () => {
    const tracker = new ActiveSpeakerTracker(1500);
    tracker.update('a', true, 0.5, 0);
    expect(tracker.remove('b')).to.be.false;
    expect(tracker.remove('a')).to.be.true;
    expect(tracker.activeSpeaker).to.be.undefined;
    expect(tracker.update('b', true, 0.5, 100), 'the next speaker takes it at once').to.be.true;
  });
});
