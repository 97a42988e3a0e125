import { expect } from '@open-wc/testing';
import { joinWithStreams, subscribedToParticipant, until } from '../testing/sim-helpers.js';
import {
  DEFAULT_NETWORK_THRESHOLDS,
  NetworkQualityWatcher,
  levelFromMeasure,
  levelFromScore,
  type NetworkQualityUpdate,
  type WatcherTimers,
} from '../../src/room/network-quality.js';
import { UnstableConnectionWatcher, type UnstableConnectionUpdate } from '../../src/room/unstable-connection.js';
import type { OTPublisher, OTSubscriber } from '../../src/sdk/types.js';
import { createSimulator, type SimPublisher, type Simulator } from '../../src/testing/index.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sim: Simulator;
const disposers: Array<() => void> = [];

afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  sim?.dispose();
});

/** A participant and the local subscriber to its camera (or screen) stream. */
async function remote(options: { qualityScoreIntervalMs?: number; screen?: boolean } = {}) {
  sim = createSimulator({ audioLevelIntervalMs: 20, qualityScoreIntervalMs: options.qualityScoreIntervalMs ?? 0 });
  return subscribedToParticipant(sim, options);
}

async function localPublisher(): Promise<SimPublisher> {
  sim = createSimulator({ audioLevelIntervalMs: 20 });
  const { session } = await joinWithStreams(sim);
  const publisher = await new Promise<SimPublisher>((resolve, reject) => {
    const pub: SimPublisher = sim.OT.initPublisher(undefined, { insertDefaultUI: false, audioFallback: { publisher: true } }, (error) =>
      error ? reject(error) : resolve(pub),
    );
  });
  await new Promise<void>((resolve, reject) => session.publish(publisher, (error) => (error ? reject(error) : resolve())));
  return publisher;
}

/** Starts a watcher (disposed after the test) and collects its updates. */
function watch(target: OTSubscriber | OTPublisher, options: ConstructorParameters<typeof NetworkQualityWatcher>[2] = {}) {
  const updates: NetworkQualityUpdate[] = [];
  const watcher = new NetworkQualityWatcher(target, (update) => updates.push(update), { intervalMs: 100, ...options });
  disposers.push(() => watcher.dispose());
  const last = () => updates[updates.length - 1];
  return { watcher, updates, last };
}

