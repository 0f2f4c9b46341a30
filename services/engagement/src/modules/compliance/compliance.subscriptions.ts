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
  // An admin withdrew an issue published by mistake: it is no longer evidence. Deleting is
  // idempotent; the issue cannot be published again (a corrected one has its own id).
  'newsletter.withdrawn': async (em, { newsletterId }) => {
    await em.nativeDelete(NewsletterFact, { newsletterId });
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
