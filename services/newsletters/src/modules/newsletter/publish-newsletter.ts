import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { publishEvent, type Logger } from '@engage/shared';
import { fanOut } from '../subscribers/fan-out.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { openPollFor } from '../polls/open-polls.ts';
import { Newsletter } from './newsletter.entity.ts';

/**
 * Publishes an issue, inside the caller's transaction: the status and date, the
 * `newsletter.published` event (outbox), and one QUEUED delivery per confirmed subscriber. All
 * four commit together or not at all, so there is never a published issue nobody is sent, nor a
 * mail about an issue that is not public. (We insert the deliveries here rather than enqueue a
 * fan-out job because a resolver has no queue handle, and a job enqueued outside the transaction
 * could be lost or run for an issue that then rolled back. For one team and its NPA the insert is
 * a few thousand rows, in batches of 500: well within one transaction.) The mail worker notices
 * the new deliveries within a second and queues send jobs for them.
 */
export async function publishNow(
  em: EntityManager,
  newsletter: Newsletter,
  team: Pick<KnownNeighbourhood, 'id' | 'policingAreaId'>,
  now: Date = new Date(),
): Promise<number> {
  newsletter.status = 'PUBLISHED';
  newsletter.publishedAt = now;
  // A request for changes is an internal note about a draft, not part of the published issue.
  newsletter.reviewComment = null;
  // The team's open quick poll, if any, goes out with the issue and stays on its page.
  newsletter.poll = await openPollFor(em, newsletter.neighbourhoodId, now);
  publishEvent(em, 'newsletter.published', {
    newsletterId: newsletter.id,
    neighbourhoodId: newsletter.neighbourhoodId,
    publishedAt: now.toISOString(),
  });
  await em.flush();
  return fanOut(em, {
    kind: 'NEWSLETTER',
    subjectId: newsletter.id,
    interest: 'NEWSLETTER',
    neighbourhoodIds: [team.id],
    policingAreaIds: [team.policingAreaId],
  });
}

/**
 * The scheduled-publish job: publishes a SCHEDULED issue when its time has come. Anything else
 * (already published, or taken back) is left alone, so a duplicate or late job is harmless.
 */
export async function publishScheduled(
  em: EntityManager,
  newsletterId: string,
  logger: Logger,
): Promise<void> {
  await em.transactional(async (tx) => {
    const newsletter = await tx.findOne(
      Newsletter,
      { id: newsletterId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!newsletter || newsletter.status !== 'SCHEDULED') return;
    if (newsletter.scheduledFor && newsletter.scheduledFor.getTime() > Date.now()) {
      // Clocks differ by a little between machines: try again shortly (the job is retried).
      throw new Error(`newsletter ${newsletterId} is scheduled for later`);
    }
    const team = await tx.findOneOrFail(KnownNeighbourhood, { id: newsletter.neighbourhoodId });
    const deliveries = await publishNow(tx, newsletter, team);
    logger.info({ newsletterId, deliveries }, 'scheduled newsletter published');
  });
}
