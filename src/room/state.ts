import type { VideoRoomError } from './errors.js';

/** Where the element is in its life; reflected as the `state` attribute. */
export type RoomStatus = 'idle' | 'joining' | 'connected' | 'reconnecting' | 'left' | 'error';

export type StreamKind = 'camera' | 'screen';

/** Someone in the room. `id` is their connection ID. */
export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly isLocal: boolean;
}

/** What one tile shows: a participant's camera (or avatar) or a screen share. */
export interface TileState {
  /** Stable across the tile's life: `<participantId>:camera`, or the stream ID of a screen share. */
  readonly key: string;
  readonly participantId: string;
  readonly name: string;
  readonly streamId: string | undefined;
  readonly kind: StreamKind;
  readonly isLocal: boolean;
  readonly audioMuted: boolean;
  readonly videoMuted: boolean;
  readonly speaking: boolean;
  /** When they last stopped speaking (`performance.now()`), 0 if never; orders recent speakers. */
  readonly lastSpokeAt: number;
  /** The SDK's `<video>` for this stream, once it exists. */
  readonly video: HTMLVideoElement | undefined;
}

export interface LocalMedia {
  readonly audio: boolean;
  readonly video: boolean;
  /** False while the user is a viewer (camera and microphone unavailable or denied). */
  readonly publishing: boolean;
}

/** One immutable snapshot of the call; a change produces a new snapshot, unchanged parts keep their identity. */
export interface RoomState {
  readonly status: RoomStatus;
  readonly participants: readonly Participant[];
  readonly tiles: readonly TileState[];
  readonly localMedia: LocalMedia;
  readonly sessionId: string | undefined;
  readonly localParticipantId: string | undefined;
  /** The remote participant holding the focus, by audio level with a minimum hold. */
  readonly activeSpeakerId: string | undefined;
  /** The user is sharing their screen. */
  readonly screenSharing: boolean;
  /** The browser's autoplay policy blocks remote sound until the user clicks. */
  readonly audioBlocked: boolean;
  readonly error: VideoRoomError | undefined;
}

export function initialState(localMedia: LocalMedia): RoomState {
  return {
    status: 'idle',
    participants: [],
    tiles: [],
    localMedia,
    sessionId: undefined,
    localParticipantId: undefined,
    activeSpeakerId: undefined,
    screenSharing: false,
    audioBlocked: false,
    error: undefined,
  };
}

/** The local camera tile keeps one key for the whole call, so its video element is never re-created. */
export const LOCAL_TILE_KEY = 'local:camera';

export function cameraTileKey(participantId: string): string {
  return `${participantId}:camera`;
}

/** Returns `tiles` with the tile of `key` replaced by `update(tile)`; other tiles keep their identity. */
export function updateTile(
  tiles: readonly TileState[],
  key: string,
  update: (tile: TileState) => TileState,
): readonly TileState[] {
  const index = tiles.findIndex((tile) => tile.key === key);
  if (index < 0) return tiles;
  const next = update(tiles[index]!);
  if (next === tiles[index]) return tiles;
  const copy = tiles.slice();
  copy[index] = next;
  return copy;
}

/** Inserts or replaces the tile with `tile.key`, keeping the order tiles arrived in. */
export function upsertTile(tiles: readonly TileState[], tile: TileState): readonly TileState[] {
  const index = tiles.findIndex((existing) => existing.key === tile.key);
  if (index < 0) return [...tiles, tile];
  const copy = tiles.slice();
  copy[index] = tile;
  return copy;
}

export function removeTile(tiles: readonly TileState[], key: string): readonly TileState[] {
  return tiles.some((tile) => tile.key === key) ? tiles.filter((tile) => tile.key !== key) : tiles;
}
