// Layout timing in Node: the pure layout functions from src/layout/, bundled with esbuild (a
// transitive dependency) and imported from memory, timed call by call.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export const TILE_COUNTS = [10, 50, 100, 300];
const STAGE = { width: 1264, height: 640 }; // the stage of a 1280×720 element (gap and control bar taken off)
const GAP = 8;

/** Bundles the layout modules for Node and imports the bundle without writing a file. */
export async function loadLayoutModules() {
  const result = await build({
    stdin: {
      contents: [
        "export { computeLayout } from './src/layout/layout.ts';",
        "export { planStage } from './src/layout/stage-plan.ts';",
        "export { PageOrder } from './src/layout/page-order.ts';",
      ].join('\n'),
      resolveDir: REPO_ROOT,
      loader: 'ts',
      sourcefile: 'layout-bench-entry.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Median and 95th percentile, in microseconds, of `runs` timed calls after `warmup` untimed ones. */
function time(fn, { runs, warmup }) {
  for (let index = 0; index < warmup; index += 1) fn(index);
  const samples = new Float64Array(runs);
  for (let index = 0; index < runs; index += 1) {
    const start = process.hrtime.bigint();
    fn(index);
    samples[index] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  return { medianUs: samples[Math.floor(runs / 2)], p95Us: samples[Math.floor(runs * 0.95)] };
}

function stageTiles(count) {
  return Array.from({ length: count }, (_, index) => ({
    key: `camera:${index}`,
    participantId: `p${index}`,
    kind: 'camera',
    isLocal: index === 0,
    speaking: false,
    lastSpokeAt: index * 10,
  }));
}

/**
 * Rows of `{ fn, tiles, medianUs, p95Us }`. planStage runs as the element runs it: one PageOrder
 * kept across calls, the default page size (as many tiles as stay at least 160 × 90, at most 16) or
 * `max-tiles` set to the tile count (as many as stay readable, with no cap of 16).
 */
export async function measureLayout({ runs = 2000, warmup = 500 } = {}) {
  const { computeLayout, planStage, PageOrder } = await loadLayoutModules();
  const rows = [];
  // Alternating sizes keep each call honest (no result can be reused between calls).
  const width = (index) => STAGE.width - (index & 1);

  for (const count of TILE_COUNTS) {
    const grid = time((index) => computeLayout({ count, arrangement: 'grid', focusIndex: -1, width: width(index), height: STAGE.height, gap: GAP }), { runs, warmup });
    rows.push({ fn: 'computeLayout (grid)', tiles: count, ...grid });
    const speaker = time((index) => computeLayout({ count, arrangement: 'speaker', focusIndex: 0, width: width(index), height: STAGE.height, gap: GAP }), { runs, warmup });
    rows.push({ fn: 'computeLayout (speaker)', tiles: count, ...speaker });
  }
  for (const [label, layout, maxTiles] of [
    ['planStage (auto, default paging)', 'auto', undefined],
    ['planStage (speaker, default paging)', 'speaker', undefined],
    ['planStage (grid, max-tiles = tile count)', 'grid', Infinity],
  ]) {
    for (const count of TILE_COUNTS) {
      const tiles = stageTiles(count);
      const order = new PageOrder();
      const result = time(
        (index) =>
          planStage(
            {
              tiles,
              layout,
              pinnedParticipantId: undefined,
              activeSpeakerId: `p${1 + (index % Math.min(3, count - 1))}`,
              width: width(index),
              height: STAGE.height,
              maxTiles: maxTiles === Infinity ? count : maxTiles,
              page: 0,
              gap: GAP,
              now: index * 16,
            },
            order,
          ),
        { runs, warmup },
      );
      rows.push({ fn: label, tiles: count, ...result });
    }
  }
  return rows;
}
