import { log } from '#lib/server/log.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';

const OPEN_ROUNDS_FOR_AREAS = graphql(`
  query OpenRoundsForAreas {
    surveyRounds {
      id
      label
      closesOn
      status
      policingAreaIds
    }
  }
`);

import type { OpenRoundHere } from '#lib/components/have-your-say.ts';

/**
 * The rounds open now for a policing area: force-wide rounds (no areas named) and the area's
 * own. Null when the surveys service did not answer, so the page can say so instead of "none".
 */
export async function openRoundsForArea(
  gateway: Gateway,
  policingAreaId: string,
): Promise<OpenRoundHere[] | null> {
  try {
    const { surveyRounds } = await gateway.request(OPEN_ROUNDS_FOR_AREAS);
    return surveyRounds
      .filter(
        (round) =>
          round.status === 'OPEN' &&
          (round.policingAreaIds.length === 0 || round.policingAreaIds.includes(policingAreaId)),
      )
      .map(({ id, label, closesOn }) => ({ id, label, closesOn }));
  } catch (caught) {
    log.warn('open survey rounds could not be loaded', { policingAreaId, error: caught });
    return null;
  }
}
