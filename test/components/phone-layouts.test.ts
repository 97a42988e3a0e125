// Real geometry of the stage at a phone (390 × 844) and a desktop (1280 × 800) size: what the user
// sees is read back with getBoundingClientRect from the shadow DOM.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { VideoRoomElement } from '../../src/define.js';
import { cleanup, control, joined, mountRoom, newSimulator, shadow, tiles, waitFor } from '../support/room-fixture.js';

const MIN_WIDTH = 160;
const MIN_HEIGHT = 90;

const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const visibleTiles = (element: Element) => tiles(element).filter((tile) => !tile.hidden);
const stageRect = (element: Element) => shadow(element).querySelector('.stage')!.getBoundingClientRect();
const pagerText = (element: Element) => shadow(element).querySelector('.pager span')?.textContent.trim() ?? '';

/** Rounded tile boxes relative to the stage, in display order of the DOM. */
function tileBoxes(element: Element): DOMRect[] {
  const stage = stageRect(element);
  return visibleTiles(element).map((tile) => {
    const rect = tile.getBoundingClientRect();
    return new DOMRect(rect.x - stage.x, rect.y - stage.y, rect.width, rect.height);
  });
}

const signature = (element: Element) =>
  `${pagerText(element)}|${JSON.stringify(stageRect(element))}|${tileBoxes(element).map((box) => `${box.x},${box.y},${box.width},${box.height}`).join(';')}`;

/** Waits until tiles and stage have stopped moving (two reads 100 ms apart agree). */
async function settled(element: VideoRoomElement): Promise<void> {
  let previous = '';
  await waitFor(() => {
    const current = signature(element);
    const same = current === previous && visibleTiles(element).every((tile) => tile.getBoundingClientRect().width > 0);
    previous = current;
    return same;
  }, 'geometry settles');
}

async function room(size: (typeof sizes)[number], people: number, layout: 'auto' | 'speaker'): Promise<VideoRoomElement> {
  const sim = newSimulator();
  for (let index = 1; index < people; index++) sim.addParticipant({ name: `Participant ${index}` });
  const element = mountRoom({ sim, endpoint: '/test-token', attributes: { 'display-name': 'Ada Lovelace', layout } });
  element.style.width = `${size.width}px`;
  element.style.height = `${size.height}px`;
  await joined(element);
  await waitFor(() => tiles(element).length === people, 'every tile');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await settled(element);
  return element;
}

/** Every tile shown is at least the readable minimum and inside the stage. */
function expectReadableTiles(element: VideoRoomElement, context: string): void {
  const stage = stageRect(element);
  for (const tile of visibleTiles(element)) {
    const rect = tile.getBoundingClientRect();
    const box = new DOMRect(rect.x - stage.x, rect.y - stage.y, rect.width, rect.height);
    const where = `${context}: ${box.width}×${box.height} at ${box.x},${box.y}`;
    expect(box.width >= MIN_WIDTH - 0.5 && box.height >= MIN_HEIGHT - 0.5, `${where} is readable`).to.equal(true);
    expect(box.x >= -0.5 && box.y >= -0.5 && box.right <= stage.width + 0.5 && box.bottom <= stage.height + 0.5, `${where} inside the stage`).to.equal(true);
    // The name stays on the tile, at a legible size, with room for more than a couple of letters.
    const name = tile.shadowRoot!.querySelector<HTMLElement>('[part="tile-name"]')!;
    const label = name.getBoundingClientRect();
    const inside = label.left >= rect.left && label.right <= rect.right && label.top >= rect.top && label.bottom <= rect.bottom;
    expect(inside && label.width >= 60, `${where}: name label ${label.width}×${label.height} on the tile`).to.equal(true);
    expect(parseFloat(getComputedStyle(name).fontSize), `${where}: name text size`).to.be.at.least(11);
  }
}

/** How much of the stage height has at least one tile in it. */
function coveredHeight(boxes: DOMRect[]): number {
  let covered = 0;
  let end = -Infinity;
  for (const box of [...boxes].sort((a, b) => a.y - b.y)) {
    covered += Math.max(0, box.bottom - Math.max(box.y, end));
    end = Math.max(end, box.bottom);
  }
  return covered;
}

