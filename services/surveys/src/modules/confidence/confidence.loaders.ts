import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { surveySettings } from '../../settings.ts';
import { placeKey, withheld } from '../scoring/index.ts';
import { beside } from '../scores/confidence-cells.ts';
import { countFine, type FineCounts } from '../scores/score-counts.ts';
import { scoreCell } from '../scores/score-figures.ts';
import { buildLattices, type LatticeCell } from '../scores/score-lattice.ts';
import {
  confidenceHeadlines,
  type AreaHeadline,
  type HeadlineArea,
} from '../scores/confidence-headline.ts';
import type { AreaLevel } from '../scores/score-counts.ts';
import { publishConfidence, type Confidence } from './confidence.type.ts';

/** The key of an area's headline in the loader: `FORCE:` or `NEIGHBOURHOOD:<id>`. */
export const headlineKey = (level: AreaLevel, areaId: string | null) => `${level}:${areaId ?? ''}`;

export function createConfidenceLoaders(em: EntityManager) {
  return {
    /**
     * Each area's headline (scores/confidence-headline.ts), for every area asked in a request
     * counted together: keys from `headlineKey`.
     */
    confidenceHeadline: new DataLoader<string, AreaHeadline | null>(async (keys) => {
      const areas = keys.map((key): HeadlineArea => {
        const [level, areaId] = key.split(':') as [AreaLevel, string];
        return { level, areaId: areaId === '' ? null : areaId };
      });
      return confidenceHeadlines(em, areas, surveySettings().SUPPRESSION_THRESHOLD);
    }),
    /**
     * Each team's confidence in the latest CLOSED round it has answers in, for every team asked,
     * with one query. The figures come the one way every published figure does (scores/ and
     * scoring/): the round's whole lattice counted, suppression decided over it, so the score
     * here is hidden exactly when the same cell is hidden on the results pages and in the CSV.
     * The headline is from verified (invitation) answers; the open-link ones are beside it. Each
     * count goes out only with its score (publishConfidence takes headlines, not counts).
     */
    latestConfidenceByNeighbourhood: new DataLoader<string, Confidence | null>(async (ids) => {
      const threshold = surveySettings().SUPPRESSION_THRESHOLD;
      const rows = await countFine(em, { latestClosedFor: ids }, 'NONE');
      const lattices = buildLattices(rows, threshold);
      const order = [...new Map(rows.map((row) => [row.roundId, row])).values()].sort((a, b) =>
        `${a.round.closesOn}|${a.round.label}`.localeCompare(
          `${b.round.closesOn}|${b.round.label}`,
        ),
      );
      return ids.map((id) => {
        const latest = order.findLast(
          (row) => row.round.status === 'CLOSED' && answeredIn(rows, row.roundId, id),
        );
        if (!latest) return null;
        const before = order[order.indexOf(latest) - 1];
        const lattice = lattices.get(latest.roundId)!;
        const place = { level: 'NEIGHBOURHOOD', areaId: id, group: null } as const;
        const verified = lattice.get(placeKey({ ...place, sample: 'VERIFIED' }));
        const open = lattice.get(placeKey({ ...place, sample: 'OPEN_LINK' }));
        const headline = (cell: LatticeCell | undefined) =>
          cell ? scoreCell(cell.counts, cell.hidden, threshold).headline : withheld(threshold);
        const openLink = verified
          ? beside(verified, lattice, before ? lattices.get(before.roundId) : undefined, threshold)
          : null;
        return publishConfidence(
          latest.round.label,
          headline(verified),
          headline(open),
          openLink?.anomaly ?? false,
        );
      });
    }),
  };
}

const answeredIn = (rows: readonly FineCounts[], roundId: string, teamId: string) =>
  rows.some((row) => row.roundId === roundId && row.neighbourhoodId === teamId);
