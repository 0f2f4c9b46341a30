import { PORTAL_SERVICE } from '@engage/shared/auth';
import type {
  AreaLevel,
  Breakdown,
  ConfidenceCell,
  PublicResults,
  RoundSummary,
  Sample,
  TrendPoint,
} from '#lib/surveys/surveys.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { gateway as portalGateway } from '#lib/server/services.ts';
import { visitorClient } from '#lib/staff/sessions.server.ts';
import { refusalIn } from '#lib/server/gateway-errors.ts';
import { residentLanguage } from './answering.server.ts';
import { graphql } from '#lib/graphql/index.ts';

/**
 * Confidence scores through the gateway. Every figure may come back suppressed (no numbers at
 * all): the pages show those in words, never as a number.
 */

graphql(`
  fragment FigureFields on ScoreFigure {
    value
    lower
    upper
    respondents
    suppressed
  }
`);

const TREND = graphql(`
  query ConfidenceTrend($level: AreaLevel!, $areaId: ID) {
    confidenceTrend(level: $level, areaId: $areaId) {
      round {
        ...RoundFields
      }
      confidence {
        ...FigureFields
      }
      national
    }
  }
`);

graphql(`
  fragment HeadlineRoundFields on HeadlineRound {
    round {
      ...RoundFields
    }
    confidence {
      ...FigureFields
    }
    responses
    withheld
  }
`);

const HEADLINE = graphql(`
  query ConfidenceHeadline($level: AreaLevel!, $areaId: ID) {
    confidenceHeadline(level: $level, areaId: $areaId) {
      latest {
        ...HeadlineRoundFields
      }
      shown {
        ...HeadlineRoundFields
      }
    }
  }
`);

export const CONFIDENCE_SCORES = graphql(`
  query ConfidenceScores(
    $level: AreaLevel!
    $groupBy: Breakdown
    $roundIds: [ID!]
    $areaIds: [ID!]
    $sample: ScoreSample
    $language: ResidentLanguage
  ) {
    confidenceScores(
      level: $level
      groupBy: $groupBy
      roundIds: $roundIds
      areaIds: $areaIds
      sample: $sample
    ) {
      round {
        ...RoundFields
      }
      level
      policingAreaId
      neighbourhoodId
      groupBy
      group
      confidence {
        ...FigureFields
      }
      questions {
        question {
          id
          code
          text(language: $language)
          textLanguage(language: $language)
        }
        figure {
          ...FigureFields
        }
      }
      change {
        points
        significant
        suppressed
      }
      sample
      openLink {
        responses
        anomaly
        confidence {
          ...FigureFields
        }
      }
    }
  }
`);

export interface ScoresQuery {
  level: AreaLevel;
  groupBy: Breakdown;
  roundIds: string[] | null;
  areaIds: string[] | null;
  /** VERIFIED when absent: the published figures. */
  sample?: Sample;
}

export async function confidenceScores(
  gateway: Gateway,
  query: ScoresQuery,
): Promise<ConfidenceCell[]> {
  const { confidenceScores } = await gateway.request(CONFIDENCE_SCORES, {
    ...query,
    sample: query.sample ?? 'VERIFIED',
    language: residentLanguage(),
  });
  return confidenceScores;
}

export async function confidenceTrend(
  gateway: Gateway,
  level: AreaLevel,
  areaId: string | null,
): Promise<TrendPoint[]> {
  const { confidenceTrend } = await gateway.request(TREND, {
    level,
    areaId,
  });
  return confidenceTrend;
}

/**
 * What a public page shows for one area: its trend (public), its headline as the surveys service
 * chooses it (like with like; a thin new round never hides the last figure with enough answers),
 * and that figure's round in full: each question's share, the change, and the open-link answers
 * beside it (their count, their own score where it is shown, and the anomaly flag). Every figure
 * is from verified (invitation) answers unless it says otherwise. `confidenceScores` is a staff
 * query, so the portal reads that one cell (everyone, no breakdown, already suppressed by the
 * service) as itself; when the service refuses, the page still shows the headline and the trend.
 */
export async function publicResults(
  gateway: Gateway,
  level: AreaLevel,
  areaId: string | null,
  // For this visitor, so the gateway's per-client limit counts them, not the portal as a whole.
  service: Gateway = portalGateway.as(PORTAL_SERVICE, visitorClient.getStore()),
): Promise<PublicResults> {
  const [trend, { confidenceHeadline: headline }] = await Promise.all([
    confidenceTrend(gateway, level, areaId),
    gateway.request(HEADLINE, { level, areaId }),
  ]);
  const shownRound = headline?.shown?.round ?? null;
  if (!shownRound) return { trend, headline, latest: null };

  let latest: ConfidenceCell | null = null;
  try {
    const cells = await confidenceScores(service, {
      level,
      groupBy: 'NONE',
      roundIds: [shownRound.id],
      areaIds: areaId ? [areaId] : null,
    });
    latest =
      cells.find(
        (cell) =>
          cell.round.id === shownRound.id &&
          (level === 'FORCE' ||
            (level === 'POLICING_AREA' ? cell.policingAreaId : cell.neighbourhoodId) === areaId),
      ) ?? null;
  } catch (caught) {
    if (!refusalIn(caught, ['FORBIDDEN'])) throw caught;
  }
  return { trend, headline, latest };
}

const RESULTS_NEIGHBOURHOOD = graphql(`
  query ResultsNeighbourhood($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      policingArea {
        slug
        name
      }
    }
  }
`);

const RESULTS_AREA = graphql(`
  query ResultsPolicingArea($slug: String!) {
    policingArea(slug: $slug) {
      id
      slug
      name
    }
  }
`);

export interface ResultsNeighbourhood {
  id: string;
  slug: string;
  name: string;
  policingArea: { slug: string; name: string };
}

export async function resultsNeighbourhood(
  gateway: Gateway,
  slug: string,
): Promise<ResultsNeighbourhood | null> {
  const { neighbourhood } = await gateway.request(RESULTS_NEIGHBOURHOOD, { slug });
  return neighbourhood;
}

export async function resultsArea(
  gateway: Gateway,
  slug: string,
): Promise<{ id: string; slug: string; name: string } | null> {
  const { policingArea } = await gateway.request(RESULTS_AREA, { slug });
  return policingArea;
}

const OPEN_ROUNDS = graphql(`
  query PublicSurveyRounds {
    surveyRounds {
      ...RoundFields
    }
  }
`);

/** Rounds anyone may answer now through the open link. */
export async function openRounds(gateway: Gateway): Promise<RoundSummary[]> {
  const { surveyRounds } = await gateway.request(OPEN_ROUNDS);
  return surveyRounds.filter((round) => round.status === 'OPEN');
}
