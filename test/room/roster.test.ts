import { expect } from '@open-wc/testing';
import { cameraTileKey, LOCAL_TILE_KEY, parseConnectionData, reduceRoster, roleFromCapabilities, type RosterAction } from '../../src/room/roster.js';
import { initialState, type RoomState } from '../../src/room/state.js';

const start = (): RoomState => initialState({ audio: true, video: true, publishing: false });
const run = (actions: RosterAction[], state = start()) => actions.reduce(reduceRoster, state);
const names = (state: RoomState) => state.participants.map((participant) => participant.name);
const tileSummary = (state: RoomState) =>
  state.tiles.map((tile) => `${tile.key}|${tile.name}|${tile.streamId ?? '-'}|${tile.audioMuted ? 'a-off' : 'a-on'}|${tile.videoMuted ? 'v-off' : 'v-on'}`);

const local: RosterAction[] = [
  { type: 'local-tile', name: 'Ada', audio: true, video: false },
  { type: 'local-connected', id: 'me', name: 'Ada', role: 'publisher' },
];
const grace = (extra: Partial<Extract<RosterAction, { type: 'stream-created' }>> = {}): RosterAction => ({
  type: 'stream-created',
  participantId: 'g',
  streamId: 'gs',
  kind: 'camera',
  name: 'Grace',
  hasAudio: true,
  hasVideo: true,
  ...extra,
});

