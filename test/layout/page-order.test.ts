import { expect } from '@open-wc/testing';
import { PageOrder, type PageCandidate } from '../../src/layout/page-order.js';

const people = (count: number): PageCandidate[] =>
  Array.from({ length: count }, (_, index) => ({ key: `p${index}`, required: 0, lastSpokeAt: 0, joinIndex: index }));

describe('PageOrder', () => {
  it('fills the first page in join order, later pages follow', () => {
    const order = new PageOrder();
    expect(order.order(people(7), 3)).to.deep.equal(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('puts required tiles (pinned, screen, active speaker) on the first page by rank', () => {
    const order = new PageOrder();
    const candidates = people(8);
    candidates[6] = { ...candidates[6], required: 2 };
    candidates[7] = { ...candidates[7], required: 1 };
    const keys = order.order(candidates, 4);
    expect(keys.slice(0, 4)).to.include.members(['p6', 'p7']);
  });

  it('swaps a new speaker from another page into the least recently active slot; nobody else moves', () => {
    const order = new PageOrder();
    const candidates = people(10).map((candidate) => ({ ...candidate, lastSpokeAt: 100 - candidate.joinIndex }));
    const before = order.order(candidates, 4);
    expect(before.slice(0, 4)).to.deep.equal(['p0', 'p1', 'p2', 'p3']);
    // p8 becomes the active speaker; p3 spoke least recently among the visible.
    candidates[8] = { ...candidates[8], required: 3, lastSpokeAt: 1000 };
    const after = order.order(candidates, 4);
    expect(after.slice(0, 4)).to.deep.equal(['p0', 'p1', 'p2', 'p8']);
    expect(after.slice(4)).to.deep.equal(['p3', 'p4', 'p5', 'p6', 'p7', 'p9']);
  });

  it('keeps positions stable when priorities shift among visible tiles', () => {
    const order = new PageOrder();
    const candidates = people(6);
    order.order(candidates, 4);
    candidates[2] = { ...candidates[2], lastSpokeAt: 500 };
    candidates[0] = { ...candidates[0], lastSpokeAt: 900 };
    expect(order.order(candidates, 4).slice(0, 4)).to.deep.equal(['p0', 'p1', 'p2', 'p3']);
  });

  it('fills a slot left by someone who left with the most recent speaker from later pages', () => {
    const order = new PageOrder();
    let candidates = people(8);
    order.order(candidates, 4);
    candidates[6] = { ...candidates[6], lastSpokeAt: 50 };
    candidates = candidates.filter((candidate) => candidate.key !== 'p1');
    expect(order.order(candidates, 4).slice(0, 4)).to.deep.equal(['p0', 'p2', 'p3', 'p6']);
  });

  it('never drops a required tile for a less important one when the page shrinks', () => {
    const order = new PageOrder();
    const candidates = people(6);
    candidates[5] = { ...candidates[5], required: 1 };
    order.order(candidates, 6);
    expect(order.order(candidates, 2).slice(0, 2)).to.include('p5');
  });
});
