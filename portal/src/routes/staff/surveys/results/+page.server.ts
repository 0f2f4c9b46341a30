import { error } from '@sveltejs/kit';
import { choiceQuery, readResultsChoice } from '#lib/surveys/results-query.ts';
import { confidenceScores } from '#lib/surveys/results.server.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/**
 * Confidence for analysts: by level, breakdown and rounds, with intervals, respondents and the
 * change since the round before. Commanders and officers see their own area; the service
 * enforces that, and a refusal is the 403 page.
 */

const READERS = new Set(['ANALYST', 'ADMIN', 'COMMANDER', 'OFFICER']);

const CHOICES = graphql(`
  query ResultsChoices {
    surveyRounds {
      ...RoundFields
    }
    policingAreas {
      ...PolicingAreaSummaryFields
    }
  }
`);

export const load = (async ({ locals, url }) => {
  if (locals.actor.kind !== 'staff' || !READERS.has(locals.actor.role)) error(403, 'FORBIDDEN');
  const { surveyRounds, policingAreas } = await orStatusPage(locals.gateway.request(CHOICES));
  const closed = surveyRounds.filter((round) => round.status === 'CLOSED');
  const choice = readResultsChoice(url, locals.actor);
  // Newest first (API.md): with no rounds chosen, the latest closed one.
  if (choice.roundIds.length === 0 && closed[0]) choice.roundIds = [closed[0].id];
  const cells =
    choice.roundIds.length === 0
      ? []
      : await orStatusPage(
          confidenceScores(locals.gateway, {
            level: choice.level,
            groupBy: choice.groupBy,
            roundIds: choice.roundIds,
            areaIds: choice.areaIds.length > 0 ? choice.areaIds : null,
            sample: choice.sample,
          }),
        );
  return {
    choice,
    rounds: surveyRounds.filter((round) => round.status !== 'SCHEDULED'),
    policingAreas,
    cells,
    csvQuery: choiceQuery(choice),
  };
}) satisfies PageServerLoad;
