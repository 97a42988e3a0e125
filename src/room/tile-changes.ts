import type { RoomState, TileState } from './state.js';

/** What a tile shows of itself alone: nothing else on screen reads these (the stage's order aside). */
const OWN_FIELDS = new Set<keyof TileState>(['audioMuted', 'videoMuted', 'speaking', 'lastSpokeAt', 'networkQuality', 'videoPaused', 'video']);

export interface TileChange {
  readonly before: TileState;
  readonly after: TileState;
}

/** Besides the tiles, the one field only the stage's plan reads (who must be on the first page, or in focus). */
const PLANNED_FIELDS = new Set<keyof RoomState>(['tiles', 'activeSpeakerId']);

/**
 * The tiles that changed from `previous` to `next`, when nothing changed but those tiles' own
 * fields (speaking, muting, network quality…) and the active speaker; undefined when anything
 * else did. Whether the stage still looks the same is for its plan to say. Snapshots keep the
 * identity of unchanged parts, so this compares references, not contents.
 */
export function tileOnlyChanges(previous: RoomState, next: RoomState): TileChange[] | undefined {
  for (const field of Object.keys(next) as Array<keyof RoomState>) {
    if (!PLANNED_FIELDS.has(field) && next[field] !== previous[field]) return undefined;
  }
  if (next.tiles.length !== previous.tiles.length) return undefined;
  const changes: TileChange[] = [];
  next.tiles.forEach((after, index) => {
    const before = previous.tiles[index];
    if (before !== after) changes.push({ before, after });
  });
  const ownOnly = changes.every(({ before, after }) =>
    (Object.keys(after) as Array<keyof TileState>).every((field) => OWN_FIELDS.has(field) || before[field] === after[field]),
  );
  return ownOnly ? changes : undefined;
}
