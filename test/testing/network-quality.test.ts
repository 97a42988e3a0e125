import { expect } from '@open-wc/testing';
import { joinWithStreams, subscribedToParticipant, until } from './sim-helpers.js';
import type { OTPublisherStatsContainer, OTSubscriberStats } from '../../src/sdk/types.js';
import { createSimulator, type SimPublisher, type SimSession, type SimStream, type SimSubscriber, type Simulator } from '../../src/testing/index.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sim: Simulator;

afterEach(() => sim.dispose());

const elements = new WeakMap<SimSubscriber, HTMLVideoElement>();

function subscribe(session: SimSession, stream: SimStream): Promise<SimSubscriber> {
  return new Promise((resolve, reject) => {
    const subscriber = session.subscribe(stream, undefined, { insertDefaultUI: false }, (error) => (error ? reject(error) : resolve(subscriber)));
    subscriber.on('videoElementCreated', (event) => elements.set(subscriber, event.element as HTMLVideoElement));
  });
}

/** The received video track (the subscriber's own clone). */
function videoTrack(subscriber: SimSubscriber): MediaStreamTrack {
  return (elements.get(subscriber)!.srcObject as MediaStream).getVideoTracks()[0];
}

/** A participant and the local subscriber to its camera (or screen) stream; `log` records the subscriber's quality events. */
async function watched(options: { screen?: boolean; qualityScoreIntervalMs?: number } = {}) {
  sim = createSimulator({ audioLevelIntervalMs: 20, qualityScoreIntervalMs: options.qualityScoreIntervalMs ?? 0 });
  const { ada, session, subscriber } = await subscribedToParticipant(sim, options, subscribe);
  const log: string[] = [];
  for (const type of ['videoDisabled', 'videoEnabled', 'videoDisableWarning', 'videoDisableWarningLifted']) {
    subscriber.on(type, (event: { reason?: string }) => log.push(event.reason ? `${type}:${event.reason}` : type));
  }
  return { ada, session, subscriber, log };
}

function stats(subscriber: SimSubscriber): Promise<OTSubscriberStats> {
  return new Promise((resolve, reject) => void subscriber.getStats((error, result) => (error ? reject(error) : resolve(result!))).catch(() => undefined));
}

/** Loss (%) over audio + video and video kbps between two samples `ms` apart. */
async function rates(subscriber: SimSubscriber, ms = 1000): Promise<{ loss: number; kbps: number }> {
  const a = await stats(subscriber);
  await wait(ms);
  const b = await stats(subscriber);
  const lost = b.audio.packetsLost + b.video.packetsLost - a.audio.packetsLost - a.video.packetsLost;
  const received = b.audio.packetsReceived + b.video.packetsReceived - a.audio.packetsReceived - a.video.packetsReceived;
  return { loss: (lost / (lost + received)) * 100, kbps: ((b.video.bytesReceived - a.video.bytesReceived) * 8) / (b.timestamp - a.timestamp) };
}

function publisherStats(publisher: SimPublisher): Promise<OTPublisherStatsContainer[]> {
  return new Promise((resolve, reject) => void publisher.getStats((error, result) => (error ? reject(error) : resolve(result!))));
}

async function published(props: object = {}): Promise<{ session: SimSession; publisher: SimPublisher }> {
  const { session } = await joinWithStreams(sim);
  const publisher = await new Promise<SimPublisher>((resolve, reject) => {
    const pub: SimPublisher = sim.OT.initPublisher(undefined, { insertDefaultUI: false, ...props }, (error) => (error ? reject(error) : resolve(pub)));
  });
  await new Promise<void>((resolve, reject) => session.publish(publisher, (error) => (error ? reject(error) : resolve())));
  return { session, publisher };
}

