import { fitGrid, type GridFit } from './grid.js';

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

/**
 * The smallest tile a page may show, in CSS px: at 160 × 90 the compact name label (11 px text)
 * still holds about twenty characters beside the microphone icon, and a face stays recognisable.
 * Pages get fewer tiles rather than smaller ones.
 */
export const MIN_READABLE_TILE = { width: 160, height: 90 } as const;

/** Tiles per page when `max-tiles` is not set: more videos than this cost too much to decode. */
export const DEFAULT_MAX_TILES = 16;

/** Wider than this (width / height), the filmstrip goes beside the focus tile instead of below it. */
const SIDE_STRIP_ASPECT = 1.3;

/** The largest share of the stage width a filmstrip beside the focus may take. */
const MAX_SIDE_STRIP_SHARE = 0.45;

/**
 * Width / height of the tallest focus tile in a portrait stage: a 16:9 camera cropped to 3:4 still
 * shows a face whole, and a shared phone screen (itself portrait) gets the height it needs.
 */
const TALLEST_FOCUS_ASPECT = 3 / 4;

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
    const area = { x: 0, y: 0, width, height };
    placeGrid(boxes, area, fitGrid(count, width, height, { gap, aspectRatio }), gap, -1);
    return { boxes, filmstrip: 'none' };
  }

  const split = splitStage(width, height, count - 1, gap, aspectRatio);
  const boxes = new Array<Box>(count);
  boxes[input.focusIndex] = split.focus;
  placeGrid(boxes, split.strip, split.fit, gap, input.focusIndex);
  return { boxes, filmstrip: split.side ? 'side' : 'bottom' };
}

/** Fills every slot of `boxes` but `skip` with the tiles of `fit`, centred in `area`, last row centred too. */
function placeGrid(boxes: Box[], area: Box, fit: GridFit, gap: number, skip: number): void {
  const total = boxes.length;
  const count = total - (skip >= 0 && skip < total ? 1 : 0);
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

/** The focus tile, the filmstrip's area and how its `thumbnails` fill it. */
interface StageSplit {
  focus: Box;
  strip: Box;
  fit: GridFit;
  side: boolean;
}

/**
 * Splits a stage between the focus tile and a filmstrip of `thumbnails`. Beside (landscape): the
 * strip is as thick as a readable column count needs, within bounds, and the focus is the largest
 * 16:9 box left. Below (portrait): the focus fills the width, the thumbnails fill the width too,
 * in as many columns as stay readable, and the focus takes the height they leave (between 16:9
 * and 3:4); the whole is centred, so a phone shows no empty band.
 */
function splitStage(width: number, height: number, thumbnails: number, gap: number, aspectRatio: number): StageSplit {
  const min = MIN_READABLE_TILE;
  if (width / height > SIDE_STRIP_ASPECT) {
    const rows = Math.max(1, Math.floor((height + gap) / (min.height + gap)));
    const columns = Math.ceil(thumbnails / rows);
    const readable = columns * min.width + (columns - 1) * gap;
    const thickness = Math.min(width * MAX_SIDE_STRIP_SHARE, Math.max(clamp(width * 0.2, 160, 320), readable, width - height * aspectRatio - gap));
    const strip = { x: width - thickness, y: 0, width: thickness, height };
    const focus = fitAspect({ x: 0, y: 0, width: width - thickness - gap, height }, aspectRatio);
    return { focus, strip, fit: fitGrid(thumbnails, thickness, height, { gap, aspectRatio }), side: true };
  }
  const columns = Math.max(1, Math.floor((width + gap) / (min.width + gap)));
  const rows = Math.ceil(thumbnails / columns);
  const wanted = (rows * (width - (columns - 1) * gap)) / columns / aspectRatio + (rows - 1) * gap;
  const focusHeight = Math.max(0, Math.floor(Math.min(height - gap, clamp(height - gap - wanted, width / aspectRatio, width / TALLEST_FOCUS_ASPECT))));
  const fit = fitGrid(thumbnails, width, Math.max(0, height - focusHeight - gap), { gap, aspectRatio });
  const stripHeight = fit.tileHeight > 0 ? fit.rows * fit.tileHeight + (fit.rows - 1) * gap : 0;
  const top = Math.max(0, Math.round((height - focusHeight - gap - stripHeight) / 2));
  return {
    focus: { x: 0, y: top, width: Math.floor(width), height: focusHeight },
    strip: { x: 0, y: top + focusHeight + gap, width, height: stripHeight },
    fit,
    side: false,
  };
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

const isReadable = (fit: GridFit) => fit.tileWidth >= MIN_READABLE_TILE.width && fit.tileHeight >= MIN_READABLE_TILE.height;

/**
 * How many thumbnails the filmstrip of a focused layout holds at the readable size or more, at
 * most `max` (at least 1): the page size of `speaker` and `presentation`.
 */
export function filmstripCapacity(width: number, height: number, options: { gap?: number; max?: number } = {}): number {
  const gap = options.gap ?? 8;
  const max = Math.min(options.max ?? 64, 64);
  if (!(width > 0) || !(height > 0)) return 1;
  let count = 1;
  while (count < max && isReadable(splitStage(width, height, count + 1, gap, 16 / 9).fit)) count++;
  return count;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * How many tiles one grid page shows: as many as stay at the readable size or more, at most
 * `cap` (default 16), at least 1.
 */
export function gridPageSize(width: number, height: number, options: { cap?: number; gap?: number } = {}): number {
  const cap = options.cap ?? DEFAULT_MAX_TILES;
  const gap = options.gap ?? 8;
  // Counting up: more tiles are never larger, and a large `max-tiles` costs nothing.
  let count = 1;
  while (count < cap && isReadable(fitGrid(count + 1, width, height, { gap }))) count++;
  return count;
}
