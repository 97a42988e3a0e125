import { fitGrid } from './grid.js';

/** How the visible tiles are arranged. `presentation` is `speaker` with a screen share in focus. */
export type Arrangement = 'grid' | 'speaker' | 'presentation';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutInput {
  /** How many tiles are visible, in display order. */
  count: number;
  arrangement: Arrangement;
  /** Index of the tile shown large in `speaker`/`presentation`; ignored in `grid`. */
  focusIndex: number;
  width: number;
  height: number;
  gap?: number;
  aspectRatio?: number;
}

export interface Layout {
  /** One box per tile, same order as the input. */
  boxes: Box[];
  /** Where the filmstrip sits, or `none` in a grid. */
  filmstrip: 'side' | 'bottom' | 'none';
}

const ZERO: Box = { x: 0, y: 0, width: 0, height: 0 };

/** Wider than this (width / height), the filmstrip goes beside the focus tile instead of below it. */
const SIDE_STRIP_ASPECT = 1.3;

/**
 * Places `count` tiles in a `width` × `height` stage. Pure and allocation-light: it runs on every
 * resize and every change of who is on screen.
 */
export function computeLayout(input: LayoutInput): Layout {
  const { count, width, height } = input;
  const gap = input.gap ?? 8;
  const aspectRatio = input.aspectRatio ?? 16 / 9;
  if (count <= 0) return { boxes: [], filmstrip: 'none' };
  if (!(width > 0) || !(height > 0)) return { boxes: Array.from({ length: count }, () => ({ ...ZERO })), filmstrip: 'none' };

  const focused = input.arrangement !== 'grid' && input.focusIndex >= 0 && input.focusIndex < count;
  if (!focused || count === 1) {
    const boxes = new Array<Box>(count);
    placeGrid(boxes, { x: 0, y: 0, width, height }, gap, aspectRatio, -1);
    return { boxes, filmstrip: 'none' };
  }

  const { main, strip: stripArea, side } = splitStage(width, height, gap, aspectRatio);
  const boxes = new Array<Box>(count);
  boxes[input.focusIndex] = fitAspect(main, aspectRatio);
  placeGrid(boxes, stripArea, gap, aspectRatio, input.focusIndex);
  return { boxes, filmstrip: side ? 'side' : 'bottom' };
}

/** Fills every slot of `boxes` but `skip` with an equal-tile grid centred in `area`, last row centred too. */
function placeGrid(boxes: Box[], area: Box, gap: number, aspectRatio: number, skip: number): void {
  const total = boxes.length;
  const count = total - (skip >= 0 && skip < total ? 1 : 0);
  const fit = fitGrid(count, area.width, area.height, { gap, aspectRatio });
  const { columns, rows, tileWidth, tileHeight } = fit;
  if (tileWidth <= 0) {
    // Not even a sliver each: collapse them rather than place boxes outside the area.
    for (let index = 0; index < total; index++) if (index !== skip) boxes[index] = { x: area.x, y: area.y, width: 0, height: 0 };
    return;
  }
  const top = area.y + (area.height - (rows * tileHeight + (rows - 1) * gap)) / 2;
  let placed = 0;
  for (let index = 0; index < total; index++) {
    if (index === skip) continue;
    const row = Math.floor(placed / columns);
    const column = placed % columns;
    const inRow = row === rows - 1 ? count - row * columns : columns;
    const left = area.x + (area.width - (inRow * tileWidth + (inRow - 1) * gap)) / 2;
    boxes[index] = {
      x: Math.round(left + column * (tileWidth + gap)),
      y: Math.round(top + row * (tileHeight + gap)),
      width: tileWidth,
      height: tileHeight,
    };
    placed++;
  }
}

/**
 * Splits a stage into the focus area and the filmstrip: the strip gets at least a readable
 * thickness, plus whatever the focus could not use at its aspect ratio, so neither wastes space.
 */
function splitStage(width: number, height: number, gap: number, aspectRatio: number): { main: Box; strip: Box; side: boolean } {
  const side = width / height > SIDE_STRIP_ASPECT;
  if (side) {
    const thickness = Math.min(width * 0.45, Math.max(clamp(width * 0.2, 160, 320), width - height * aspectRatio - gap));
    return { main: { x: 0, y: 0, width: width - thickness - gap, height }, strip: { x: width - thickness, y: 0, width: thickness, height }, side };
  }
  const thickness = Math.min(height * 0.45, Math.max(clamp(height * 0.22, 90, 200), height - width / aspectRatio - gap));
  return { main: { x: 0, y: 0, width, height: height - thickness - gap }, strip: { x: 0, y: height - thickness, width, height: thickness }, side };
}

/** The largest box of `aspectRatio` centred in `area`. */
function fitAspect(area: Box, aspectRatio: number): Box {
  const width = Math.min(area.width, area.height * aspectRatio);
  const height = width / aspectRatio;
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width: Math.floor(width),
    height: Math.floor(height),
  };
}

/**
 * How many thumbnails the filmstrip of a focused layout holds at `minTileWidth` CSS px or more
 * (at least 1): the page size of `speaker` and `presentation`.
 */
export function filmstripCapacity(width: number, height: number, options: { minTileWidth?: number; gap?: number } = {}): number {
  const gap = options.gap ?? 8;
  const minTileWidth = options.minTileWidth ?? 112;
  if (!(width > 0) || !(height > 0)) return 1;
  const { strip } = splitStage(width, height, gap, 16 / 9);
  let count = 1;
  while (count < 64 && fitGrid(count + 1, strip.width, strip.height, { gap }).tileWidth >= minTileWidth) count++;
  return count;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * How many tiles one page shows by default: as many as the grid fits at `minTileWidth` CSS px
 * wide, at most `cap`, at least 1.
 */
export function defaultPageSize(width: number, height: number, options: { minTileWidth?: number; cap?: number; gap?: number } = {}): number {
  const minTileWidth = options.minTileWidth ?? 160;
  const cap = options.cap ?? 16;
  for (let count = cap; count > 1; count--) {
    if (fitGrid(count, width, height, { gap: options.gap ?? 8 }).tileWidth >= minTileWidth) return count;
  }
  return 1;
}