/** Real timers that count what is pending. */
function countingTimers(): WatcherTimers & { pending: () => number } {
  const live = new Set<unknown>();
  return {
    setTimeout(fn, ms) {
      const handle = setTimeout(() => {
        live.delete(handle);
        fn();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
      live.delete(handle);
    },
    pending: () => live.size,
  };
}

/** A minimal SDK-like emitter whose getStats is supplied by the test. */
function fakeSubscriber(getStats: (callback: (error?: unknown, stats?: unknown) => void) => unknown) {
  const handlers = new Map<string, Set<(event: unknown) => void>>();
  let calls = 0;
  const target = {
    stream: { hasVideo: true, videoType: 'camera' },
    on(type: string, handler: (event: unknown) => void) {
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)!.add(handler);
    },
    off(type: string, handler: (event: unknown) => void) {
      handlers.get(type)?.delete(handler);
    },
    getStats(callback: (error?: unknown, stats?: unknown) => void) {
      calls += 1;
      return getStats(callback);
    },
    emit(type: string, event: object) {
      for (const handler of [...(handlers.get(type) ?? [])]) handler({ type, ...event });
    },
    listeners: () => [...handlers.values()].reduce((sum, set) => sum + set.size, 0),
    calls: () => calls,
  };
  return target;
}

describe('network quality: rules', () => {
  it('classifies loss and camera bitrate with the documented thresholds', () => {
    expect(DEFAULT_NETWORK_THRESHOLDS).to.include({ poorLossPercent: 10, fairLossPercent: 3, poorVideoKbps: 100, fairVideoKbps: 400 });
    expect(levelFromMeasure({ lossPercent: 0.5, videoKbps: 1500 })).to.equal('good');
    expect(levelFromMeasure({ lossPercent: 3, videoKbps: 1500 })).to.equal('fair');
    expect(levelFromMeasure({ lossPercent: 0, videoKbps: 399 })).to.equal('fair');
    expect(levelFromMeasure({ lossPercent: 10, videoKbps: 1500 })).to.equal('poor');
    expect(levelFromMeasure({ lossPercent: 0, videoKbps: 99 })).to.equal('poor');
    expect(levelFromMeasure({ lossPercent: 1, videoKbps: null }), 'no video: loss alone').to.equal('good');
    expect(levelFromMeasure({ lossPercent: null, videoKbps: null })).to.be.null;
  });

  it('maps SDK scores (1–5): the lower of audio and video, ≥ 3.5 good, ≥ 2.5 fair', () => {
    expect(levelFromScore({ audioQualityScore: 4.3, videoQualityScore: 4.1 }, true)).to.equal('good');
    expect(levelFromScore({ audioQualityScore: 4.3, videoQualityScore: 3.1 }, true)).to.equal('fair');
    expect(levelFromScore({ audioQualityScore: 4.3, videoQualityScore: 1 }, true)).to.equal('poor');
    expect(levelFromScore({ audioQualityScore: 4.3, videoQualityScore: 1 }, false), 'video not expected: ignored').to.equal('good');
    expect(levelFromScore({}, true)).to.be.null;
  });
});

describe('NetworkQualityWatcher', () => {
  it('follows setNetworkQuality from getStats: good, fair, poor with video paused, then good again', async () => {
    const { ada, subscriber } = await remote();
    const { watcher, updates, last } = watch(subscriber);
    await until(() => updates.length > 0, 2000, 'first measurement');
    expect(last()).to.deep.equal({ quality: 'good', videoPaused: false });
    expect(watcher.source).to.equal('stats');
    sim.setNetworkQuality(ada.connectionId, 'fair');
    await until(() => last()?.quality === 'fair', 3000, 'fair');
    expect(last().videoPaused).to.be.false;
    sim.setNetworkQuality(ada.connectionId, 'poor');
    expect(last(), "videoDisabled 'quality' is reported at once").to.deep.equal({ quality: 'poor', videoPaused: true });
    expect(watcher.videoPaused).to.be.true;
    sim.setNetworkQuality(ada.connectionId, 'good');
    expect(watcher.videoPaused).to.be.false;
    await until(() => last()?.quality === 'good', 3000, 'good again');
    expect(last()).to.deep.equal({ quality: 'good', videoPaused: false });
    expect(sim.calls.filter((call) => call.method === 'getStats').length).to.be.greaterThan(5);
  });

  it('measures poor from loss and bitrate while video flows (screen share: loss only, never paused)', async () => {
    const { ada, subscriber } = await remote({ screen: true });
    const { last } = watch(subscriber);
    await until(() => last()?.quality === 'good', 2000, 'good');
    sim.setNetworkQuality(ada.connectionId, 'poor');
    await until(() => last()?.quality === 'poor', 3000, 'poor');
    expect(last().videoPaused).to.be.false;
  });

  it('switches to qualityScoreChanged where the SDK emits it, and stops polling', async () => {
    const { ada, subscriber } = await remote({ qualityScoreIntervalMs: 100 });
    const { watcher, last } = watch(subscriber, { intervalMs: 50 });
    await until(() => watcher.source === 'score', 2000, 'score mode');
    expect(last()).to.deep.equal({ quality: 'good', videoPaused: false });
    const polls = sim.calls.filter((call) => call.method === 'getStats').length;
    sim.setNetworkQuality(ada.connectionId, 'fair');
    await until(() => last()?.quality === 'fair', 2000, 'fair from scores');
    sim.setNetworkQuality(ada.connectionId, 'good');
    await until(() => last()?.quality === 'good', 2000, 'good from scores');
    await wait(150);
    expect(sim.calls.filter((call) => call.method === 'getStats').length, 'no polling in score mode').to.equal(polls);
  });

  it('ignores video bitrate while the app has video off (subscribeToVideo)', async () => {
    const { subscriber } = await remote();
    const { last, updates } = watch(subscriber);
    await until(() => last()?.quality === 'good', 2000, 'good');
    subscriber.subscribeToVideo(false);
    await wait(600);
    expect(updates.map((update) => update.quality)).to.deep.equal(['good']);
  });

  it('dispose removes every listener and timer; no getStats afterwards', async () => {
    const { subscriber } = await remote();
    const listenersBefore = sim.liveListeners();
    const timersBefore = sim.liveTimers();
    const timers = countingTimers();
    const watcher = new NetworkQualityWatcher(subscriber, () => undefined, { intervalMs: 50, timers });
    expect(sim.liveListeners()).to.equal(listenersBefore + 4);
    await wait(220);
    expect(timers.pending()).to.be.greaterThan(0);
    watcher.dispose();
    watcher.dispose();
    expect(timers.pending()).to.equal(0);
    expect(sim.liveListeners()).to.equal(listenersBefore);
    expect(sim.liveTimers()).to.equal(timersBefore);
    const polls = sim.calls.filter((call) => call.method === 'getStats').length;
    await wait(200);
    expect(sim.calls.filter((call) => call.method === 'getStats').length).to.equal(polls);
  });

  it('stops on its own when the subscriber is destroyed', async () => {
    const { session, subscriber } = await remote();
    const timers = countingTimers();
    const watcher = new NetworkQualityWatcher(subscriber, () => undefined, { intervalMs: 50, timers });
    disposers.push(() => watcher.dispose());
    await wait(120);
    session.unsubscribe(subscriber);
    expect(timers.pending()).to.equal(0);
  });

  it('tolerates a getStats that throws, errors, rejects or never answers, one call at a time', async () => {
    const timers = countingTimers();
    let mode: 'throw' | 'error' | 'reject' | 'hang' = 'throw';
    let inFlight = 0;
    let maxInFlight = 0;
    const target = fakeSubscriber((callback) => {
      if (mode === 'throw') throw new Error('boom');
      if (mode === 'error') {
        callback({ name: 'OT_PEER_CONNECTION_NOT_CONNECTED', code: 1015 });
        return Promise.reject(new Error('also rejects'));
      }
      if (mode === 'reject') return Promise.reject(new Error('rejected'));
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise(() => undefined);
    });
    const updates: NetworkQualityUpdate[] = [];
    const watcher = new NetworkQualityWatcher(target as unknown as OTSubscriber, (update) => updates.push(update), { intervalMs: 20, timeoutMs: 60, timers });
    disposers.push(() => watcher.dispose());
    for (const next of ['throw', 'error', 'reject'] as const) {
      mode = next;
      const before = target.calls();
      await until(() => target.calls() >= before + 2, 2000, `polling on after ${next}`);
    }
    mode = 'hang';
    const before = target.calls();
    await wait(300);
    const hung = target.calls() - before;
    expect(hung, 'abandoned after timeoutMs, then polled again').to.be.within(2, 5);
    expect(timers.pending(), 'one timer at a time (the deadline or the next poll)').to.equal(1);
    expect(updates).to.deep.equal([]);
    expect(watcher.quality).to.be.null;
    watcher.dispose();
    expect(timers.pending()).to.equal(0);
    expect(target.listeners()).to.equal(0);
  });

  it('drops history when counters restart (a new peer connection) instead of reporting nonsense', async () => {
    let t = 1_000;
    let packets = 0;
    let bytes = 0;
    const target = fakeSubscriber((callback) => {
      t += 1000;
      packets += 100;
      bytes += 200_000;
      if (t === 5_000) {
        packets = 100;
        bytes = 200_000;
      }
      callback(null, {
        timestamp: t,
        audio: { packetsReceived: packets / 2, packetsLost: 0, bytesReceived: 0 },
        video: { packetsReceived: packets / 2, packetsLost: 0, bytesReceived: bytes },
      });
    });
    const updates: NetworkQualityUpdate[] = [];
    const watcher = new NetworkQualityWatcher(target as unknown as OTSubscriber, (update) => updates.push(update), { intervalMs: 10 });
    disposers.push(() => watcher.dispose());
    await until(() => target.calls() >= 8, 2000, 'polls');
    expect(updates).to.deep.equal([{ quality: 'good', videoPaused: false }]);
  });

  it('reports better levels only after recoverSamples measurements in a row, worse ones at once', async () => {
    let loss = 0;
    let t = 0;
    let sent = 0;
    let lost = 0;
    const target = fakeSubscriber((callback) => {
      t += 1000;
      sent += 200;
      lost += (200 * loss) / 100;
      callback(null, { timestamp: t, audio: { packetsReceived: sent - lost, packetsLost: lost, bytesReceived: 0 }, video: { packetsReceived: 0, packetsLost: 0, bytesReceived: 0 } });
    });
    target.stream.hasVideo = false;
    const levels: string[] = [];
    const watcher = new NetworkQualityWatcher(target as unknown as OTSubscriber, (update) => levels.push(update.quality), { intervalMs: 10, recoverSamples: 3 });
    disposers.push(() => watcher.dispose());
    await until(() => levels.length === 1, 2000, 'first');
    loss = 20;
    await until(() => levels.length === 2, 2000, 'poor');
    const callsAtPoor = target.calls();
    loss = 0;
    await until(() => levels.length === 3, 2000, 'recovered');
    expect(levels).to.deep.equal(['good', 'poor', 'good']);
    expect(target.calls() - callsAtPoor, 'three good samples first').to.be.at.least(3);
  });
});

describe('UnstableConnectionWatcher', () => {
  it('reports unstable after continuous poor on the local publisher, and not once it recovers', async () => {
    const publisher = await localPublisher();
    const updates: UnstableConnectionUpdate[] = [];
    const unstable = new UnstableConnectionWatcher(publisher, (update) => updates.push(update), { intervalMs: 100, unstableAfterMs: 400 });
    disposers.push(() => unstable.dispose());
    await until(() => updates.length > 0, 2000, 'first');
    expect(updates[0]).to.deep.equal({ quality: 'good', videoPaused: false, unstable: false });
    sim.setLocalNetworkQuality('poor');
    expect(updates[updates.length - 1], "publisher videoDisabled 'quality'").to.deep.equal({ quality: 'poor', videoPaused: true, unstable: false });
    await wait(200);
    expect(unstable.unstable, 'not yet').to.be.false;
    await until(() => unstable.unstable, 1000, 'unstable');
    expect(updates[updates.length - 1]).to.deep.equal({ quality: 'poor', videoPaused: true, unstable: true });
    sim.setLocalNetworkQuality('fair');
    await until(() => updates[updates.length - 1].quality === 'fair', 3000, 'fair');
    expect(unstable.unstable).to.be.false;
  });

  it('a short poor spell is not unstable; dispose clears its timer', async () => {
    const publisher = await localPublisher();
    const timers = countingTimers();
    const flags: boolean[] = [];
    const unstable = new UnstableConnectionWatcher(publisher, (update) => flags.push(update.unstable), { intervalMs: 50, unstableAfterMs: 500, timers });
    await until(() => flags.length > 0, 2000, 'first');
    sim.setLocalNetworkQuality('poor');
    await wait(100);
    sim.setLocalNetworkQuality('good');
    await wait(600);
    expect(flags.every((flag) => !flag)).to.be.true;
    sim.setLocalNetworkQuality('poor');
    unstable.dispose();
    expect(timers.pending()).to.equal(0);
  });
});
