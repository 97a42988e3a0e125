import { computeLayout, DEFAULT_MAX_TILES, gridPageSize, filmstripCapacity, type Arrangement, type Box } from './layout.js';
import { PageOrder, type PageCandidate } from './page-order.js';

/** The `layout` attribute: `auto` shows a grid, or the presentation layout while a screen is shared. */
export type LayoutMode = 'auto' | 'grid' | 'speaker';

/** What the stage needs to know about a tile. */
export interface StageTile {
  readonly key: string;
  readonly participantId: string;
  readonly kind: 'camera' | 'screen';
  readonly isLocal: boolean;
  readonly speaking: boolean;
  readonly lastSpokeAt: number;
}

export interface StageInput {
  /** In join order. */
  tiles: readonly StageTile[];
  layout: LayoutMode;
  pinnedParticipantId: string | undefined;
  activeSpeakerId: string | undefined;
  width: number;
  height: number;
  /** At most this many tiles per page (default 16); fewer when more would be smaller than MIN_READABLE_TILE. */
  maxTiles: number | undefined;
  /** Requested page, 0-based; clamped to the pages there are. */
  page: number;
  gap: number;
  /** The clock of `lastSpokeAt`, for ranking people speaking right now. */
  now: number;
}

export interface StagePlan {
  arrangement: Arrangement;
  focusKey: string | undefined;
  /** Boxes of the tiles on screen; tiles not listed are on other pages. */
  boxes: Map<string, Box>;
  page: number;
  pageCount: number;
}

/** Ranks of tiles that must be on the first page (lower first); 0 = not required. */
const Required = { None: 0, Pinned: 1, Screen: 2, ActiveSpeaker: 3, Self: 4 } as const;

/**
 * Decides what the stage shows: which arrangement, which tile is in focus, which tiles are on the
 * current page and where each one goes. Pure except for `order`, which remembers first-page slots
 * so that tiles keep their places between calls.
 */
export function planStage(input: StageInput, order: PageOrder): StagePlan {
  const { tiles } = input;
  const pinnedKey = pinnedTileKey(tiles, input.pinnedParticipantId);
  const screenKey = input.layout === 'grid' ? undefined : tiles.find((tile) => tile.kind === 'screen')?.key;
  const speakerKey =
    input.layout === 'speaker'
      ? (tiles.find((tile) => tile.kind === 'camera' && !tile.isLocal && tile.participantId === input.activeSpeakerId) ??
          tiles.find((tile) => tile.kind === 'camera' && !tile.isLocal))?.key
      : undefined;
  const focusKey = pinnedKey ?? screenKey ?? speakerKey;
  const focusTile = focusKey === undefined ? undefined : tiles.find((tile) => tile.key === focusKey);
  const arrangement: Arrangement = !focusTile ? 'grid' : focusTile.kind === 'screen' ? 'presentation' : 'speaker';

  // Every tile on a page stays readable; `max-tiles` only lowers the count.
  const cap = Math.max(1, Math.floor(input.maxTiles ?? DEFAULT_MAX_TILES));
  // Focused layouts page their filmstrip, which holds only so many readable thumbnails.
  const slots =
    focusKey === undefined
      ? gridPageSize(input.width, input.height, { gap: input.gap, cap })
      : filmstripCapacity(input.width, input.height, { gap: input.gap, max: cap - 1 });
  const candidates: PageCandidate[] = [];
  tiles.forEach((tile, joinIndex) => {
    if (tile.key === focusKey) return;
    candidates.push({
      key: tile.key,
      required: requiredRank(tile, pinnedKey, input.activeSpeakerId),
      lastSpokeAt: tile.speaking ? input.now : tile.lastSpokeAt,
      joinIndex,
    });
  });
  const ordered = order.order(candidates, slots);
  const pageCount = Math.max(1, Math.ceil(ordered.length / slots));
  const page = Math.min(Math.max(0, Math.floor(input.page)), pageCount - 1);
  const visible = ordered.slice(page * slots, (page + 1) * slots);
  if (focusKey !== undefined) visible.unshift(focusKey);

  const layout = computeLayout({
    count: visible.length,
    arrangement,
    focusIndex: focusKey === undefined ? -1 : 0,
    width: input.width,
    height: input.height,
    gap: input.gap,
  });
  const boxes = new Map<string, Box>();
  visible.forEach((key, index) => boxes.set(key, layout.boxes[index]));
  return { arrangement, focusKey, boxes, page, pageCount };
}

/** A pinned participant's screen share when they have one, else their camera. */
function pinnedTileKey(tiles: readonly StageTile[], participantId: string | undefined): string | undefined {
  if (participantId === undefined) return undefined;
  const theirs = tiles.filter((tile) => tile.participantId === participantId);
  return (theirs.find((tile) => tile.kind === 'screen') ?? theirs[0])?.key;
}

function requiredRank(tile: StageTile, pinnedKey: string | undefined, activeSpeakerId: string | undefined): number {
  if (tile.key === pinnedKey) return Required.Pinned;
  if (tile.kind === 'screen') return Required.Screen;
  if (tile.participantId === activeSpeakerId && tile.kind === 'camera') return Required.ActiveSpeaker;
  if (tile.isLocal) return Required.Self;
  return Required.None;
}

/** The same arrangement, focus, page and boxes: the stage would look the same. */
export function samePlan(a: StagePlan, b: StagePlan): boolean {
  if (a.arrangement !== b.arrangement || a.focusKey !== b.focusKey || a.page !== b.page || a.pageCount !== b.pageCount || a.boxes.size !== b.boxes.size) return false;
  for (const [key, box] of a.boxes) {
    const other = b.boxes.get(key);
    if (!other || other.x !== box.x || other.y !== box.y || other.width !== box.width || other.height !== box.height) return false;
  }
  return true;
}
