import { expect } from '@open-wc/testing';
import { computeLayout, filmstripCapacity, gridPageSize, MIN_READABLE_TILE, type Box } from '../../src/layout/layout.js';

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

const readable = (box: Box) => box.width >= MIN_READABLE_TILE.width && box.height >= MIN_READABLE_TILE.height;

/** How much of the stage height has at least one tile in it. */
function coveredHeight(boxes: Box[]): number {
  let covered = 0;
  let end = -Infinity;
  for (const box of [...boxes].sort((a, b) => a.y - b.y)) {
    covered += Math.max(0, box.y + box.height - Math.max(box.y, end));
    end = Math.max(end, box.y + box.height);
  }
  return covered;
}

function assertClean(boxes: Box[], width: number, height: number): void {
  boxes.forEach((box, index) => {
    expect(inside(box, width, height), `box ${index} inside`).to.be.true;
    for (let other = index + 1; other < boxes.length; other++) expect(overlap(box, boxes[other]), `${index}/${other} overlap`).to.be.false;
  });
}

describe('computeLayout', () => {
  it('grid: one tile fills the stage at 16:9, centred', () => {
    const { boxes, filmstrip } = computeLayout({ count: 1, arrangement: 'grid', focusIndex: -1, width: 1000, height: 1000, gap: 8 });
    expect(filmstrip).to.equal('none');
    expect(boxes[0]).to.deep.equal({ x: 0, y: 219, width: 1000, height: 562 });
  });

  it('grid: tiles are equal, inside the stage and never overlap, for 1 to 300 tiles', () => {
    for (const [width, height] of [[1280, 720], [720, 1280], [375, 667]] as const) {
      for (const count of [1, 2, 3, 5, 10, 17, 50, 100, 300]) {
        const { boxes } = computeLayout({ count, arrangement: 'grid', focusIndex: -1, width, height, gap: 8 });
        expect(boxes).to.have.length(count);
        expect(new Set(boxes.map((box) => `${box.width}x${box.height}`)).size, 'equal sizes').to.equal(1);
        assertClean(boxes, width, height);
      }
    }
  });

  it('grid: centres an incomplete last row', () => {
    const { boxes } = computeLayout({ count: 5, arrangement: 'grid', focusIndex: -1, width: 1200, height: 800, gap: 10 });
    const rows = new Map<number, Box[]>();
    for (const box of boxes) rows.set(box.y, [...(rows.get(box.y) ?? []), box]);
    const last = [...rows.values()].at(-1)!;
    const first = [...rows.values()][0];
    expect(last.length).to.be.below(first.length);
    const lastCentre = (last[0].x + last.at(-1)!.x + last.at(-1)!.width) / 2;
    expect(Math.abs(lastCentre - 600)).to.be.below(1);
  });

  it('speaker: the focus is large and the filmstrip sits beside it in a landscape stage', () => {
    const { boxes, filmstrip } = computeLayout({ count: 5, arrangement: 'speaker', focusIndex: 2, width: 1280, height: 720, gap: 8 });
    expect(filmstrip).to.equal('side');
    const focus = boxes[2];
    expect(focus.width * focus.height).to.be.greaterThan(4 * Math.max(...boxes.filter((_, i) => i !== 2).map((b) => b.width * b.height)));
    for (const [index, box] of boxes.entries()) if (index !== 2) expect(box.x).to.be.at.least(focus.x + focus.width);
    assertClean(boxes, 1280, 720);
  });

  it('speaker: the filmstrip goes below the focus in a portrait stage', () => {
    const { boxes, filmstrip } = computeLayout({ count: 4, arrangement: 'presentation', focusIndex: 0, width: 600, height: 900, gap: 8 });
    expect(filmstrip).to.equal('bottom');
    for (const box of boxes.slice(1)) expect(box.y).to.be.at.least(boxes[0].y + boxes[0].height);
    assertClean(boxes, 600, 900);
  });

  // 374 × 764: the stage of a 390 × 844 element (its margins and the control bar taken off).
  it('portrait speaker: the focus fills the width and the filmstrip sits right below it, no empty band', () => {
    const [width, height] = [374, 764];
    for (let count = 2; count <= 1 + filmstripCapacity(width, height); count++) {
      const { boxes } = computeLayout({ count, arrangement: 'speaker', focusIndex: 0, width, height, gap: 8 });
      const [focus, ...strip] = boxes;
      expect([focus.x, focus.width], `${count} tiles: focus as wide as the stage`).to.deep.equal([0, width]);
      expect(focus.height, 'at least 16:9 tall').to.be.at.least(Math.floor(width / (16 / 9)));
      const stripTop = Math.min(...strip.map((box) => box.y));
      expect(stripTop - (focus.y + focus.height), 'the filmstrip starts one gap below the focus').to.be.within(7, 9);
      expect(coveredHeight(boxes) / height, `${count} tiles: rows with a tile`).to.be.at.least(0.9);
      assertClean(boxes, width, height);
    }
  });

  it('portrait speaker: thumbnails stay readable up to the filmstrip capacity', () => {
    for (const [width, height] of [[374, 764], [374, 730], [600, 900], [768, 1024]] as const) {
      const capacity = filmstripCapacity(width, height);
      expect(capacity, `${width}×${height}`).to.be.at.least(2);
      const { boxes } = computeLayout({ count: capacity + 1, arrangement: 'speaker', focusIndex: 0, width, height, gap: 8 });
      for (const box of boxes) expect(readable(box), `${width}×${height}: ${box.width}×${box.height}`).to.be.true;
      const over = computeLayout({ count: capacity + 2, arrangement: 'speaker', focusIndex: 0, width, height, gap: 8 });
      expect(over.boxes.slice(1).some((box) => !readable(box)), 'one more would not be').to.be.true;
    }
  });

  it('landscape speaker: the filmstrip widens to readable columns instead of shrinking thumbnails', () => {
    // 1264 × 720: the stage of a 1280 × 800 element; 14 people used to get 122 × 68 thumbnails.
    const { boxes, filmstrip } = computeLayout({ count: 14, arrangement: 'speaker', focusIndex: 0, width: 1264, height: 720, gap: 8 });
    expect(filmstrip).to.equal('side');
    for (const box of boxes) expect(readable(box), `${box.width}×${box.height}`).to.be.true;
    const focus = boxes[0];
    expect(focus.width * focus.height).to.be.greaterThan(10 * boxes[1].width * boxes[1].height);
    assertClean(boxes, 1264, 720);
  });

  it('speaker with a single tile or no valid focus is a grid', () => {
    expect(computeLayout({ count: 1, arrangement: 'speaker', focusIndex: 0, width: 800, height: 600 }).filmstrip).to.equal('none');
    expect(computeLayout({ count: 3, arrangement: 'speaker', focusIndex: 7, width: 800, height: 600 }).filmstrip).to.equal('none');
  });

  it('handles degenerate stages without NaN', () => {
    expect(computeLayout({ count: 0, arrangement: 'grid', focusIndex: -1, width: 800, height: 600 }).boxes).to.deep.equal([]);
    const zero = computeLayout({ count: 3, arrangement: 'speaker', focusIndex: 0, width: 0, height: 0 });
    expect(zero.boxes).to.deep.equal([
      { x: 0, y: 0, width: 0, height: 0 },
      { x: 0, y: 0, width: 0, height: 0 },
      { x: 0, y: 0, width: 0, height: 0 },
    ]);
    const tiny = computeLayout({ count: 300, arrangement: 'speaker', focusIndex: 0, width: 50, height: 30 });
    for (const box of tiny.boxes) for (const value of Object.values(box)) expect(Number.isFinite(value)).to.be.true;
  });
});

describe('gridPageSize', () => {
  it('fits as many tiles as stay at least 160 × 90, at most 16 by default', () => {
    expect(gridPageSize(1280, 720)).to.equal(16);
    expect(gridPageSize(375, 667), 'two columns of six').to.equal(12);
    expect(gridPageSize(100, 100)).to.equal(1);
    expect(gridPageSize(0, 0)).to.equal(1);
  });

  it('a larger cap still never gives a tile below the readable size', () => {
    for (const [width, height] of [[1920, 1080], [1264, 720], [374, 764]] as const) {
      const count = gridPageSize(width, height, { cap: 500 });
      const { boxes } = computeLayout({ count, arrangement: 'grid', focusIndex: -1, width, height, gap: 8 });
      expect(readable(boxes[0]), `${width}×${height}, ${count} tiles`).to.be.true;
      const more = computeLayout({ count: count + 1, arrangement: 'grid', focusIndex: -1, width, height, gap: 8 });
      expect(readable(more.boxes[0]), 'one more would not be').to.be.false;
    }
    expect(gridPageSize(1920, 1080, { cap: 500 })).to.be.above(16);
  });
});
