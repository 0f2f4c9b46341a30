import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { publishEvent } from '@engage/shared';
import { recordAudit } from '@engage/shared/audit';
import { appError, textProblem } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { Delivery } from '../delivery/delivery.entity.ts';
import { newsletterForChange } from './newsletter-access.ts';
import { Newsletter } from './newsletter.entity.ts';

/** Why, in the admin's words: 1 to 2000 characters of plain text, or BAD_USER_INPUT on `reason`. */
function checkedReason(reason: string): string {
  const text = reason.trim();
  if (!text || textProblem(text, { max: 2000 }) !== null) {
    throw appError(
      'BAD_USER_INPUT',
      'Say why it is withdrawn, in 2000 characters or fewer of plain text.',
      { field: 'reason' },
    );
  }
  return text;
}

@Resolver(() => Newsletter)
export class NewsletterWithdrawalResolver {
  @Mutation(() => Newsletter, {
    description:
      'ADMIN: PUBLISHED → WITHDRAWN, for an issue published by mistake (a reason is required). ' +
      'It leaves the archive and the team’s latest issue, its page says it was withdrawn, mail ' +
      'not yet sent is cancelled, engagement stops counting it (`newsletter.withdrawn`), and the ' +
      'audit log records who, when and why: all in one transaction.',
  })
  withdrawNewsletter(
    @Arg('id', () => ID, { description: 'The published issue to withdraw.' }) id: string,
    @Arg('reason', { description: 'Why, for the audit log (never shown to residents).' })
    reason: string,
    @Ctx() { em, actor }: NewslettersContext,
  ): Promise<Newsletter> {
    return em.transactional(async (tx) => {
      const { newsletter } = await newsletterForChange(tx, actor, id, 'admin', ['PUBLISHED']);
      if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in.');
      const why = checkedReason(reason);
      const now = new Date();
      newsletter.status = 'WITHDRAWN';
      newsletter.withdrawnAt = now;
      // Mail already being handed to the relay (SENDING) cannot be called back; the rest can.
      const cancelled = await tx.nativeUpdate(
        Delivery,
        { kind: 'NEWSLETTER', subjectId: newsletter.id, status: 'QUEUED' },
        { status: 'CANCELLED' },
      );
      recordAudit(tx, {
        actor,
        action: 'newsletter.withdrawn',
        subject: { type: 'Newsletter', id: newsletter.id },
        reason: why,
        before: { status: 'PUBLISHED', publishedAt: newsletter.publishedAt },
        after: { status: 'WITHDRAWN', withdrawnAt: now, cancelledDeliveries: cancelled },
      });
      publishEvent(tx, 'newsletter.withdrawn', {
        newsletterId: newsletter.id,
        neighbourhoodId: newsletter.neighbourhoodId,
        withdrawnAt: now.toISOString(),
      });
      return newsletter;
    });
  }
}
