import { expect } from '@open-wc/testing';
import { AudioLevelMeter } from '../../src/media/level-meter.js';
import { HandedTracks } from '../../src/room/handed-tracks.js';
import { classify, openTracks } from '../../src/media/user-media.js';

const mediaDevices = navigator.mediaDevices as MediaDevices & Record<string, unknown>;
const realGetUserMedia = MediaDevices.prototype.getUserMedia;

/** Replaces getUserMedia; `answer` sees every request and may defer to the real one. */
function stubGetUserMedia(answer: (constraints: MediaStreamConstraints, real: () => Promise<MediaStream>) => Promise<MediaStream>) {
  const requests: MediaStreamConstraints[] = [];
  mediaDevices.getUserMedia = (constraints: MediaStreamConstraints = {}) => {
    requests.push(constraints);
    return answer(constraints, () => realGetUserMedia.call(navigator.mediaDevices, constraints));
  };
  return requests;
}

const reject = (name: string) => Promise.reject(new DOMException('test', name));
const stopAll = (...tracks: Array<MediaStreamTrack | undefined>) => tracks.forEach((track) => track?.stop());

describe('media/user-media', () => {
  afterEach(() => {
    Reflect.deleteProperty(mediaDevices, 'getUserMedia');
  });

  it('opens the camera and microphone with one request', async () => {
    const requests = stubGetUserMedia((_, real) => real());
    const opened = await openTracks({ audio: true, video: true });
    expect(opened.failure).to.be.undefined;
    expect(opened.audio?.readyState).to.equal('live');
    expect(opened.video?.readyState).to.equal('live');
    expect(requests).to.have.length(1);
    stopAll(opened.audio, opened.video);
  });

  it('asks for exact devices, and takes the default ones when a remembered device is gone', async () => {
    const requests = stubGetUserMedia((_, real) => real());
    const opened = await openTracks({ audio: true, video: true, cameraId: 'gone', microphoneId: 'gone-too' });
    expect(requests[0]).to.deep.equal({ audio: { deviceId: { exact: 'gone-too' } }, video: { deviceId: { exact: 'gone' } } });
    expect(requests[1]).to.deep.equal({ audio: true, video: true });
    expect(opened.failure).to.be.undefined;
    expect(opened.video?.readyState).to.equal('live');
    stopAll(opened.audio, opened.video);
  });

  it('keeps the microphone when there is no camera', async () => {
    stubGetUserMedia((constraints, real) => (constraints.video ? reject('NotFoundError') : real()));
    const opened = await openTracks({ audio: true, video: true });
    expect(opened.audio?.readyState).to.equal('live');
    expect(opened.video).to.be.undefined;
    expect(opened.failure).to.equal('not-found');
    stopAll(opened.audio);
  });

  it('stops at a denial without asking again', async () => {
    const requests = stubGetUserMedia(() => reject('NotAllowedError'));
    expect(await openTracks({ audio: true, video: true, cameraId: 'x' })).to.deep.equal({ failure: 'denied' });
    expect(requests).to.have.length(1);
  });

  it('reports no devices and busy devices', async () => {
    stubGetUserMedia(() => reject('NotFoundError'));
    expect(await openTracks({ audio: true, video: true })).to.deep.equal({ audio: undefined, video: undefined, failure: 'not-found' });
    stubGetUserMedia(() => reject('NotReadableError'));
    expect((await openTracks({ audio: true, video: false })).failure).to.equal('unavailable');
  });

  it('classifies getUserMedia errors by what the user can do', () => {
    expect(classify(new DOMException('', 'NotAllowedError'))).to.equal('denied');
    expect(classify(new DOMException('', 'SecurityError'))).to.equal('denied');
    expect(classify(new DOMException('', 'OverconstrainedError'))).to.equal('not-found');
    expect(classify({ name: 'DevicesNotFoundError' })).to.equal('not-found');
    expect(classify(new DOMException('', 'NotReadableError'))).to.equal('unavailable');
    expect(classify(undefined)).to.equal('unavailable');
  });
});

describe('media/level-meter', () => {
  it('measures a loud track near full scale, silence as 0, and closes its AudioContext', async () => {
    const tone = new AudioContext();
    const oscillator = tone.createOscillator();
    const destination = tone.createMediaStreamDestination();
    oscillator.connect(destination);
    oscillator.start();
    const track = destination.stream.getAudioTracks()[0];
    const meter = new AudioLevelMeter();
    expect(meter.level()).to.equal(0);
    meter.setTrack(track);
    const start = performance.now();
    let level = 0;
    while (level < 0.8 && performance.now() - start < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      level = meter.level();
    }
    expect(level).to.be.greaterThan(0.8);
    meter.setTrack(undefined);
    expect(meter.level()).to.equal(0);
    meter.close();
    meter.close(); // idempotent
    track.stop();
    await tone.close();
  });
});

describe('room/handed-tracks', () => {
  it('stops held tracks unless the publisher took them', async () => {
    const stream = await realGetUserMedia.call(navigator.mediaDevices, { audio: true, video: true });
    const [audio, video] = [stream.getAudioTracks()[0], stream.getVideoTracks()[0]];
    const pending = new HandedTracks();
    pending.hold({ audioSource: audio, videoSource: 'camera-id' });
    expect(pending.holding).to.be.true;
    pending.forget();
    pending.stop();
    expect(audio.readyState, 'taken by the publisher: left alone').to.equal('live');
    pending.hold({ audioSource: audio, videoSource: video });
    pending.stop();
    expect([audio.readyState, video.readyState]).to.deep.equal(['ended', 'ended']);
    expect(pending.holding).to.be.false;
  });
});
