import type { NetworkQuality, Participant, ParticipantRole, RoomState, StreamKind, TileState } from './state.js';

/**
 * Who is in the call and what their tiles show, as a pure reducer: `Call` translates SDK events
 * into these actions and holds no roster rules. Every action returns the same state object when
 * it changes nothing, so unchanged snapshots keep their identity.
 */
export type RosterAction =
  /** The user's own tile, an avatar until the camera's video arrives. */
  | { type: 'local-tile'; name: string; audio: boolean; video: boolean }
  /** The session connected: the user joins the participant list first. */
  | { type: 'local-connected'; id: string; name: string; role?: ParticipantRole }
  | { type: 'local-tile-changed'; change: LocalTileChange }
  /** The user's microphone or camera choice (a muted microphone is never speaking). */
  | { type: 'local-media'; audio: boolean; video: boolean }
  | { type: 'local-screen'; name: string; streamId: string | undefined; video: HTMLVideoElement | undefined }
  | { type: 'local-screen-ended' }
  | { type: 'connection-created'; id: string; name: string | undefined; role?: ParticipantRole }
  | { type: 'connection-destroyed'; id: string }
  | { type: 'stream-created'; participantId: string; streamId: string; kind: StreamKind; name: string | undefined; hasAudio: boolean; hasVideo: boolean }
  | { type: 'stream-destroyed'; participantId: string; streamId: string; kind: StreamKind }
  | { type: 'stream-media'; participantId: string; streamId: string; kind: StreamKind; audio?: boolean; video?: boolean; speaking?: boolean }
  | { type: 'speaking'; key: string; speaking: boolean; now: number }
  | { type: 'video-element'; key: string; video: HTMLVideoElement }
  | { type: 'network-quality'; key: string; quality: NetworkQuality; videoPaused: boolean }
  | { type: 'hand'; participantId: string; raised: boolean; at: number };

export type LocalTileChange = Partial<Pick<TileState, 'participantId' | 'streamId' | 'video' | 'audioMuted' | 'videoMuted' | 'speaking'>>;

/** Shown for anyone whose name could not be read from their stream or connection data. */
export const FALLBACK_NAME = 'Guest';

/** The local camera tile keeps one key for the whole call, so its video element is never re-created. */
export const LOCAL_TILE_KEY = 'local:camera';
export const LOCAL_SCREEN_KEY = 'local:screen';

export function cameraTileKey(participantId: string): string {
  return `${participantId}:camera`;
}

/** A camera tile is keyed by its person (it outlives their stream); a screen by its stream. */
export function streamTileKey(participantId: string, streamId: string, kind: StreamKind): string {
  return kind === 'screen' ? streamId : cameraTileKey(participantId);
}

/** The one tile factory: an avatar with nothing on, unless told otherwise. */
export function createTile(fields: Pick<TileState, 'key' | 'participantId' | 'name'> & Partial<TileState>): TileState {
  return {
    streamId: undefined,
    kind: 'camera',
    isLocal: false,
    audioMuted: true,
    videoMuted: true,
    speaking: false,
    lastSpokeAt: 0,
    video: undefined,
    networkQuality: undefined,
    videoPaused: false,
    ...fields,
  };
}

function createParticipant(fields: Pick<Participant, 'id' | 'name' | 'isLocal'> & Partial<Participant>): Participant {
  const { role, ...rest } = fields;
  // `role` only where known, so details and snapshots carry no `role: undefined`.
  return { handRaised: false, ...rest, ...(role ? { role } : {}) };
}

type Roster = Pick<RoomState, 'participants' | 'tiles' | 'localParticipantId'>;

export function reduceRoster<S extends Roster>(state: S, action: RosterAction): S {
  const next = rosterStep(state, action);
  if (next.participants === state.participants && next.tiles === state.tiles && next.localParticipantId === state.localParticipantId) {
    return state;
  }
  return { ...state, ...next };
}