function expectControlsFit(element: VideoRoomElement, context: string): void {
  const host = element.getBoundingClientRect();
  const bar = shadow(element).querySelector<HTMLElement>('[part~="controls"]')!;
  const buttons = [...bar.querySelectorAll<HTMLElement>('button')].filter((button) => button.getClientRects().length > 0);
  expect(buttons.length, `${context}: buttons in the bar`).to.be.at.least(4);
  for (const button of buttons) {
    const rect = button.getBoundingClientRect();
    const name = button.getAttribute('part') ?? '';
    expect(rect.left >= host.left - 0.5 && rect.right <= host.right + 0.5, `${context}: ${name} within the element (${rect.left}–${rect.right})`).to.equal(true);
  }
  expect(bar.scrollWidth <= bar.clientWidth, `${context}: the bar does not scroll sideways`).to.equal(true);
  const base = shadow(element).querySelector<HTMLElement>('[part~="base"]')!;
  expect(base.scrollWidth <= element.clientWidth, `${context}: nothing overflows the element sideways`).to.equal(true);
}

/** The page count the pager shows; 1 when there is no pager. */
function pageCount(element: VideoRoomElement): number {
  const match = /(\d+)\D*$/.exec(pagerText(element));
  return match ? Number(match[1]) : 1;
}

describe('<video-room> at phone and desktop sizes', function () {
  this.timeout(60_000);
  // Tiles glide to new boxes; without the motion their final geometry can be read at once.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(cleanup);

  for (const size of sizes) {
    for (const layout of ['auto', 'speaker'] as const) {
      for (const people of [3, 6, 14, 24]) {
        it(`${size.name} ${size.width}×${size.height}, ${layout}, ${people} people: readable tiles on every page, controls fit`, async () => {
          const element = await room(size, people, layout);
          const context = `${size.name} ${layout} ${people}`;
          const pages = pageCount(element);
          let shown = 0;
          for (let page = 1; page <= pages; page++) {
            if (page > 1) {
              control(element, 'next-page').click();
              await waitFor(() => pagerText(element).startsWith(`Page ${page} `), `page ${page}`);
              await settled(element);
            }
            expectReadableTiles(element, `${context}, page ${page}`);
            // The focus tile of a speaker layout is on every page.
            shown += visibleTiles(element).length - (layout === 'speaker' && page > 1 ? 1 : 0);
          }
          expect(shown, `${context}: everyone is on a page`).to.equal(people);
          expectControlsFit(element, context);
        });
      }
    }
  }

  it('desktop: 14 people fit one page in both layouts, 24 need a second', async () => {
    for (const layout of ['auto', 'speaker'] as const) {
      for (const [people, pages] of [[14, 1], [24, 2]] as const) {
        const element = await room(sizes[1], people, layout);
        expect(pageCount(element), `${layout}, ${people} people`).to.equal(pages);
        await cleanup();
      }
    }
  });

  for (const people of [3, 6, 14]) {
    it(`phone speaker, ${people} people: the focus fills the stage width and the filmstrip sits below it`, async () => {
      const element = await room(sizes[0], people, 'speaker');
      const stage = stageRect(element);
      const boxes = tileBoxes(element);
      const focus = boxes.reduce((best, box) => (box.width * box.height > best.width * best.height ? box : best));
      expect(Math.abs(focus.width - stage.width), `focus ${focus.width} px wide in a ${stage.width} px stage`).to.be.below(1);
      const strip = boxes.filter((box) => box !== focus);
      expect(strip.every((box) => box.y >= focus.bottom - 0.5), 'every thumbnail below the focus').to.equal(true);
      const band = Math.min(...strip.map((box) => box.y)) - focus.bottom;
      expect(band, 'the filmstrip starts right under the focus, one tile gap away').to.be.at.most(12);
      // Before: a 16:9 focus centred in the upper half left a band of about 110 px on each side of it.
      const covered = coveredHeight(boxes) / stage.height;
      expect(covered, `tiles cover ${(covered * 100).toFixed(0)} % of the stage height`).to.be.at.least(0.85);
    });
  }
});
