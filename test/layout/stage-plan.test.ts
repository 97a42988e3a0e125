import { expect } from '@open-wc/testing';
import { MIN_READABLE_TILE, type Box } from '../../src/layout/layout.js';
import { PageOrder } from '../../src/layout/page-order.js';
import { planStage, type LayoutMode, type StageInput, type StageTile } from '../../src/layout/stage-plan.js';

/** The local user first, then everyone else, in join order. */
const people = (count: number): StageTile[] =>
  Array.from({ length: count }, (_, index) => ({
    key: `camera:p${index}`,
    participantId: `p${index}`,
    kind: 'camera',
    isLocal: index === 0,
    speaking: false,
    lastSpokeAt: 0,
  }));

function input(tiles: StageTile[], layout: LayoutMode, width: number, height: number, extra: Partial<StageInput> = {}): StageInput {
  return { tiles, layout, pinnedParticipantId: undefined, activeSpeakerId: undefined, width, height, maxTiles: undefined, page: 0, gap: 8, now: 0, ...extra };
}

const readable = (box: Box) => box.width >= MIN_READABLE_TILE.width && box.height >= MIN_READABLE_TILE.height;

/** Every page of one plan: the keys on each and their boxes. */
function allPages(base: StageInput) {
  const order = new PageOrder();
  const first = planStage(base, order);
  return Array.from({ length: first.pageCount }, (_, page) => planStage({ ...base, page }, order));
}

// The stages of a 1280 × 800 and a 390 × 844 element, without and with the pager under them.
const stages = [
  { name: '1280×800', width: 1264, height: 720 },
  { name: '1280×800 with the pager', width: 1264, height: 686 },
  { name: '390×844', width: 374, height: 764 },
  { name: '390×844 with the pager', width: 374, height: 730 },
];

describe('planStage: pages by readable tile size', () => {
  for (const stage of stages) {
    for (const layout of ['auto', 'speaker'] as const) {
      it(`${stage.name}, ${layout}: every tile on every page is at least 160 × 90, everyone is on one page`, () => {
        for (const count of [3, 6, 14, 24]) {
          const pages = allPages(input(people(count), layout, stage.width, stage.height));
          const seen = new Map<string, number>();
          for (const plan of pages) {
            for (const [key, box] of plan.boxes) {
              expect(readable(box), `${count} people, page ${plan.page + 1}: ${key} ${box.width}×${box.height}`).to.be.true;
              if (key !== plan.focusKey) seen.set(key, (seen.get(key) ?? 0) + 1);
            }
          }
          const focus = pages[0].focusKey;
          const others = people(count).filter((tile) => tile.key !== focus);
          expect(others.every((tile) => seen.get(tile.key) === 1), `${count} people: each on exactly one page`).to.be.true;
        }
      });
    }
  }

  it('1280×800: 14 people fit one page in both layouts; 24 need two', () => {
    for (const layout of ['auto', 'speaker'] as const) {
      expect(planStage(input(people(14), layout, 1264, 720), new PageOrder()).pageCount, layout).to.equal(1);
      expect(planStage(input(people(24), layout, 1264, 686), new PageOrder()).pageCount, layout).to.equal(2);
    }
  });

  it('390×844: a grid page holds 14 tiles, a speaker page the focus and 10 thumbnails', () => {
    const grid = planStage(input(people(24), 'auto', 374, 730), new PageOrder());
    expect([grid.boxes.size, grid.pageCount]).to.deep.equal([14, 2]);
    const speaker = planStage(input(people(14), 'speaker', 374, 730), new PageOrder());
    expect([speaker.arrangement, speaker.boxes.size, speaker.pageCount]).to.deep.equal(['speaker', 11, 2]);
  });

  it('max-tiles lowers the count per page, and a larger one never makes tiles smaller', () => {
    const four = planStage(input(people(9), 'auto', 1264, 720, { maxTiles: 4 }), new PageOrder());
    expect([four.boxes.size, four.pageCount]).to.deep.equal([4, 3]);
    const speaker = planStage(input(people(9), 'speaker', 1264, 720, { maxTiles: 4 }), new PageOrder());
    expect([speaker.boxes.size, speaker.pageCount], 'the focus and three thumbnails').to.deep.equal([4, 3]);
    const many = planStage(input(people(40), 'auto', 374, 764, { maxTiles: 40 }), new PageOrder());
    expect(many.boxes.size).to.equal(14);
    for (const box of many.boxes.values()) expect(readable(box)).to.be.true;
    const desktop = planStage(input(people(40), 'auto', 1264, 720, { maxTiles: 40 }), new PageOrder());
    expect(desktop.boxes.size, 'above the default of 16 when they stay readable').to.be.above(16);
    for (const box of desktop.boxes.values()) expect(readable(box)).to.be.true;
  });
});