function rosterStep(state: Roster, action: RosterAction): Roster {
  const { participants, tiles } = state;
  switch (action.type) {
    case 'local-tile':
      return {
        ...state,
        tiles: upsertTile(
          tiles,
          createTile({
            key: LOCAL_TILE_KEY,
            participantId: state.localParticipantId ?? '',
            name: action.name,
            isLocal: true,
            audioMuted: !action.audio,
            videoMuted: !action.video,
          }),
        ),
      };
    case 'local-connected': {
      const local = createParticipant({ id: action.id, name: action.name, isLocal: true, role: action.role });
      return {
        localParticipantId: action.id,
        participants: [local, ...participants.filter((participant) => !participant.isLocal && participant.id !== action.id)],
        tiles: patchTile(tiles, LOCAL_TILE_KEY, { participantId: action.id }),
      };
    }
    case 'local-tile-changed':
      return { ...state, tiles: patchTile(tiles, LOCAL_TILE_KEY, action.change) };
    case 'local-media':
      return {
        ...state,
        tiles: updateTile(tiles, LOCAL_TILE_KEY, (tile) =>
          tile.audioMuted === !action.audio && tile.videoMuted === !action.video
            ? tile
            : { ...tile, audioMuted: !action.audio, videoMuted: !action.video, speaking: tile.speaking && action.audio },
        ),
      };
    case 'local-screen': {
      const existing = tiles.find((tile) => tile.key === LOCAL_SCREEN_KEY);
      if (!existing && !action.video) return state; // shown once its video exists
      const tile = createTile({
        key: LOCAL_SCREEN_KEY,
        participantId: state.localParticipantId ?? '',
        name: action.name,
        kind: 'screen',
        isLocal: true,
        videoMuted: false,
        streamId: action.streamId ?? existing?.streamId,
        video: action.video ?? existing?.video,
      });
      return { ...state, tiles: upsertTile(tiles, tile) };
    }
    case 'local-screen-ended':
      return { ...state, tiles: removeTile(tiles, LOCAL_SCREEN_KEY) };
    case 'connection-created': {
      if (action.id === state.localParticipantId || participants.some((participant) => participant.id === action.id)) return state;
      const added = createParticipant({ id: action.id, name: action.name || FALLBACK_NAME, isLocal: false, role: action.role });
      return {
        ...state,
        participants: [...participants, added],
        tiles: upsertTile(tiles, createTile({ key: cameraTileKey(added.id), participantId: added.id, name: added.name })),
      };
    }
    case 'connection-destroyed':
      if (!participants.some((participant) => participant.id === action.id && !participant.isLocal)) return state;
      return {
        ...state,
        participants: participants.filter((participant) => participant.id !== action.id),
        tiles: tiles.filter((tile) => tile.participantId !== action.id),
      };
    case 'stream-created': {
      const withOwner = rosterStep(state, { type: 'connection-created', id: action.participantId, name: action.kind === 'camera' ? action.name : undefined });
      const owner = withOwner.participants.find((participant) => participant.id === action.participantId);
      // The camera stream's name is the one the person chose; it wins over connection data.
      const name = (action.kind === 'camera' && action.name) || owner?.name || FALLBACK_NAME;
      const renamed =
        owner && owner.name !== name
          ? withOwner.participants.map((participant) => (participant === owner ? { ...owner, name } : participant))
          : withOwner.participants;
      const tile = createTile({
        key: streamTileKey(action.participantId, action.streamId, action.kind),
        participantId: action.participantId,
        name,
        streamId: action.streamId,
        kind: action.kind,
        audioMuted: !action.hasAudio,
        videoMuted: !action.hasVideo,
      });
      return { ...withOwner, participants: renamed, tiles: upsertTile(withOwner.tiles, tile) };
    }
    case 'stream-destroyed': {
      const key = streamTileKey(action.participantId, action.streamId, action.kind);
      if (action.kind === 'screen') return { ...state, tiles: removeTile(tiles, key) };
      // The person is still here without a camera stream: their tile stays, as an avatar.
      return {
        ...state,
        tiles: updateTile(tiles, key, (tile) =>
          tile.streamId === action.streamId
            ? { ...tile, streamId: undefined, video: undefined, audioMuted: true, videoMuted: true, speaking: false, networkQuality: undefined, videoPaused: false }
            : tile,
        ),
      };
    }
    case 'stream-media': {
      const key = streamTileKey(action.participantId, action.streamId, action.kind);
      return {
        ...state,
        tiles: updateTile(tiles, key, (tile) => {
          if (tile.streamId !== action.streamId) return tile;
          let next = tile;
          if (action.video !== undefined) next = patched(next, { videoMuted: !action.video });
          if (action.audio !== undefined) next = patched(next, { audioMuted: !action.audio, speaking: action.audio && (action.speaking ?? false) });
          return next;
        }),
      };
    }
    case 'speaking':
      return { ...state, tiles: updateTile(tiles, action.key, (tile) => withSpeaking(tile, action.speaking, action.now)) };
    case 'video-element':
      return { ...state, tiles: patchTile(tiles, action.key, { video: action.video }) };
    case 'network-quality':
      return { ...state, tiles: patchTile(tiles, action.key, { networkQuality: action.quality, videoPaused: action.videoPaused }) };
    case 'hand': {
      const index = participants.findIndex((participant) => participant.id === action.participantId);
      const person = participants[index];
      if (!person || person.handRaised === action.raised) return state;
      const { handRaisedAt: _previous, ...rest } = person;
      const copy = participants.slice();
      copy[index] = { ...rest, handRaised: action.raised, ...(action.raised ? { handRaisedAt: action.at } : {}) };
      return { ...state, participants: copy };
    }
  }
}

