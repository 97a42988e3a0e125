/** What decides whether a tile belongs on the first page, and where. */
export interface PageCandidate {
  key: string;
  /** Pinned, a screen share, the active speaker or the user's own camera: always on the first page. */
  required: number;
  /** When they last spoke (any monotonic clock), 0 if never. */
  lastSpokeAt: number;
  /** Position in join order. */
  joinIndex: number;
}

/**
 * The display order of all tiles, page by page, with stable positions: the first page keeps its
 * slots across updates; a tile that must be seen (pinned, screen share, active speaker) takes the
 * slot of the least recently active tile, and nobody else moves. Later pages follow join order.
 */
export class PageOrder {
  private firstPage: string[] = [];

  /** Returns every key in display order; page `p` is `slice(p * size, (p + 1) * size)`. */
  order(candidates: readonly PageCandidate[], pageSize: number): string[] {
    const size = Math.max(1, Math.floor(pageSize));
    const byKey = new Map(candidates.map((candidate) => [candidate.key, candidate]));
    let slots = this.firstPage.filter((key) => byKey.has(key));
    if (slots.length > size) {
      // The page shrank: drop the least important, keep everyone else where they are.
      const keep = new Set([...slots].sort((a, b) => compareImportance(byKey.get(a)!, byKey.get(b)!)).slice(0, size));
      slots = slots.filter((key) => keep.has(key));
    }
    const onFirstPage = new Set(slots);

    // Required tiles in priority order (lower `required` first).
    const required = candidates.filter((candidate) => candidate.required > 0).sort((a, b) => a.required - b.required || a.joinIndex - b.joinIndex);
    for (const candidate of required.slice(0, size)) {
      if (onFirstPage.has(candidate.key)) continue;
      if (slots.length < size) {
        slots.push(candidate.key);
      } else {
        const victim = leastRecentlyActive(slots, byKey, required.slice(0, size));
        if (victim < 0) continue;
        onFirstPage.delete(slots[victim]);
        slots[victim] = candidate.key;
      }
      onFirstPage.add(candidate.key);
    }

    // Free slots go to recent speakers first, then to whoever joined first.
    if (slots.length < size) {
      const fill = candidates.filter((candidate) => !onFirstPage.has(candidate.key)).sort(compareImportance);
      for (const candidate of fill.slice(0, size - slots.length)) {
        slots.push(candidate.key);
        onFirstPage.add(candidate.key);
      }
    }
    this.firstPage = slots;

    const rest = candidates.filter((candidate) => !onFirstPage.has(candidate.key)).sort((a, b) => a.joinIndex - b.joinIndex);
    return [...slots, ...rest.map((candidate) => candidate.key)];
  }
}

/** Recent speakers before silent ones, then join order. */
function compareImportance(a: PageCandidate, b: PageCandidate): number {
  return (b.required > 0 ? 1 : 0) - (a.required > 0 ? 1 : 0) || b.lastSpokeAt - a.lastSpokeAt || a.joinIndex - b.joinIndex;
}

/** The slot whose tile spoke longest ago (ties: joined last), among tiles that are not required. */
function leastRecentlyActive(slots: string[], byKey: Map<string, PageCandidate>, required: readonly PageCandidate[]): number {
  const mustStay = new Set(required.map((candidate) => candidate.key));
  let victim = -1;
  for (let index = 0; index < slots.length; index++) {
    const candidate = byKey.get(slots[index])!;
    if (mustStay.has(candidate.key)) continue;
    const best = victim < 0 ? undefined : byKey.get(slots[victim])!;
    if (!best || candidate.lastSpokeAt < best.lastSpokeAt || (candidate.lastSpokeAt === best.lastSpokeAt && candidate.joinIndex > best.joinIndex)) {
      victim = index;
    }
  }
  return victim;
}
