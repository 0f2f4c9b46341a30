import type { EventHandlers } from '@engage/shared';
import { NewsletterFact, SurveyFact } from './outside-facts.entity.ts';

/**
 * The facts the standards need from other services arrive as their events. Upserts keyed by the
 * other service's ids, so a redelivered event changes nothing.
 */
export const complianceSubscriptions: EventHandlers = {
  'newsletter.published': async (em, { newsletterId, neighbourhoodId, publishedAt }) => {
    await em.upsert(NewsletterFact, {
      newsletterId,
      neighbourhoodId,
      publishedAt: new Date(publishedAt),
    });
  },
  'survey.round.opened': async (em, { roundId, roundLabel, openedOn, neighbourhoodIds }) => {
    if (neighbourhoodIds.length === 0) return;
    await em.upsertMany(
      SurveyFact,
      neighbourhoodIds.map((neighbourhoodId) => ({
        roundId,
        neighbourhoodId,
        roundLabel,
        openedOn,
      })),
    );
  },
};