describe('room/roster reducer', () => {
  const table: Array<{ name: string; actions: RosterAction[]; participants: string[]; tiles: string[] }> = [
    { name: 'the local avatar before connecting', actions: [local[0]], participants: [], tiles: ['local:camera|Ada|-|a-on|v-off'] },
    { name: 'connected: the user first', actions: local, participants: ['Ada'], tiles: ['local:camera|Ada|-|a-on|v-off'] },
    {
      name: 'a connection without a stream is an avatar named from its data',
      actions: [...local, { type: 'connection-created', id: 'g', name: 'Grace' }],
      participants: ['Ada', 'Grace'],
      tiles: ['local:camera|Ada|-|a-on|v-off', 'g:camera|Grace|-|a-off|v-off'],
    },
    {
      name: 'a stream before its connection adds the person once',
      actions: [...local, grace(), { type: 'connection-created', id: 'g', name: 'Other' }],
      participants: ['Ada', 'Grace'],
      tiles: ['local:camera|Ada|-|a-on|v-off', 'g:camera|Grace|gs|a-on|v-on'],
    },
    {
      name: 'the stream name wins over connection data',
      actions: [...local, { type: 'connection-created', id: 'g', name: undefined }, grace({ name: 'Grace Hopper' })],
      participants: ['Ada', 'Grace Hopper'],
      tiles: ['local:camera|Ada|-|a-on|v-off', 'g:camera|Grace Hopper|gs|a-on|v-on'],
    },
    {
      name: 'a camera stream ending leaves an avatar',
      actions: [...local, grace(), { type: 'stream-destroyed', participantId: 'g', streamId: 'gs', kind: 'camera' }],
      participants: ['Ada', 'Grace'],
      tiles: ['local:camera|Ada|-|a-on|v-off', 'g:camera|Grace|-|a-off|v-off'],
    },
    {
      name: 'a screen share is its own tile, removed when it ends',
      actions: [...local, grace(), grace({ streamId: 'gscreen', kind: 'screen' })],
      participants: ['Ada', 'Grace'],
      tiles: ['local:camera|Ada|-|a-on|v-off', 'g:camera|Grace|gs|a-on|v-on', 'gscreen|Grace|gscreen|a-on|v-on'],
    },
    {
      name: 'leaving removes the person and every tile of theirs',
      actions: [...local, grace(), grace({ streamId: 'gscreen', kind: 'screen' }), { type: 'connection-destroyed', id: 'g' }],
      participants: ['Ada'],
      tiles: ['local:camera|Ada|-|a-on|v-off'],
    },
    {
      name: 'a mute changes the stream tile',
      actions: [...local, grace(), { type: 'stream-media', participantId: 'g', streamId: 'gs', kind: 'camera', audio: false }],
      participants: ['Ada', 'Grace'],
      tiles: ['local:camera|Ada|-|a-on|v-off', 'g:camera|Grace|gs|a-off|v-on'],
    },
    {
      name: 'the user turning the camera on',
      actions: [...local, { type: 'local-media', audio: false, video: true }],
      participants: ['Ada'],
      tiles: ['local:camera|Ada|-|a-off|v-on'],
    },
    {
      name: 'the user is never added as a remote participant',
      actions: [...local, { type: 'connection-created', id: 'me', name: 'Ada again' }],
      participants: ['Ada'],
      tiles: ['local:camera|Ada|-|a-on|v-off'],
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const state = run(row.actions);
      expect(names(state)).to.deep.equal(row.participants);
      expect(tileSummary(state)).to.deep.equal(row.tiles);
    });
  }

  it('returns the same state when nothing changes, so snapshots keep their identity', () => {
    const state = run([...local, grace()]);
    expect(reduceRoster(state, { type: 'connection-created', id: 'g', name: 'Grace' })).to.equal(state);
    expect(reduceRoster(state, { type: 'connection-destroyed', id: 'nobody' })).to.equal(state);
    expect(reduceRoster(state, { type: 'speaking', key: 'missing', speaking: true, now: 1 })).to.equal(state);
    expect(reduceRoster(state, { type: 'hand', participantId: 'g', raised: false, at: 1 })).to.equal(state);
  });

  it('a muted microphone is never speaking; the ring follows the voice again when unmuted', () => {
    let state = run([...local, grace({ hasAudio: false })]);
    state = reduceRoster(state, { type: 'speaking', key: cameraTileKey('g'), speaking: true, now: 5 });
    expect(state.tiles[1].speaking).to.equal(false);
    state = reduceRoster(state, { type: 'stream-media', participantId: 'g', streamId: 'gs', kind: 'camera', audio: true, speaking: true });
    expect(state.tiles[1].speaking).to.equal(true);
    state = reduceRoster(state, { type: 'speaking', key: cameraTileKey('g'), speaking: false, now: 9 });
    expect(state.tiles[1].lastSpokeAt).to.equal(9);
  });

  it('raised hands are kept with their time and cleared when lowered', () => {
    let state = run([...local, grace(), { type: 'hand', participantId: 'g', raised: true, at: 1000 }]);
    expect(state.participants[1]).to.include({ handRaised: true, handRaisedAt: 1000 });
    state = reduceRoster(state, { type: 'hand', participantId: 'g', raised: false, at: 2000 });
    expect(state.participants[1].handRaised).to.equal(false);
    expect(state.participants[1].handRaisedAt).to.equal(undefined);
  });

  it('the local tile keeps its key and learns the connection ID', () => {
    const state = run(local);
    expect(state.tiles[0]).to.include({ key: LOCAL_TILE_KEY, participantId: 'me', isLocal: true });
    expect(state.participants[0]).to.deep.equal({ id: 'me', name: 'Ada', isLocal: true, handRaised: false, role: 'publisher' });
  });

  it('reads names and roles from connection data, and roles from capabilities', () => {
    expect(parseConnectionData('{"name":" Grace ","role":"moderator"}')).to.deep.equal({ name: 'Grace', role: 'moderator' });
    expect(parseConnectionData('{"role":"admin"}')).to.deep.equal({ name: undefined, role: undefined });
    expect(parseConnectionData('Alan')).to.deep.equal({ name: 'Alan' });
    expect(parseConnectionData('')).to.deep.equal({});
    expect(roleFromCapabilities({ publish: 1, forceMute: 1 })).to.equal('moderator');
    expect(roleFromCapabilities({ publish: 1, forceMute: 0, forceDisconnect: 0 })).to.equal('publisher');
    expect(roleFromCapabilities({ publish: 0 })).to.equal('subscriber');
    expect(roleFromCapabilities(undefined)).to.equal(undefined);
  });
});
