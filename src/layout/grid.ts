/** How `count` equal tiles fill a container. */
export interface GridFit {
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
}

export interface GridOptions {
  /** Space between tiles, in CSS pixels. */
  gap?: number;
  /** Width / height of every tile. */
  aspectRatio?: number;
}

/**
 * The column count that makes `count` tiles of one aspect ratio as large as possible inside a
 * `width` × `height` container. Pure; degenerate sizes give zero-sized tiles, never NaN.
 */
export function fitGrid(count: number, width: number, height: number, options: GridOptions = {}): GridFit {
  const gap = options.gap ?? 8;
  const aspectRatio = options.aspectRatio ?? 16 / 9;
  const best: GridFit = { columns: 1, rows: Math.max(count, 0), tileWidth: 0, tileHeight: 0 };
  if (count <= 0 || !(width > 0) || !(height > 0)) return best;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (width - gap * (columns - 1)) / columns;
    const cellHeight = (height - gap * (rows - 1)) / rows;
    if (cellWidth <= 0) break; // more columns only get narrower
    if (cellHeight <= 0) continue; // too many rows: try more columns
    const tileWidth = Math.min(cellWidth, cellHeight * aspectRatio);
    if (tileWidth > best.tileWidth) {
      best.columns = columns;
      best.rows = rows;
      best.tileWidth = Math.floor(tileWidth);
      best.tileHeight = Math.floor(tileWidth / aspectRatio);
    }
  }
  return best;
}
