import { expect } from '@open-wc/testing';
import type { OTNamespace, OTSession } from '../../src/sdk/types.js';
import {
  createSimulator,
  installSimulator,
  type SimPublisher,
  type SimSession,
  type SimStream,
  type SimSubscriber,
  type Simulator,
} from '../../src/testing/index.js';

const TOKEN = 'T1==' + btoa('partner_id=1&sig=abc:session_id=room&connection_data=' + encodeURIComponent('{"name":"Ada"}'));

let sim: Simulator;

beforeEach(() => {
  sim = createSimulator({ audioLevelIntervalMs: 20 });
});

afterEach(() => {
  sim.dispose();
});

function connect(session: SimSession, token = TOKEN): Promise<void> {
  return new Promise((resolve, reject) => session.connect(token, (error) => (error ? reject(error) : resolve())));
}

function connectError(session: SimSession, token = TOKEN): Promise<{ name: string; code?: number }> {
  return new Promise((resolve, reject) =>
    session.connect(token, (error) => (error ? resolve(error) : reject(new Error('connected unexpectedly')))),
  );
}

function publisher(props: Parameters<Simulator['OT']['initPublisher']>[1] = {}): Promise<SimPublisher> {
  return new Promise((resolve, reject) => {
    const pub: SimPublisher = sim.OT.initPublisher(undefined, { insertDefaultUI: false, ...(props) }, (error) =>
      error ? reject(error) : resolve(pub),
    );
  });
}

function publish(session: SimSession, pub: SimPublisher): Promise<void> {
  return new Promise((resolve, reject) => session.publish(pub, (error) => (error ? reject(error) : resolve())));
}

function subscribe(session: SimSession, stream: SimStream): Promise<{ subscriber: SimSubscriber; video: HTMLVideoElement }> {
  return new Promise((resolve, reject) => {
    let video: HTMLVideoElement | undefined;
    const subscriber = session.subscribe(stream, undefined, { insertDefaultUI: false }, (error) =>
      error ? reject(error) : resolve({ subscriber, video: video! }),
    );
    subscriber.on('videoElementCreated', (event) => {
      video = event.element as HTMLVideoElement;
    });
  });
}

function nextEvent<T = { type: string }>(target: { once(type: string, handler: (event: T) => void): unknown }, type: string): Promise<T> {
  return new Promise((resolve) => target.once(type, resolve));
}

