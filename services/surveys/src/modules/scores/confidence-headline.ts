import type { EntityManager } from '@mikro-orm/postgresql';
import { chooseHeadline, placeKey, roundCovers, withheld } from '../scoring/index.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { countFine, type AreaLevel } from './score-counts.ts';
import { SUPPRESSED, scoreCell, type Figure, type Headline } from './score-figures.ts';
import { buildLattices, type RoundLattice } from './score-lattice.ts';

/** Why a round's figure for an area is not shown. */
export const WITHHELD_REASONS = [
  /** Fewer respondents than the threshold (none at all included). */
  'TOO_FEW_ANSWERS',
  /** Enough answered, but it is held back so that a smaller figure beside it cannot be worked out. */
  'PROTECTS_SMALLER_GROUP',
] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** One round's headline figure for one area, as published. */
export interface HeadlineRound {
  round: SurveyRound;
  /** The overall score with its 95% interval; suppressed: no numbers at all. */
  confidence: Figure;
  /** How many answered by invitation: only where the score is shown (Headline). */
  responses: number | null;
  /** Null where the figure is shown. */
  withheld: WithheldReason | null;
}

export interface AreaHeadline {
  latest: HeadlineRound;
  /** Latest when it is shown, else the last earlier covering round with a shown figure, or null. */
  shown: HeadlineRound | null;
}

export interface HeadlineArea {
  level: AreaLevel;
  /** Null for the force. */
  areaId: string | null;
}

/**
 * Each area's headline: its latest closed covering round and, when that one's figure is
 * suppressed, the last earlier one with a figure to show (scoring/headline-choice.ts). Every
 * figure comes from a round's whole lattice (score-lattice.ts), so it is hidden or shown exactly
 * as on the results pages and in the CSV. Verified (invitation) answers only, no breakdown.
 *
 * Counted in one query for every area asked for: each area's latest covering round; then, only
 * for areas with nothing to show yet, one more query for each two earlier covering rounds.
 */
export async function confidenceHeadlines(
  em: EntityManager,
  areas: readonly HeadlineArea[],
  threshold: number,
): Promise<(AreaHeadline | null)[]> {
  const rounds = await em.find(
    SurveyRound,
    { status: 'CLOSED', openedAt: { $ne: null }, voidedAt: null },
    { orderBy: { closesOn: 'asc', label: 'asc' } },
  );
  const teamIds = areas.flatMap((a) => (a.level === 'NEIGHBOURHOOD' && a.areaId ? [a.areaId] : []));
  const teams =
    teamIds.length > 0 ? await em.find(KnownNeighbourhood, { id: { $in: teamIds } }) : [];
  const npaOfTeam = new Map(teams.map((team) => [team.id, team.policingAreaId]));

  const covering = areas.map(({ level, areaId }) => {
    if (level === 'FORCE') return rounds.filter((r) => roundCovers(r.policingAreaIds, null));
    const npa = level === 'POLICING_AREA' ? areaId : npaOfTeam.get(areaId ?? '');
    // An area this service has never heard of has no figures (not even force-wide ones).
    if (!npa) return [];
    return rounds.filter((r) => roundCovers(r.policingAreaIds, npa));
  });

  const lattices = new Map<string, RoundLattice>();
  const count = async (roundIds: Set<string>) => {
    const wanted = [...roundIds].filter((id) => !lattices.has(id));
    if (wanted.length === 0) return;
    const counted = buildLattices(await countFine(em, { roundIds: wanted }, 'NONE'), threshold);
    // A round nobody answered has no lattice at all: every figure in it is suppressed.
    for (const id of wanted) lattices.set(id, counted.get(id) ?? new Map());
  };
  const figureIn = (round: SurveyRound, { level, areaId }: HeadlineArea) => {
    const cell = lattices
      .get(round.id)
      ?.get(placeKey({ sample: 'VERIFIED', level, areaId, group: null }));
    if (!cell) {
      const headline: Headline = withheld(threshold);
      return { round, confidence: SUPPRESSED, headline, reason: 'TOO_FEW_ANSWERS' as const };
    }
    const scored = scoreCell(cell.counts, cell.hidden, threshold);
    const reason: WithheldReason | null =
      scored.headline.kind === 'value'
        ? null
        : cell.counts.respondents.n < threshold
          ? 'TOO_FEW_ANSWERS'
          : 'PROTECTS_SMALLER_GROUP';
    return { round, confidence: scored.confidence, headline: scored.headline, reason };
  };

  // The latest covering round of each area first; then, for the areas with nothing to show yet,
  // their next two earlier covering rounds at a time (usually the round before has a figure).
  const shownIn = (i: number) =>
    covering[i]!.some(
      (round) => lattices.has(round.id) && figureIn(round, areas[i]!).headline.kind === 'value',
    );
  for (let counted = 0, take = 1; ; counted += take, take = 2) {
    const wanted = new Set<string>();
    covering.forEach((list, i) => {
      if (counted > 0 && shownIn(i)) return;
      const earlier = list.slice(Math.max(0, list.length - counted - take), list.length - counted);
      for (const round of earlier) wanted.add(round.id);
    });
    if (wanted.size === 0) break;
    await count(wanted);
  }

  return areas.map((area, i) => {
    const candidates = covering[i]!.filter((round) => lattices.has(round.id)).map((round) => {
      const { confidence, headline, reason } = figureIn(round, area);
      return { round, figure: headline, confidence, reason };
    });
    const choice = chooseHeadline(candidates);
    if (!choice) return null;
    const publish = (candidate: (typeof candidates)[number]): HeadlineRound => ({
      round: candidate.round,
      confidence: candidate.confidence,
      responses: candidate.figure.kind === 'value' ? candidate.figure.value.responses : null,
      withheld: candidate.reason,
    });
    return {
      latest: publish(choice.latest),
      shown: choice.shown ? publish(choice.shown) : null,
    };
  });
}
