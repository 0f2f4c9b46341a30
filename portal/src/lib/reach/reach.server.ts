import { error } from '@sveltejs/kit';
import { mayReadReach, type Actor, type ReachScope } from '@engage/shared/auth';
import { graphql } from '#lib/graphql/index.ts';
import type { AreaLevel } from '#lib/graphql/graphql.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import type { Team } from '#lib/teams/team-work.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import { readDimension, type Dimension, type ReachTable } from './reach.ts';

graphql(`
  fragment ReachTableFields on ReachTable {
    sample
    level
    areaId
    areaName
    dimension
    roundId
    roundLabel
    asOf
    total
    totalSuppressed
    answered
    notSaid
    population
    perThousandResidents
    isDemoPopulation
    groups {
      group
      count
      suppressed
      share
      lowBase
      populationShare
      ratio
      ratioLow
      ratioHigh
      seldomHeard
    }
  }
`);

/** The rounds a respondent chooser may offer: which areas each asked, and whether it counts. */
const ROUNDS = graphql(`
  query ReachRounds {
    surveyRounds {
      id
      label
      closesOn
      status
      policingAreaIds
      voidedAt
    }
  }
`);

/** Subscribers now, and respondents round by round (one row per round, oldest first). */
const REACH = graphql(`
  query Reach(
    $level: AreaLevel!
    $areaId: ID
    $dimension: DemographicDimension!
    $byArea: Boolean!
  ) {
    subscribers: subscriberReach(level: $level, areaId: $areaId, dimension: $dimension) {
      ...ReachTableFields
    }
    trend: respondentReachTrend(level: $level, areaId: $areaId, dimension: $dimension) {
      ...ReachTableFields
    }
    subscriberAreas: subscriberReachByArea(level: $level, areaId: $areaId, dimension: $dimension)
      @include(if: $byArea) {
      ...ReachTableFields
    }
  }
`);

/** The chosen round's respondents, in the area and (for an NPA or the force) each area in it. */
const REACH_ROUND = graphql(`
  query ReachRound(
    $level: AreaLevel!
    $areaId: ID
    $dimension: DemographicDimension!
    $roundId: ID!
    $byArea: Boolean!
  ) {
    respondents: respondentReach(
      level: $level
      areaId: $areaId
      dimension: $dimension
      roundId: $roundId
    ) {
      ...ReachTableFields
    }
    respondentAreas: respondentReachByArea(
      level: $level
      areaId: $areaId
      dimension: $dimension
      roundId: $roundId
    ) @include(if: $byArea) {
      ...ReachTableFields
    }
  }
`);

export interface ReachRound {
  id: string;
  label: string;
}

/** Everything a Reach page shows, for the choice in its query string. */
export interface Reach {
  dimension: Dimension;
  /** What was wrong with the query string (the page says so and shows the defaults). */
  errors: { dimension?: 'dimension_unknown'; round?: 'round_unknown' };
  rounds: ReachRound[];
  roundId: string | null;
  subscribers: ReachTable;
  respondents: ReachTable | null;
  trend: ReachTable[];
  /** An NPA's teams, or the force's NPAs: subscribers now and respondents in the round. */
  areas: { subscribers: ReachTable; respondents: ReachTable | null }[];
}

/** The scope of a Reach page as the reach queries name it. */
function levelOf(scope: ReachScope): { level: AreaLevel; areaId: string | null } {
  if (scope.level === 'FORCE') return { level: 'FORCE', areaId: null };
  if (scope.level === 'POLICING_AREA') {
    return { level: 'POLICING_AREA', areaId: scope.policingAreaId };
  }
  return { level: 'NEIGHBOURHOOD', areaId: scope.team.id };
}

/** Who may open a team's Reach page: the services' rule for a team's reach. */
export function seesTeamReach(actor: Actor, team: Team): boolean {
  return mayReadReach(actor, {
    level: 'NEIGHBOURHOOD',
    team: { id: team.id, policingAreaId: team.policingArea.id },
  });
}

/** The service's own rule, asked first so a refused visitor costs the gateway nothing. */
export function requireReach(actor: Actor, scope: ReachScope): void {
  if (!mayReadReach(actor, scope)) error(403, 'FORBIDDEN');
}

/**
 * The rounds that asked the area, newest first: force-wide ones everywhere, an NPA's own for it
 * and its teams; not those still to open, nor voided ones (their answers count for nothing).
 */
function roundsFor(
  rounds: {
    id: string;
    label: string;
    status: string;
    policingAreaIds: string[];
    voidedAt?: unknown;
  }[],
  policingAreaId: string | null,
): (ReachRound & { status: string })[] {
  return rounds
    .filter((round) => round.status !== 'SCHEDULED' && !round.voidedAt)
    .filter(
      (round) =>
        round.policingAreaIds.length === 0 ||
        (policingAreaId !== null && round.policingAreaIds.includes(policingAreaId)),
    )
    .map(({ id, label, status }) => ({ id, label, status }));
}

/**
 * Reads the question and round from the query string and asks the gateway for the figures.
 * With no round chosen, the newest closed one (or, before any closes, the one open now).
 */
export async function reachFor(
  gateway: Gateway,
  url: URL,
  scope: ReachScope,
  withAreas: boolean,
): Promise<Reach> {
  const { dimension, error: dimensionError } = readDimension(url.searchParams);
  const errors: Reach['errors'] = dimensionError ? { dimension: dimensionError } : {};
  const policingAreaId =
    scope.level === 'POLICING_AREA'
      ? scope.policingAreaId
      : scope.level === 'NEIGHBOURHOOD'
        ? scope.team.policingAreaId
        : null;
  const { surveyRounds } = await orStatusPage(gateway.request(ROUNDS));
  const rounds = roundsFor(surveyRounds, policingAreaId);
  const asked = url.searchParams.get('round');
  let round = rounds.find((entry) => entry.id === asked);
  if (asked && !round) errors.round = 'round_unknown';
  round ??= rounds.find((entry) => entry.status === 'CLOSED') ?? rounds[0];

  const variables = { ...levelOf(scope), dimension, byArea: withAreas };
  const [figures, inRound] = await Promise.all([
    orStatusPage(gateway.request(REACH, variables)),
    round
      ? orStatusPage(gateway.request(REACH_ROUND, { ...variables, roundId: round.id }))
      : Promise.resolve(null),
  ]);
  const respondentAreas = new Map(
    (inRound?.respondentAreas ?? []).map((table) => [table.areaId, table]),
  );
  return {
    dimension,
    errors,
    rounds: rounds.map(({ id, label }) => ({ id, label })),
    roundId: round?.id ?? null,
    subscribers: figures.subscribers,
    respondents: inRound?.respondents ?? null,
    trend: figures.trend,
    areas: (figures.subscriberAreas ?? []).map((subscribers) => ({
      subscribers,
      respondents: respondentAreas.get(subscribers.areaId) ?? null,
    })),
  };
}
