import type { EntityManager } from '@mikro-orm/postgresql';
import {
  openLinkAnomaly,
  placeKey,
  roundCovers,
  shownOrNull,
  type Sample,
} from '../scoring/index.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { countFine, type AreaLevel, type Breakdown } from './score-counts.ts';
import { buildLattices, type LatticeCell, type RoundLattice } from './score-lattice.ts';
import {
  SUPPRESSED,
  scoreCell,
  scoreChange,
  type Change,
  type Figure,
  type ScoredCell,
} from './score-figures.ts';

export interface CellRequest {
  level: AreaLevel;
  groupBy: Breakdown;
  /** Null: every round that has opened. */
  roundIds: readonly string[] | null;
  /** Null: every area of the level. */
  areaIds: readonly string[] | null;
  sample: Sample;
}

/** The open-link answers beside a verified figure (cells for everyone only). */
export interface OpenLinkBeside {
  /** How many open-link answers: null where their own score is suppressed (Headline). */
  responses: number | null;
  confidence: Figure;
  anomaly: boolean;
}

export interface CellResult extends ScoredCell {
  round: SurveyRound;
  areaId: string | null;
  group: string | null;
  change: Change | null;
  openLink: OpenLinkBeside | null;
}

/**
 * Every cell asked for, scored, with its change since the previous round (the latest round before
 * it in time that has opened and asked the same residents: force-wide for the force, force-wide or
 * the NPA's own for an NPA or a team; for the same area and group; null when that cell had no
 * answers). The
 * previous rounds are counted too, even when not asked for. Oldest round first. A voided round is
 * in none of it, not even as "the round before"; nor is one that closed without opening.
 */
export async function confidenceCells(
  em: EntityManager,
  request: CellRequest,
  threshold: number,
): Promise<CellResult[]> {
  const rounds = await em.find(
    SurveyRound,
    { status: { $ne: 'SCHEDULED' }, openedAt: { $ne: null }, voidedAt: null },
    { orderBy: { closesOn: 'asc', label: 'asc' } },
  );
  const wanted = request.roundIds ? new Set(request.roundIds) : null;
  // "The round before" compares like with like: for a cell, the latest earlier round that asked
  // the same residents (force-wide for the force; force-wide or its NPA's for an NPA or a team).
  const index = new Map(rounds.map((round, i) => [round.id, i]));
  const previousFor = (round: SurveyRound, npa: string | null): SurveyRound | undefined =>
    rounds.slice(0, index.get(round.id)).findLast((r) => roundCovers(r.policingAreaIds, npa));
  const npas = [null, ...new Set(rounds.flatMap((round) => round.policingAreaIds))];
  const asked = rounds.filter((round) => !wanted || wanted.has(round.id));
  const counted = new Set(asked.map((round) => round.id));
  for (const round of asked) {
    for (const npa of npas) {
      const before = previousFor(round, npa);
      if (before) counted.add(before.id);
    }
  }
  // The whole force is counted whatever areas were asked for: suppression is decided over the
  // round's whole lattice, so a cell is hidden or shown the same way in every result.
  const fine = await countFine(em, { roundIds: [...counted] }, request.groupBy);
  const lattices = buildLattices(fine, threshold);
  const areas = request.areaIds ? new Set(request.areaIds) : null;
  const results: CellResult[] = [];
  for (const round of asked) {
    const lattice = lattices.get(round.id) ?? new Map<string, LatticeCell>();
    const cells = [...lattice.values()]
      .filter(({ place }) => place.sample === request.sample && place.level === request.level)
      .filter(({ place }) => (request.groupBy === 'NONE') === (place.group === null))
      .filter(({ place }) => !areas || request.level === 'FORCE' || areas.has(place.areaId!))
      .sort((a, b) =>
        `${a.place.areaId}|${a.place.group}`.localeCompare(`${b.place.areaId}|${b.place.group}`),
      );
    for (const cell of cells) {
      const scored = scoreCell(cell.counts, cell.hidden, threshold);
      const npa =
        cell.place.level === 'FORCE'
          ? null
          : cell.place.level === 'POLICING_AREA'
            ? cell.place.areaId
            : cell.place.parentId;
      const before = previousFor(round, npa);
      const earlierLattice = before ? lattices.get(before.id) : undefined;
      const earlier = earlierLattice?.get(placeKey(cell.place));
      results.push({
        ...scored,
        round,
        areaId: cell.place.areaId,
        group: cell.place.group,
        change: earlier
          ? scoreChange(scoreCell(earlier.counts, earlier.hidden, threshold), scored)
          : null,
        openLink: beside(cell, lattice, earlierLattice, threshold),
      });
    }
  }
  return results;
}

/**
 * Beside a verified figure for everyone in an area: how many open-link answers came in and their
 * score, both where the lattice shows that score and neither where it does not (Headline), and
 * whether their volume is out of line (only ever true from 10 answers up). Not beside a group's
 * figure at all.
 */
export function beside(
  cell: LatticeCell,
  lattice: RoundLattice,
  earlierLattice: RoundLattice | undefined,
  threshold: number,
): OpenLinkBeside | null {
  if (cell.place.sample !== 'VERIFIED' || cell.place.group !== null) return null;
  const key = placeKey({ ...cell.place, sample: 'OPEN_LINK' });
  const open = lattice.get(key);
  const openBefore = earlierLattice ? (earlierLattice.get(key)?.counts.responses ?? 0) : null;
  const scored = open ? scoreCell(open.counts, open.hidden, threshold) : null;
  return {
    responses: scored ? (shownOrNull(scored.headline)?.responses ?? null) : null,
    confidence: scored?.confidence ?? SUPPRESSED,
    anomaly: openLinkAnomaly({
      openLink: open?.counts.responses ?? 0,
      verified: cell.counts.responses,
      openLinkBefore: openBefore,
    }),
  };
}