describe('simulator network quality', () => {
  it('subscriber getStats: the SDK shape through the callback and the Promise, counters growing with time', async () => {
    const { subscriber } = await watched();
    const first = await subscriber.getStats();
    expect(first).to.have.keys('timestamp', 'audio', 'video');
    expect(first.audio).to.have.keys('packetsReceived', 'packetsLost', 'bytesReceived');
    expect(first.video).to.include.keys('packetsReceived', 'packetsLost', 'bytesReceived', 'frameRate');
    await wait(300);
    const second = await stats(subscriber);
    expect(second.timestamp).to.be.greaterThan(first.timestamp);
    expect(second.audio.packetsReceived).to.be.greaterThan(first.audio.packetsReceived);
    expect(second.video.bytesReceived).to.be.greaterThan(first.video.bytesReceived);
    expect(second.video.frameRate).to.equal(15);
    const recorded = sim.calls.filter((call) => call.method === 'getStats');
    expect(recorded).to.have.length(2);
    expect(recorded[0]).to.deep.equal({ target: 'subscriber', method: 'getStats', args: [], streamId: subscriber.streamId });
  });

  it('good ≈ 0 % loss and 1.5 Mbps, fair ≈ 4 % and 300 kbps', async () => {
    const { ada, subscriber, log } = await watched();
    const good = await rates(subscriber, 600);
    expect(good.loss).to.be.below(1);
    expect(good.kbps).to.be.within(1300, 1700);
    sim.setNetworkQuality(ada.connectionId, 'fair');
    const fair = await rates(subscriber);
    expect(fair.loss).to.be.within(2.5, 5.5);
    expect(fair.kbps).to.be.within(260, 340);
    expect(log, 'fair keeps video').to.deep.equal([]);
  });

  it('poor ≈ 15 % loss and 60 kbps on a screen share, whose video is never paused', async () => {
    const { ada, subscriber, log } = await watched({ screen: true });
    sim.setNetworkQuality(ada.connectionId, 'poor');
    const poor = await rates(subscriber, 1200);
    expect(poor.loss).to.be.within(10, 20);
    expect(poor.kbps).to.be.within(45, 75);
    expect(log).to.deep.equal([]);
  });

  it("poor pauses camera video: videoDisableWarning, videoDisabled 'quality', no video counted; back: videoEnabled 'quality'", async () => {
    const { ada, subscriber, log } = await watched();
    expect(videoTrack(subscriber).enabled).to.be.true;
    sim.setNetworkQuality(ada.connectionId, 'poor');
    expect(log, 'synchronous').to.deep.equal(['videoDisableWarning', 'videoDisabled:quality']);
    expect(videoTrack(subscriber).enabled, 'the received video shows nothing').to.be.false;
    const paused = await rates(subscriber, 400);
    expect(paused.kbps).to.equal(0);
    expect(paused.loss).to.be.within(5, 30);
    expect((await stats(subscriber)).video.frameRate).to.equal(0);
    sim.setNetworkQuality(ada.connectionId, 'poor');
    expect(log, 'unchanged quality: nothing new').to.have.length(2);
    sim.setNetworkQuality(ada.connectionId, 'fair');
    expect(log.slice(2)).to.deep.equal(['videoEnabled:quality', 'videoDisableWarningLifted']);
    expect(videoTrack(subscriber).enabled).to.be.true;
    expect((await rates(subscriber, 400)).kbps).to.be.within(240, 360);
  });

  it('a subscriber to a participant already poor drops video right after connecting; the app turning video on gets it dropped again', async () => {
    sim = createSimulator({ audioLevelIntervalMs: 20, qualityScoreIntervalMs: 0 });
    const ada = sim.addParticipant({ name: 'Ada' });
    sim.setNetworkQuality(ada.connectionId, 'poor');
    const { session, streams } = await joinWithStreams(sim);
    await until(() => streams.length === 1);
    const events: string[] = [];
    const subscriber = session.subscribe(streams[0], undefined, { insertDefaultUI: false });
    subscriber.on('connected', () => events.push('connected'));
    subscriber.on('videoDisabled', (event) => events.push(`videoDisabled:${event.reason}`));
    subscriber.on('videoEnabled', (event) => events.push(`videoEnabled:${event.reason}`));
    await until(() => events.length >= 2);
    expect(events).to.deep.equal(['connected', 'videoDisabled:quality']);
    subscriber.subscribeToVideo(false);
    subscriber.subscribeToVideo(true);
    expect(events.slice(2)).to.deep.equal(['videoDisabled:subscribeToVideo', 'videoEnabled:subscribeToVideo', 'videoDisabled:quality']);
    sim.setNetworkQuality(ada.connectionId, 'good');
    expect(events.slice(5)).to.deep.equal(['videoEnabled:quality']);
  });

  it('qualityScoreChanged: the SDK payload, only when the scores change, and never with qualityScoreIntervalMs 0', async () => {
    const { ada, subscriber } = await watched({ qualityScoreIntervalMs: 60 });
    const scores: unknown[] = [];
    subscriber.on('qualityScoreChanged', (event) => scores.push(event.qualityScore));
    await until(() => scores.length === 1);
    expect(scores[0]).to.deep.equal({ audioQualityScore: 4.3, videoQualityScore: 4.1 });
    await wait(200);
    expect(scores, 'unchanged scores are not re-sent').to.have.length(1);
    sim.setNetworkQuality(ada.connectionId, 'poor');
    await until(() => scores.length === 2);
    expect(scores[1], 'paused video scores 1').to.deep.equal({ audioQualityScore: 2.6, videoQualityScore: 1 });
    sim.setParticipantAudio(ada.connectionId, false);
    await until(() => scores.length === 3);
    expect(scores[2]).to.deep.equal({ videoQualityScore: 1 });

    sim.dispose();
    const quiet = await watched({ qualityScoreIntervalMs: 0 });
    let heard = 0;
    quiet.subscriber.on('qualityScoreChanged', () => (heard += 1));
    await wait(200);
    expect(heard).to.equal(0);
  });

  it('getStats outside a connection: OT_PEER_CONNECTION_NOT_CONNECTED (1015) through the callback and a rejection', async () => {
    const { session, subscriber } = await watched();
    session.unsubscribe(subscriber);
    let callbackError: { name: string; code?: number } | null = null;
    const rejection = await subscriber.getStats((error) => (callbackError = error)).then(
      () => null,
      (error: { name: string }) => error,
    );
    expect(callbackError).to.include({ name: 'OT_PEER_CONNECTION_NOT_CONNECTED', code: 1015 });
    expect(rejection).to.equal(callbackError);
  });

  it('setLocalNetworkQuality: publisher stats as one routed-session entry, [] before publishing', async () => {
    sim = createSimulator({ audioLevelIntervalMs: 20 });
    const early = await new Promise<SimPublisher>((resolve, reject) => {
      const pub: SimPublisher = sim.OT.initPublisher(undefined, { insertDefaultUI: false }, (error) => (error ? reject(error) : resolve(pub)));
    });
    expect(await publisherStats(early)).to.deep.equal([]);
    early.destroy();
    const { publisher } = await published();
    const a = await publisherStats(publisher);
    expect(a).to.have.length(1);
    expect(a[0]).to.not.have.property('connectionId');
    expect(a[0].stats.audio).to.have.keys('packetsSent', 'packetsLost', 'bytesSent');
    expect(a[0].stats.video).to.include.keys('packetsSent', 'packetsLost', 'bytesSent', 'frameRate');
    sim.setLocalNetworkQuality('fair');
    await wait(1000);
    const b = await publisherStats(publisher);
    const sent = b[0].stats.audio.packetsSent + b[0].stats.video.packetsSent - a[0].stats.audio.packetsSent - a[0].stats.video.packetsSent;
    const lost = b[0].stats.audio.packetsLost + b[0].stats.video.packetsLost - a[0].stats.audio.packetsLost - a[0].stats.video.packetsLost;
    expect((lost / sent) * 100).to.be.within(2.5, 5.5);
    const kbps = ((b[0].stats.video.bytesSent - a[0].stats.video.bytesSent) * 8) / (b[0].stats.timestamp - a[0].stats.timestamp);
    expect(kbps, 'mostly at the fair rate').to.be.within(250, 450);
    expect(sim.calls.filter((call) => call.target === 'publisher' && call.method === 'getStats')).to.have.length(3);
  });

  it('audioFallback.publisher: poor drops the publisher video (warning, videoDisabled quality), recovery brings videoEnabled; none without it', async () => {
    sim = createSimulator({ audioLevelIntervalMs: 20 });
    const { publisher } = await published({ audioFallback: { publisher: true } });
    const plain = (await published()).publisher;
    const log: string[] = [];
    for (const pub of [publisher, plain]) {
      const who = pub === publisher ? 'fallback' : 'plain';
      for (const type of ['videoDisabled', 'videoEnabled', 'videoDisableWarning', 'videoDisableWarningLifted', 'qualityScoreChanged']) {
        pub.on(type, (event: { reason?: string }) => log.push(`${who} ${type}${event.reason ? ':' + event.reason : ''}`));
      }
    }
    sim.setLocalNetworkQuality('poor');
    expect(log).to.deep.equal(['fallback videoDisableWarning', 'fallback videoDisabled:quality']);
    const stats = (await publisherStats(publisher))[0].stats;
    expect(stats.video.frameRate).to.equal(0);
    sim.setLocalNetworkQuality('good');
    expect(log.slice(2)).to.deep.equal(['fallback videoEnabled:quality']);
  });

  it('unknown participants and qualities throw; reset() brings every link back to good', async () => {
    const { ada, log } = await watched();
    expect(() => sim.setNetworkQuality('nobody', 'poor')).to.throw(/No participant/);
    expect(() => sim.setNetworkQuality(ada.connectionId, 'bad' as 'poor')).to.throw(/Unknown network quality/);
    expect(() => sim.setLocalNetworkQuality('excellent' as 'good')).to.throw(/Unknown network quality/);
    sim.setNetworkQuality(ada.connectionId, 'poor');
    expect(log).to.have.length(2);
    sim.reset();
    expect(sim.liveTimers()).to.equal(0);
    sim.addParticipant({ name: 'Ada again' });
    const { session, streams } = await joinWithStreams(sim);
    await until(() => streams.length === 1);
    const fresh = await subscribe(session, streams[0]);
    expect((await rates(fresh, 400)).loss).to.be.below(2);
  });
});
