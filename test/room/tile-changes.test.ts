import { expect } from '@open-wc/testing';
import { reduceRoster, type RosterAction } from '../../src/room/roster.js';
import { initialState, type RoomState, type TileState } from '../../src/room/state.js';
import { tileOnlyChanges } from '../../src/room/tile-changes.js';

const call = (): RoomState =>
  (
    [
      { type: 'local-tile', name: 'Ada', audio: true, video: true },
      { type: 'local-connected', id: 'me', name: 'Ada', role: 'publisher' },
      { type: 'stream-created', participantId: 'g', streamId: 'gs', kind: 'camera', name: 'Grace', hasAudio: true, hasVideo: true },
      { type: 'stream-created', participantId: 'k', streamId: 'ks', kind: 'camera', name: 'Katherine', hasAudio: true, hasVideo: true },
    ] satisfies RosterAction[]
  ).reduce(reduceRoster, { ...initialState({ audio: true, video: true, publishing: true }), status: 'connected' });

/** `state` with Grace's tile changed by `change`, every other part kept (as the engine does). */
const withGrace = (state: RoomState, change: Partial<TileState>): RoomState => ({
  ...state,
  tiles: state.tiles.map((tile) => (tile.participantId === 'g' ? { ...tile, ...change } : tile)),
});

describe('room/tileOnlyChanges', () => {
  const table: Array<{ name: string; next: (state: RoomState) => RoomState; changed: string[] | undefined }> = [
    { name: 'muting', next: (state) => withGrace(state, { audioMuted: true }), changed: ['g'] },
    { name: 'speaking, with the active speaker', next: (state) => ({ ...withGrace(state, { speaking: true, lastSpokeAt: 5 }), activeSpeakerId: 'g' }), changed: ['g'] },
    { name: 'the active speaker alone', next: (state) => ({ ...state, activeSpeakerId: 'k' }), changed: [] },
    { name: 'network quality and a paused video', next: (state) => withGrace(state, { networkQuality: 'poor', videoPaused: true }), changed: ['g'] },
    { name: 'a new name (others show it: the people panel)', next: (state) => withGrace(state, { name: 'Grace H.' }), changed: undefined },
    { name: 'a tile more', next: (state) => ({ ...state, tiles: [...state.tiles, { ...state.tiles[1], key: 'x:camera' }] }), changed: undefined },
    { name: 'a chat message besides', next: (state) => ({ ...withGrace(state, { audioMuted: true }), chat: [] }), changed: undefined },
    { name: 'the user’s own media (the control bar shows it)', next: (state) => ({ ...state, localMedia: { ...state.localMedia, audio: false } }), changed: undefined },
  ];
  for (const { name, next, changed } of table) {
    it(name, () => {
      const state = call();
      const changes = tileOnlyChanges(state, next(state));
      expect(changes?.map(({ after }) => after.participantId)).to.deep.equal(changed);
      for (const change of changes ?? []) expect(state.tiles).to.include(change.before);
    });
  }
});
