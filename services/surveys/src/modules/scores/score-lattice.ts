import {
  latticeSuppression,
  placeKey,
  type Level,
  type Place,
  type Sample,
} from '../scoring/index.ts';
import { STANDARD_CODES, type StandardCode } from '../questions/standard-questions.ts';
import { addCounts, noCounts, type Counts, type FineCounts } from './score-counts.ts';

/** What suppression is decided for: the overall score, and each standard question. */
export const MEASURES = ['CONFIDENCE', ...STANDARD_CODES] as const;
export type Measure = (typeof MEASURES)[number];

export interface LatticeCell {
  place: Place;
  counts: Counts;
  /** The measures hidden in this cell, primary or complementary. */
  hidden: ReadonlySet<Measure>;
}

/** One round's published cells, by `placeKey`. */
export type RoundLattice = Map<string, LatticeCell>;

/**
 * Every cell of every round counted, summed up from the finest rows to each sample, level and
 * group, with what each cell may show decided by the scoring module's one rule (published-tables).
 */
export function buildLattices(
  rows: readonly FineCounts[],
  threshold: number,
): Map<string, RoundLattice> {
  const byRound = new Map<string, Map<string, { place: Place; counts: Counts }>>();
  for (const row of rows) {
    const cells = byRound.get(row.roundId) ?? new Map<string, { place: Place; counts: Counts }>();
    byRound.set(row.roundId, cells);
    for (const place of placesOf(row)) {
      const key = placeKey(place);
      const cell = cells.get(key) ?? { place, counts: noCounts() };
      cells.set(key, cell);
      addCounts(cell.counts, row.counts);
    }
  }
  const lattices = new Map<string, RoundLattice>();
  for (const [roundId, cells] of byRound) {
    const places = [...cells.values()].map((cell) => cell.place);
    const count = (place: Place, measure: Measure) => {
      const { counts } = cells.get(placeKey(place))!;
      if (measure === 'CONFIDENCE') return counts.respondents.n;
      return counts.questions.get(measure as StandardCode)?.base ?? 0;
    };
    const hidden = latticeSuppression(places, MEASURES, count, threshold);
    const lattice: RoundLattice = new Map();
    for (const [key, cell] of cells) {
      const measures = new Set(MEASURES.filter((m) => hidden.get(m)!.has(key)));
      lattice.set(key, { ...cell, hidden: measures });
    }
    lattices.set(roundId, lattice);
  }
  return lattices;
}

/** The cells one fine row counts in: its sample and all answers, at each level, with and without its group. */
function placesOf(row: FineCounts): Place[] {
  const samples: Sample[] = [row.verified ? 'VERIFIED' : 'OPEN_LINK', 'ALL'];
  const levels: [Level, string | null, string | null][] = [['FORCE', null, null]];
  if (row.policingAreaId) levels.push(['POLICING_AREA', row.policingAreaId, null]);
  if (row.neighbourhoodId) {
    levels.push(['NEIGHBOURHOOD', row.neighbourhoodId, row.policingAreaId]);
  }
  const groups = row.group === null ? [null] : [null, row.group];
  return samples.flatMap((sample) =>
    levels.flatMap(([level, areaId, parentId]) =>
      groups.map((group) => ({ sample, level, areaId, parentId, group })),
    ),
  );
}
