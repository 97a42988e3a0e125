import { expect } from '@open-wc/testing';
import { fitGrid } from '../../src/layout/grid.js';

describe('fitGrid', () => {
  it('gives one tile the whole width of a wide container, at 16:9', () => {
    expect(fitGrid(1, 1600, 900, { gap: 0 })).to.deep.equal({ columns: 1, rows: 1, tileWidth: 1600, tileHeight: 900 });
  });

  it('is limited by height in a very wide container', () => {
    const fit = fitGrid(1, 2000, 450, { gap: 0 });
    expect(fit.tileHeight).to.equal(450);
    expect(fit.tileWidth).to.equal(800);
  });

  it('puts four tiles in a 2×2 grid in a landscape container', () => {
    const fit = fitGrid(4, 1280, 720, { gap: 8 });
    expect([fit.columns, fit.rows]).to.deep.equal([2, 2]);
    expect(fit.tileWidth).to.equal(Math.floor((720 - 8) / 2 * 16 / 9));
  });

  it('stacks tiles in one column in a tall portrait container', () => {
    const fit = fitGrid(3, 400, 1200, { gap: 8 });
    expect([fit.columns, fit.rows]).to.deep.equal([1, 3]);
    expect(fit.tileWidth).to.equal(400);
  });

  it('keeps every tile inside the container for any count', () => {
    for (const [width, height] of [[1280, 720], [375, 667], [800, 500]]) {
      for (let count = 1; count <= 50; count++) {
        const fit = fitGrid(count, width, height, { gap: 8 });
        expect(fit.columns * fit.rows).to.be.at.least(count);
        expect(fit.columns * fit.tileWidth + (fit.columns - 1) * 8).to.be.at.most(width);
        expect(fit.rows * fit.tileHeight + (fit.rows - 1) * 8).to.be.at.most(height);
      }
    }
  });

  it('chooses the largest tile of all column counts', () => {
    const fit = fitGrid(6, 1200, 600, { gap: 0 });
    for (let columns = 1; columns <= 6; columns++) {
      const rows = Math.ceil(6 / columns);
      const width = Math.min(1200 / columns, (600 / rows) * (16 / 9));
      expect(fit.tileWidth).to.be.at.least(Math.floor(width));
    }
  });

  it('returns zero-sized tiles, never NaN, for degenerate sizes', () => {
    expect(fitGrid(0, 800, 600)).to.deep.equal({ columns: 1, rows: 0, tileWidth: 0, tileHeight: 0 });
    expect(fitGrid(3, 0, 0)).to.deep.equal({ columns: 1, rows: 3, tileWidth: 0, tileHeight: 0 });
    expect(fitGrid(300, 10, 10).tileWidth).to.be.a('number').and.not.NaN;
  });
});
