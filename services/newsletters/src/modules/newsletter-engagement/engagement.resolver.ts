import { isUUID } from 'class-validator';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { Neighbourhood } from '../newsletter/neighbourhood.extension.ts';
import { Newsletter } from '../newsletter/newsletter.entity.ts';
import { requireEngagementReader } from './engagement-access.ts';
import {
  MonthlyNewsletterEngagement,
  NewsletterEngagement,
  NewsletterResidentCount,
} from './engagement.types.ts';
import { lastMonths, type MonthFigures } from './published-engagement.ts';
import { recordArchiveView } from './record-view.ts';

/** Two years: the trend page shows one, a comparison with the year before needs two. */
const MAX_TREND_MONTHS = 24;

const ZERO: NewsletterResidentCount = { value: 0, fewerThan: null };

@Resolver(() => Newsletter)
export class NewsletterEngagementResolver {
  @FieldResolver(() => NewsletterEngagement, {
    nullable: true,
    description:
      'How the issue was received (delivered, bounced, unsubscribed after it, archive views). ' +
      'Staff only: the team’s officers, its commander, reviewers, analysts and admins; anyone ' +
      'else is refused. Null unless the issue is published.',
  })
  async engagement(
    @Root() newsletter: Newsletter,
    @Ctx() context: NewslettersContext,
  ): Promise<NewsletterEngagement | null> {
    await requireEngagementReader(context, newsletter.neighbourhoodId);
    if (newsletter.status !== 'PUBLISHED') return null;
    const table = await context.loaders.teamEngagementByNeighbourhood.load(
      newsletter.neighbourhoodId,
    );
    return table.issues.get(newsletter.id) ?? null;
  }
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodEngagementResolver {
  @FieldResolver(() => [MonthlyNewsletterEngagement], {
    description:
      'The team’s newsletter engagement by UK month, oldest first, ending with this month. ' +
      'Staff only, as Newsletter.engagement.',
  })
  async newsletterEngagementTrend(
    @Root() neighbourhood: Neighbourhood,
    @Arg('months', () => Int, {
      defaultValue: 12,
      description: 'How many months, 1 to 24 (default 12: a year).',
    })
    months: number,
    @Ctx() context: NewslettersContext,
  ): Promise<MonthFigures[]> {
    await requireEngagementReader(context, neighbourhood.id);
    if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
      throw appError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_TREND_MONTHS} months.`, {
        field: 'months',
      });
    }
    const table = await context.loaders.teamEngagementByNeighbourhood.load(neighbourhood.id);
    return lastMonths(months).map(
      (month) =>
        table.months.get(month) ?? {
          month,
          issuesPublished: 0,
          delivered: ZERO,
          bounced: ZERO,
          unsubscribed: ZERO,
          archiveViews: 0,
        },
    );
  }

  @Mutation(() => Boolean, {
    description:
      'The portal, when it renders a published issue’s public web page for a visitor: counts one ' +
      'view, at most once per visitor per issue per UK day (the visitor is the client key the ' +
      'gateway signed, never an argument). True when counted. Only the portal itself may call it.',
  })
  async recordNewsletterView(
    @Arg('id', () => ID, { description: 'The issue viewed.' }) id: string,
    @Ctx() { em, actor, client }: NewslettersContext,
  ): Promise<boolean> {
    if (actor.kind !== 'service') {
      throw appError('FORBIDDEN', 'Only the portal records newsletter page views.');
    }
    if (!isUUID(id)) throw appError('BAD_USER_INPUT', 'That is not a newsletter id.');
    return recordArchiveView(em, id, client);
  }
}