async function playing(video: HTMLVideoElement, timeoutMs = 5000): Promise<void> {
  document.body.append(video);
  const start = performance.now();
  while (video.videoWidth === 0 || video.readyState < 2) {
    if (performance.now() - start > timeoutMs) throw new Error('video never played');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function streamCreated(session: SimSession): Promise<SimStream> {
  return nextEvent<{ stream: SimStream }>(session, 'streamCreated').then((event) => event.stream);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OT simulator', () => {
  describe('namespace', () => {
    it('satisfies OTNamespace and reports a simulator version', () => {
      const ot: OTNamespace = sim.OT;
      const session: OTSession = ot.initSession('app', 'room');
      expect(session.sessionId).to.equal('room');
      expect(ot.checkSystemRequirements()).to.equal(1);
      expect(ot.version).to.match(/^2\.35\.\d+-sim$/);
      expect(sim.OT.hasMediaProcessorSupport()).to.be.false;
    });

    it('lists devices in the SDK format', async () => {
      const devices = await sim.OT.getDevices();
      expect(devices.length).to.be.greaterThan(0);
      for (const device of devices) expect(device.kind).to.be.oneOf(['audioInput', 'videoInput']);
    });

    it('installs and uninstalls window.OT', () => {
      const installed = installSimulator();
      expect((window as unknown as { OT: unknown }).OT).to.equal(installed.OT);
      installed.dispose();
      expect('OT' in window).to.be.false;
    });
  });

  describe('connecting', () => {
    it('fires sessionConnected, the callback, connectionCreated (own included) and existing streams in order', async () => {
      const grace = sim.addParticipant({ name: 'Grace', data: 'role=guest' });
      const session = sim.OT.initSession('app', 'room');
      const log: string[] = [];
      session.on('sessionConnected', () => log.push('sessionConnected'));
      session.on('connectionCreated', (event) => log.push(`connectionCreated:${event.connection.connectionId}`));
      session.on('streamCreated', (event) => log.push(`streamCreated:${event.stream.streamId}:${event.stream.name}`));
      await new Promise<void>((resolve) =>
        session.connect(TOKEN, (error) => {
          log.push(`callback:${String(error)}`);
          resolve();
        }),
      );
      const own = session.connection!.connectionId;
      expect(log).to.deep.equal([
        'sessionConnected',
        'callback:undefined',
        `connectionCreated:${grace.connectionId}`,
        `connectionCreated:${own}`,
        `streamCreated:${grace.streamId}:Grace`,
      ]);
      expect(session.connection!.data).to.equal('{"name":"Ada"}');
      expect(session.currentState).to.equal('connected');
    });

    it('reports participants joining and leaving', async () => {
      const session = sim.OT.initSession('app', 'room');
      await connect(session);
      const log: string[] = [];
      session.on({
        connectionCreated: (e: { connection: { connectionId: string } }) => log.push(`+conn ${e.connection.connectionId}`),
        streamCreated: (e: { stream: SimStream }) => log.push(`+stream ${e.stream.streamId} ${e.stream.videoType}`),
        streamDestroyed: (e: { stream: SimStream; reason: string }) => log.push(`-stream ${e.stream.streamId} ${e.reason}`),
        connectionDestroyed: (e: { connection: { connectionId: string }; reason: string }) =>
          log.push(`-conn ${e.connection.connectionId} ${e.reason}`),
      });
      const alan = sim.addParticipant({ name: 'Alan' });
      const screenId = sim.startScreenShare(alan.connectionId);
      sim.removeParticipant(alan.connectionId);
      expect(log).to.deep.equal([
        `+conn ${alan.connectionId}`,
        `+stream ${alan.streamId} camera`,
        `+stream ${screenId} screen`,
        `-stream ${alan.streamId} clientDisconnected`,
        `-stream ${screenId} clientDisconnected`,
        `-conn ${alan.connectionId} clientDisconnected`,
      ]);
      expect(sim.participants()).to.have.length(0);
    });

    it('keeps participants of one session ID out of others, and shows sessionless ones everywhere', async () => {
      const red = sim.OT.initSession('app', 'red');
      const blue = sim.OT.initSession('app', 'blue');
      const seen = { red: [] as string[], blue: [] as string[] };
      red.on('streamCreated', (e) => seen.red.push(e.stream.name));
      blue.on('streamCreated', (e) => seen.blue.push(e.stream.name));
      sim.addParticipant({ name: 'Only red', sessionId: 'red' });
      await Promise.all([connect(red), connect(blue)]);
      sim.addParticipant({ name: 'Everywhere' });
      expect(seen.red).to.deep.equal(['Only red', 'Everywhere']);
      expect(seen.blue).to.deep.equal(['Everywhere']);
    });

    for (const [code, name] of [
      [1004, 'OT_AUTHENTICATION_ERROR'],
      [1005, 'OT_INVALID_SESSION_ID'],
      [1006, 'OT_CONNECT_FAILED'],
    ] as const) {
      it(`rejects the next connect with ${name} (${code}) and an OT exception event`, async () => {
        const exceptions: number[] = [];
        sim.OT.on('exception', (event) => exceptions.push(event.code!));
        sim.rejectNextConnect(code);
        const session = sim.OT.initSession('app', 'room');
        const error = await connectError(session);
        expect(error.name).to.equal(name);
        expect(error.code).to.equal(code);
        expect(exceptions).to.deep.equal([code]);
        expect(session.currentState).to.equal('disconnected');
        await connect(session);
      });
    }

    it('fails an empty token with OT_AUTHENTICATION_ERROR and honours the connect delay', async () => {
      const session = sim.OT.initSession('app', 'room');
      expect((await connectError(session, '  ')).name).to.equal('OT_AUTHENTICATION_ERROR');
      sim.setConnectDelay(120);
      const start = performance.now();
      await connect(session);
      expect(performance.now() - start).to.be.greaterThan(100);
    });
  });

  describe('media', () => {
    it('initPublisher: accessAllowed, then a muted playing video from the fake camera, then the callback', async () => {
      const log: string[] = [];
      let video: HTMLVideoElement | undefined;
      await new Promise<void>((resolve, reject) => {
        const pub = sim.OT.initPublisher(undefined, { insertDefaultUI: false, name: 'Ada' }, (error) => {
          log.push('callback');
          if (error) reject(error);
          else resolve();
        });
        pub.on('accessAllowed', () => log.push('accessAllowed'));
        pub.on('videoElementCreated', (event) => {
          log.push('videoElementCreated');
          video = event.element as HTMLVideoElement;
        });
      });
      expect(log).to.deep.equal(['accessAllowed', 'videoElementCreated', 'callback']);
      expect(video!.muted).to.be.true;
      expect(video!.autoplay).to.be.true;
      expect(video!.playsInline).to.be.true;
      expect(video!.isConnected, 'insertDefaultUI:false inserts nothing').to.be.false;
      await playing(video!);
      expect(video!.videoWidth).to.be.greaterThan(0);
    });

    it('denyMedia("denied"): OT_USER_MEDIA_ACCESS_DENIED (1500) then accessDenied', async () => {
      sim.denyMedia('denied');
      const log: string[] = [];
      const error = await new Promise<{ name: string; code?: number }>((resolve) => {
        const pub = sim.OT.initPublisher(undefined, { insertDefaultUI: false }, (e) => {
          log.push('callback');
          resolve(e!);
        });
        pub.on('accessDenied', () => log.push('accessDenied'));
      });
      await wait(0);
      expect(error.name).to.equal('OT_USER_MEDIA_ACCESS_DENIED');
      expect(error.code).to.equal(1500);
      expect(log).to.deep.equal(['callback', 'accessDenied']);
      expect(sim.liveTracks()).to.equal(0);
    });

    it('denyMedia("unavailable"): OT_HARDWARE_UNAVAILABLE (code 1500, as the SDK sets it)', async () => {
      sim.denyMedia('unavailable');
      const error = await publisher().then(
        () => null,
        (e: { name: string; code: number }) => e,
      );
      expect(error?.name).to.equal('OT_HARDWARE_UNAVAILABLE');
      expect(error?.code).to.equal(1500);
      sim.denyMedia(null);
      const pub = await publisher();
      pub.destroy();
    });

    it('subscribing to a simulated participant plays its canvas video and reports audio levels', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const stream = await created;
      const { subscriber, video } = await subscribe(session, stream);
      expect(video.muted, 'a subscriber video carries audio').to.be.false;
      expect(video.autoplay).to.be.true;
      await playing(video);
      expect(video.videoWidth).to.equal(640);

      const quiet: number[] = [];
      const onLevel = (event: { audioLevel: number }) => quiet.push(event.audioLevel);
      subscriber.on('audioLevelUpdated', onLevel);
      await wait(120);
      subscriber.off('audioLevelUpdated', onLevel);
      expect(quiet.length).to.be.greaterThan(2);
      for (const level of quiet) expect(level).to.be.below(0.05);

      sim.speak(grace.connectionId, 0.8);
      const loud = await nextEvent<{ audioLevel: number }>(subscriber, 'audioLevelUpdated');
      expect(loud.audioLevel).to.be.within(0.6, 1);
      sim.stopSpeaking(grace.connectionId);
      expect((await nextEvent<{ audioLevel: number }>(subscriber, 'audioLevelUpdated')).audioLevel).to.be.below(0.05);

      const destroyed = nextEvent<{ reason: string }>(subscriber, 'destroyed');
      session.unsubscribe(subscriber);
      expect((await destroyed).reason).to.equal('Unsubscribe');
      expect(video.srcObject).to.equal(null);
    });

    it('publishVideo(false) releases the camera for a black track; publishVideo(true) gets a new camera track', async () => {
      const pub = await publisher();
      const camera = pub.getVideoSource().track!;
      expect(camera.readyState).to.equal('live');
      const live = sim.liveTracks();
      await new Promise<void>((resolve, reject) => pub.publishVideo(false, (e) => (e ? reject(e) : resolve())));
      expect(camera.readyState, 'camera released').to.equal('ended');
      expect(pub.getVideoSource().track).to.equal(null);
      expect(sim.liveTracks(), 'black placeholder instead of the camera').to.equal(live);
      await new Promise<void>((resolve, reject) => pub.publishVideo(true, (e) => (e ? reject(e) : resolve())));
      const again = pub.getVideoSource().track!;
      expect(again).not.to.equal(camera);
      expect(again.readyState).to.equal('live');
      pub.destroy();
      expect(sim.liveTracks()).to.equal(0);
      expect(sim.liveTimers()).to.equal(0);
    });

    it("a participant's picture is a person on their colour, without their name (the tile shows the name)", async () => {
      sim.addParticipant({ name: 'Bartholomew Montgomery-Smith the Third' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const { video } = await subscribe(session, await created);
      await playing(video);
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [video.videoWidth, video.videoHeight];
      const context = canvas.getContext('2d')!;
      context.drawImage(video, 0, 0);
      const pixel = (x: number, y: number) => [...context.getImageData(Math.round(x * canvas.width), Math.round(y * canvas.height), 1, 1).data.slice(0, 3)];
      const lightness = (rgb: number[]) => rgb.reduce((sum, value) => sum + value, 0) / 3;
      const backdrop = pixel(0.02, 0.02);
      // The head is light against the backdrop; the middle row beside it, where a name would be, is backdrop only.
      expect(lightness(pixel(0.5, 0.42)) - lightness(backdrop)).to.be.greaterThan(40);
      for (let x = 0.04; x <= 0.3; x += 0.02) {
        for (const [at, rgb] of [[x, pixel(x, 0.5)], [1 - x, pixel(1 - x, 0.5)]] as const) {
          const difference = Math.max(...rgb.map((value, channel) => Math.abs(value - backdrop[channel])));
          expect(difference, `pixel at x=${at.toFixed(2)} of the middle row`).to.be.below(24);
        }
      }
    });

    it('a participant screen share plays at 1280×720 and ends with stopScreenShare', async () => {
      const grace = sim.addParticipant({ name: 'Grace', publish: false });
      const session = sim.OT.initSession('app', 'room');
      await connect(session);
      const created = streamCreated(session);
      sim.startScreenShare(grace.connectionId);
      const stream = await created;
      expect(stream.videoType).to.equal('screen');
      expect(stream.hasAudio).to.be.false;
      const { subscriber, video } = await subscribe(session, stream);
      await playing(video);
      expect(video.videoWidth).to.equal(1280);
      const destroyed = nextEvent<{ reason: string }>(subscriber, 'destroyed');
      sim.stopScreenShare(grace.connectionId);
      expect((await destroyed).reason).to.equal('clientDisconnected');
      expect(sim.liveTracks()).to.equal(0);
    });

    it('subscribing to a stream that is gone fails with OT_STREAM_DESTROYED', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const stream = await created;
      const pending = subscribe(session, stream).then(
        () => null,
        (e: { name: string }) => e,
      );
      sim.removeParticipant(grace.connectionId);
      expect((await pending)?.name).to.equal('OT_STREAM_DESTROYED');
      expect(session.getSubscribersForStream(stream)).to.have.length(0);
    });

    it('mutes: streamPropertyChanged with old/new values and videoDisabled/videoEnabled on subscribers', async () => {
      const grace = sim.addParticipant({ name: 'Grace' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const { subscriber } = await subscribe(session, await created);
      const log: string[] = [];
      session.on('streamPropertyChanged', (e) => log.push(`${e.changedProperty}:${String(e.oldValue)}->${String(e.newValue)}:${e.stream.hasVideo}`));
      subscriber.on('videoDisabled', (e) => log.push(`videoDisabled:${e.reason}`));
      subscriber.on('videoEnabled', (e) => log.push(`videoEnabled:${e.reason}`));
      sim.setParticipantAudio(grace.connectionId, false);
      sim.setParticipantVideo(grace.connectionId, false);
      sim.setParticipantVideo(grace.connectionId, true);
      subscriber.subscribeToVideo(false);
      expect(log).to.deep.equal([
        'hasAudio:true->false:true',
        'hasVideo:true->false:false',
        'videoDisabled:publishVideo',
        'hasVideo:false->true:true',
        'videoEnabled:publishVideo',
        'videoDisabled:subscribeToVideo',
      ]);
      expect(grace.audio).to.be.false;
      expect(sim.calls.filter((c) => c.target === 'subscriber').map((c) => [c.method, c.args])).to.deep.equal([['subscribeToVideo', [false]]]);
    });
  });

  describe('two local sessions in one room', () => {
    it('see each other, and a subscriber plays clones of the other publisher', async () => {
      const a = sim.OT.initSession('app', 'room');
      const b = sim.OT.initSession('app', 'room');
      await connect(a);
      const joined = nextEvent<{ connection: { connectionId: string } }>(a, 'connectionCreated');
      await connect(b);
      expect((await joined).connection.connectionId).to.equal(b.connection!.connectionId);

      const ownStreams: string[] = [];
      a.on('streamCreated', (e) => ownStreams.push(e.stream.streamId));
      const pub = await publisher({ name: 'Ada' });
      const pubCreated = nextEvent<{ stream: SimStream }>(pub, 'streamCreated');
      const seenByB = streamCreated(b);
      await publish(a, pub);
      const own = (await pubCreated).stream;
      const remote = await seenByB;
      expect(remote.streamId).to.equal(own.streamId);
      expect(remote).not.to.equal(own);
      expect(remote.connection.connectionId).to.equal(a.connection!.connectionId);
      expect(own.connection.connectionId).to.equal(a.connection!.connectionId);
      expect(ownStreams, 'a session gets no streamCreated for its own publisher').to.deep.equal([]);

      const { subscriber, video } = await subscribe(b, remote);
      await playing(video);
      expect(video.videoWidth).to.be.greaterThan(0);

      // publishVideo(false): both sessions see hasVideo change; the subscriber learns why.
      const changes: string[] = [];
      a.on('streamPropertyChanged', (e) => changes.push(`a:${e.changedProperty}=${String(e.newValue)}`));
      b.on('streamPropertyChanged', (e) => changes.push(`b:${e.changedProperty}=${String(e.newValue)}`));
      subscriber.on('videoDisabled', (e) => changes.push(`sub:${e.reason}`));
      pub.publishVideo(false);
      expect(changes).to.deep.equal(['a:hasVideo=false', 'b:hasVideo=false', 'sub:publishVideo']);

      // Leaving: b sees a's stream and connection go; its subscriber is destroyed.
      const log: string[] = [];
      b.on('streamDestroyed', (e) => log.push(`streamDestroyed:${e.reason}`));
      b.on('connectionDestroyed', (e) => log.push(`connectionDestroyed:${e.reason}`));
      subscriber.on('destroyed', (e) => log.push(`subscriber destroyed:${e.reason}`));
      pub.on('streamDestroyed', (e) => log.push(`publisher streamDestroyed:${e.reason}`));
      pub.on('destroyed', () => log.push('publisher destroyed'));
      a.on('sessionDisconnected', (e) => log.push(`a sessionDisconnected:${e.reason}`));
      await a.disconnect();
      expect(log).to.deep.equal([
        'streamDestroyed:clientDisconnected',
        'subscriber destroyed:clientDisconnected',
        'connectionDestroyed:clientDisconnected',
        'a sessionDisconnected:clientDisconnected',
        'publisher streamDestroyed:clientDisconnected',
        'publisher destroyed',
      ]);
      await b.disconnect();
      expect(sim.liveTracks()).to.equal(0);
    });

    it('unpublish: the publisher gets streamDestroyed ("unpublished") and is destroyed by default', async () => {
      const a = sim.OT.initSession('app', 'room');
      const b = sim.OT.initSession('app', 'room');
      await Promise.all([connect(a), connect(b)]);
      const pub = await publisher();
      const seen = streamCreated(b);
      await publish(a, pub);
      await seen;
      const log: string[] = [];
      b.on('streamDestroyed', (e) => log.push(`b:${e.reason}`));
      pub.on('streamDestroyed', (e) => log.push(`pub:${e.reason}`));
      pub.on('destroyed', () => log.push('destroyed'));
      a.unpublish(pub);
      expect(log).to.deep.equal(['b:clientDisconnected', 'pub:unpublished', 'destroyed']);
      expect(sim.liveTracks()).to.equal(0);
    });

    it('publishing before connecting fails with OT_NOT_CONNECTED (1010)', async () => {
      const session = sim.OT.initSession('app', 'room');
      const pub = await publisher();
      let error: { name: string; code?: number } | undefined;
      const result = session.publish(pub, (e) => {
        error = e ?? undefined;
      });
      expect(result).to.equal(null);
      expect(error?.name).to.equal('OT_NOT_CONNECTED');
      expect(error?.code).to.equal(1010);
      pub.destroy();
    });
  });

  describe('signals', () => {
    it('reach every session in the room, the sender included, as signal and signal:<type>', async () => {
      const a = sim.OT.initSession('app', 'room');
      const b = sim.OT.initSession('app', 'room');
      const other = sim.OT.initSession('app', 'elsewhere');
      await Promise.all([connect(a), connect(b), connect(other)]);
      const log: string[] = [];
      for (const [label, session] of [['a', a], ['b', b], ['other', other]] as const) {
        session.on('signal', (e) => log.push(`${label} signal ${e.type} ${e.data} ${e.from?.connectionId === a.connection!.connectionId}`));
        session.on('signal:chat', (e: { data?: string }) => log.push(`${label} signal:chat ${e.data}`));
      }
      await a.signal({ type: 'chat', data: 'hello' });
      expect(log.sort()).to.deep.equal(
        ['a signal signal:chat hello true', 'a signal:chat hello', 'b signal signal:chat hello true', 'b signal:chat hello'].sort(),
      );
      log.length = 0;
      await a.signal({ type: 'chat', data: 'psst', to: b.connection });
      expect(log.sort()).to.deep.equal(['b signal signal:chat psst true', 'b signal:chat psst']);
    });

    it('fails when not connected or invalid', async () => {
      const session = sim.OT.initSession('app', 'room');
      const notConnected = await session.signal({ type: 'x' }).catch((e: { name: string; code: number }) => e);
      expect(notConnected).to.include({ name: 'OT_NOT_CONNECTED', code: 500 });
      await connect(session);
      const invalid = await session.signal({ type: 'not valid!' }).catch((e: { name: string }) => e);
      expect(invalid).to.include({ name: 'OT_INVALID_PARAMETER' });
    });
  });

  describe('network', () => {
    it('drop and restore: reconnecting events, subscriber interruptions, held signals, failing connects', async () => {
      sim.addParticipant({ name: 'Grace' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const { subscriber } = await subscribe(session, await created);
      const log: string[] = [];
      session.on('sessionReconnecting', () => log.push('reconnecting'));
      session.on('sessionReconnected', () => log.push('reconnected'));
      session.on('signal', () => log.push('signal'));
      subscriber.on('disconnected', () => log.push('sub disconnected'));
      subscriber.on('connected', () => log.push('sub connected'));
      sim.dropNetwork();
      const sent = session.signal({ type: 'later' });
      const late = sim.OT.initSession('app', 'room');
      expect((await connectError(late)).name).to.equal('OT_CONNECT_FAILED');
      expect(log).to.deep.equal(['reconnecting', 'sub disconnected']);
      sim.restoreNetwork();
      await sent;
      expect(log).to.deep.equal(['reconnecting', 'sub disconnected', 'reconnected', 'sub connected', 'signal']);
    });

    it('disconnectNetwork: networkDisconnected, publishers and subscribers destroyed, media released', async () => {
      sim.addParticipant({ name: 'Grace' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const { subscriber } = await subscribe(session, await created);
      const pub = await publisher();
      await publish(session, pub);
      const log: string[] = [];
      session.on('sessionReconnecting', () => log.push('reconnecting'));
      session.on('sessionDisconnected', (e) => log.push(`disconnected:${e.reason}`));
      pub.on('streamDestroyed', (e) => log.push(`pub streamDestroyed:${e.reason}`));
      pub.on('destroyed', () => log.push('pub destroyed'));
      subscriber.on('destroyed', (e) => log.push(`sub destroyed:${e.reason}`));
      sim.disconnectNetwork();
      expect(log).to.deep.equal([
        'reconnecting',
        'disconnected:networkDisconnected',
        'pub streamDestroyed:networkDisconnected',
        'pub destroyed',
        'sub destroyed:networkDisconnected',
      ]);
      expect(session.connection).to.equal(undefined);
      expect(sim.liveTracks()).to.equal(0);
      expect(sim.participants()).to.have.length(1);
    });

    it('sessionDisconnected preventDefault keeps subscribers (their media stops); disconnect while connecting fails the connect', async () => {
      sim.addParticipant({ name: 'Grace' });
      const session = sim.OT.initSession('app', 'room');
      const created = streamCreated(session);
      await connect(session);
      const { subscriber, video } = await subscribe(session, await created);
      session.once('sessionDisconnected', (event) => event.preventDefault());
      let destroyed = false;
      subscriber.on('destroyed', () => {
        destroyed = true;
      });
      await session.disconnect();
      expect(destroyed).to.be.false;
      expect(video.srcObject).to.equal(null);
      expect(sim.liveTracks()).to.equal(0);
      expect(session.unsubscribe(subscriber)).to.be.true;
      expect(destroyed).to.be.true;

      const pending = connectError(session);
      await session.disconnect();
      expect((await pending).name).to.equal('OT_CONNECT_FAILED');
    });

    it('forceDisconnect: sessionDisconnected with reason forceDisconnected', async () => {
      const session = sim.OT.initSession('app', 'room');
      await connect(session);
      const event = nextEvent<{ reason: string }>(session, 'sessionDisconnected');
      sim.forceDisconnect(session.connection!.connectionId);
      expect((await event).reason).to.equal('forceDisconnected');
      expect(sim.sessions()).to.have.length(0);
    });
  });

  describe('bookkeeping', () => {
    it('records SDK calls and never records a token in clear', async () => {
      const session = sim.OT.initSession('app', 'room', {});
      await connect(session, 'secret-token-123');
      const pub = await publisher();
      await publish(session, pub);
      pub.publishAudio(false);
      await session.disconnect();
      expect(sim.calls.map((call) => `${call.target}.${call.method}`)).to.deep.equal([
        'OT.initSession',
        'session.connect',
        'OT.initPublisher',
        'session.publish',
        'publisher.publishAudio',
        'session.disconnect',
      ]);
      expect(sim.calls[1].args).to.deep.equal(['[token]']);
      expect(JSON.stringify(sim.calls)).not.to.contain('secret-token-123');
      expect(JSON.stringify(sim.calls[0].args)).to.equal('["app","room",{}]');
    });

    it('liveListeners, liveTracks and liveTimers return to 0 after a full teardown (participants may stay)', async () => {
      sim.addParticipant({ name: 'Grace' });
      const a = sim.OT.initSession('app', 'room');
      const b = sim.OT.initSession('app', 'room');
      const handlers = {
        streamCreated: () => undefined,
        sessionDisconnected: () => undefined,
      };
      a.on(handlers);
      b.on('streamCreated', handlers.streamCreated);
      const created = streamCreated(a);
      await Promise.all([connect(a), connect(b)]);
      const pub = await publisher();
      const bSees = streamCreated(b);
      await publish(a, pub);
      const remote = await bSees;
      const first = await subscribe(a, await created);
      const second = await subscribe(b, remote);
      second.subscriber.on('audioLevelUpdated', () => undefined);
      expect(sim.liveTracks()).to.be.greaterThan(3);
      // a: 2, b: 1, each subscriber's videoElementCreated handler: 2, audioLevelUpdated: 1.
      expect(sim.liveListeners()).to.equal(6);

      a.unsubscribe(first.subscriber);
      await Promise.all([a.disconnect(), b.disconnect()]);
      expect(sim.liveTracks()).to.equal(0);
      expect(sim.liveListeners(), 'session handlers stay until off()').to.equal(3);
      a.off(handlers);
      b.off('streamCreated', handlers.streamCreated);
      expect(sim.liveListeners()).to.equal(0);

      // Only the participant's drawing loop is left, and it ends with the participant.
      sim.removeParticipant(sim.participants()[0].connectionId);
      expect(sim.liveTimers()).to.equal(0);
    });

    it('emitters: context, once, off forms, map form, and throwing handlers do not stop others', () => {
      const session = sim.OT.initSession('app', 'room');
      const context = { hits: 0 };
      function count(this: typeof context) {
        this.hits += 1;
      }
      session.on('sessionReconnecting', count, context);
      session.once('sessionReconnecting', count, context);
      const originalError = console.error;
      const errors: unknown[] = [];
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        session.on('sessionReconnecting', () => {
          throw new Error('boom');
        });
        session.on('sessionReconnecting', count, context);
        session._emit({ type: 'sessionReconnecting' });
        session._emit({ type: 'sessionReconnecting' });
      } finally {
        console.error = originalError;
      }
      expect(context.hits).to.equal(5);
      expect(errors).to.have.length(2);
      expect(sim.liveListeners()).to.equal(3);
      session.off('sessionReconnecting', count);
      expect(sim.liveListeners(), 'off without the context does not match').to.equal(3);
      session.off('sessionReconnecting', count, context);
      expect(sim.liveListeners()).to.equal(2);
      session.off();
      expect(sim.liveListeners()).to.equal(0);
    });
  });
});
