import { expect } from '@open-wc/testing';
import type { OTSubscriber } from '../../src/sdk/types.js';
import { frameRateFor, preferredResolution, VideoQuality } from '../../src/room/video-quality.js';

/** A subscriber that records the quality calls it receives; `reject` makes them fail like a P2P session. */
function recordingSubscriber(dimensions = { width: 1280, height: 720 }, reject = false) {
  const calls: Array<[string, unknown]> = [];
  const answer = () => (reject ? Promise.reject(new Error('not in a routed session')) : Promise.resolve());
  const subscriber = {
    stream: { videoDimensions: dimensions },
    subscribeToVideo: (on: boolean) => calls.push(['subscribeToVideo', on]),
    subscribeToAudio: (on: boolean) => calls.push(['subscribeToAudio', on]),
    setPreferredResolution: (resolution: unknown) => (calls.push(['setPreferredResolution', resolution]), answer()),
    setPreferredFrameRate: (rate: unknown) => (calls.push(['setPreferredFrameRate', rate]), answer()),
  } as unknown as OTSubscriber;
  return { subscriber, calls };
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('VideoQuality', () => {
  let quality: VideoQuality;
  afterEach(() => quality.dispose());

  it('asks for the tile size × DPR at a frame rate for the tile width', async () => {
    quality = new VideoQuality({ debounceMs: 0, devicePixelRatio: () => 2 });
    const { subscriber, calls } = recordingSubscriber();
    quality.add('s1', subscriber, 'camera', true);
    quality.setTargets(new Map([['s1', { width: 320, height: 180 }]]));
    await settle();
    expect(calls).to.deep.equal([
      ['setPreferredResolution', { width: 640, height: 360 }],
      ['setPreferredFrameRate', 15],
    ]);
  });

  it('never asks for more than the stream sends', () => {
    expect(preferredResolution({ width: 1200, height: 675 }, 2, { width: 640, height: 360 })).to.deep.equal({ width: 640, height: 360 });
    expect(frameRateFor(800)).to.equal(30);
    expect(frameRateFor(300)).to.equal(15);
    expect(frameRateFor(150)).to.equal(7);
  });

  it('re-sends only when the size changes by more than 20 %, debounced', async () => {
    quality = new VideoQuality({ debounceMs: 40, devicePixelRatio: () => 1 });
    const { subscriber, calls } = recordingSubscriber();
    quality.add('s1', subscriber, 'camera', true);
    for (const width of [300, 310, 320, 330]) quality.setTargets(new Map([['s1', { width, height: width * 0.5625 }]]));
    await settle(80);
    expect(calls.filter(([method]) => method === 'setPreferredResolution')).to.have.length(1);
    quality.setTargets(new Map([['s1', { width: 350, height: 197 }]]));
    await settle(80);
    expect(calls.filter(([method]) => method === 'setPreferredResolution'), 'under 20 %: not re-sent').to.have.length(1);
    quality.setTargets(new Map([['s1', { width: 600, height: 338 }]]));
    await settle(80);
    expect(calls.filter(([method]) => method === 'setPreferredResolution')).to.have.length(2);
  });

  it('turns video off for streams not on screen and back on when they return; audio untouched', async () => {
    quality = new VideoQuality({ debounceMs: 0 });
    const a = recordingSubscriber();
    const b = recordingSubscriber();
    quality.add('a', a.subscriber, 'camera', true);
    quality.add('b', b.subscriber, 'camera', true);
    quality.setTargets(new Map([['a', { width: 400, height: 225 }]]));
    await settle();
    expect(b.calls).to.deep.equal([['subscribeToVideo', false]]);
    quality.setTargets(new Map([['b', { width: 400, height: 225 }]]));
    await settle();
    expect(a.calls.at(-1)).to.deep.equal(['subscribeToVideo', false]);
    expect(b.calls[1]).to.deep.equal(['subscribeToVideo', true]);
    expect([...a.calls, ...b.calls].some(([method]) => method === 'subscribeToAudio')).to.be.false;
  });

  it('turns every video off after the page has been hidden a while, and restores on return', async () => {
    quality = new VideoQuality({ debounceMs: 0, hiddenDelayMs: 50 });
    const { subscriber, calls } = recordingSubscriber();
    quality.add('a', subscriber, 'camera', true);
    quality.setTargets(new Map([['a', { width: 400, height: 225 }]]));
    await settle();
    quality.setPageHidden(true);
    await settle(20);
    expect(calls.some(([method, on]) => method === 'subscribeToVideo' && on === false), 'not yet').to.be.false;
    await settle(60);
    expect(calls.at(-1)).to.deep.equal(['subscribeToVideo', false]);
    expect(quality.startWithVideo, 'newcomers start without video while hidden').to.be.false;
    quality.setPageHidden(false);
    expect(calls.at(-1)).to.deep.equal(['subscribeToVideo', true]);
  });

  it('swallows rejections (peer-to-peer sessions) and does not retry in a loop', async () => {
    quality = new VideoQuality({ debounceMs: 0 });
    const { subscriber, calls } = recordingSubscriber(undefined, true);
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    quality.add('a', subscriber, 'camera', true);
    quality.setTargets(new Map([['a', { width: 400, height: 225 }]]));
    await settle();
    quality.setTargets(new Map([['a', { width: 401, height: 226 }]]));
    await settle(50);
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.deep.equal([]);
    expect(calls.filter(([method]) => method === 'setPreferredResolution')).to.have.length(1);
  });

  it('leaves screen shares at full resolution', async () => {
    quality = new VideoQuality({ debounceMs: 0 });
    const { subscriber, calls } = recordingSubscriber();
    quality.add('screen', subscriber, 'screen', true);
    quality.setTargets(new Map([['screen', { width: 200, height: 120 }]]));
    await settle();
    expect(calls).to.deep.equal([]);
  });
});