/** The tile with its speaking flag set, never while its microphone is muted. */
function withSpeaking(tile: TileState, speaking: boolean, now: number): TileState {
  const next = speaking && !tile.audioMuted;
  if (next === tile.speaking) return tile;
  return { ...tile, speaking: next, lastSpokeAt: tile.speaking ? now : tile.lastSpokeAt };
}

/** `tile` with `change` merged in, or `tile` itself when that changes nothing. */
function patched(tile: TileState, change: Partial<TileState>): TileState {
  const differs = (Object.keys(change) as Array<keyof TileState>).some((key) => tile[key] !== change[key]);
  return differs ? { ...tile, ...change } : tile;
}

function patchTile(tiles: readonly TileState[], key: string, change: Partial<TileState>): readonly TileState[] {
  return updateTile(tiles, key, (tile) => patched(tile, change));
}

/** Returns `tiles` with the tile of `key` replaced by `update(tile)`; other tiles keep their identity. */
function updateTile(tiles: readonly TileState[], key: string, update: (tile: TileState) => TileState): readonly TileState[] {
  const index = tiles.findIndex((tile) => tile.key === key);
  if (index < 0) return tiles;
  const next = update(tiles[index]);
  if (next === tiles[index]) return tiles;
  const copy = tiles.slice();
  copy[index] = next;
  return copy;
}

/** Inserts or replaces the tile with `tile.key`, keeping the order tiles arrived in. */
function upsertTile(tiles: readonly TileState[], tile: TileState): readonly TileState[] {
  const index = tiles.findIndex((existing) => existing.key === tile.key);
  if (index < 0) return [...tiles, tile];
  const copy = tiles.slice();
  copy[index] = tile;
  return copy;
}

function removeTile(tiles: readonly TileState[], key: string): readonly TileState[] {
  return tiles.some((tile) => tile.key === key) ? tiles.filter((tile) => tile.key !== key) : tiles;
}

/** Connection data is whatever the token server put there: JSON with `name` (and `role`), or the name itself. */
export function parseConnectionData(data: string | undefined): { name?: string; role?: ParticipantRole } {
  if (!data) return {};
  try {
    const parsed: unknown = JSON.parse(data);
    if (!parsed || typeof parsed !== 'object') return {};
    const { name, role } = parsed as { name?: unknown; role?: unknown };
    return {
      name: typeof name === 'string' ? name.trim().slice(0, 100) || undefined : undefined,
      role: role === 'moderator' || role === 'publisher' || role === 'subscriber' ? role : undefined,
    };
  } catch {
    return { name: data.trim().slice(0, 100) || undefined };
  }
}

/** The user's role from what their token allows. */
export function roleFromCapabilities(capabilities: { publish?: number; forceMute?: number; forceDisconnect?: number } | undefined): ParticipantRole | undefined {
  if (!capabilities) return undefined;
  if (capabilities.forceMute === 1 || capabilities.forceDisconnect === 1) return 'moderator';
  return capabilities.publish === 1 ? 'publisher' : 'subscriber';
}
