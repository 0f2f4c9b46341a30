import { Arg, Ctx, FieldResolver, Int, ObjectType, Field, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import {
  maySeeSubscriberCount,
  maySeeTeamNewsletters,
} from '../neighbourhoods/team-authorization.ts';
import { Neighbourhood } from './neighbourhood.extension.ts';
import { Newsletter } from './newsletter.entity.ts';
import { MONTH } from './newsletter.input.ts';

@ObjectType({ description: 'A page of a team’s published issues, newest month first.' })
export class NewsletterPage {
  @Field(() => [Newsletter], { description: 'The issues on this page, newest first.' })
  nodes!: Newsletter[];

  @Field(() => Int, { description: 'How many issues there are in all.' })
  totalCount!: number;

  @Field({ description: 'True when more issues follow: ask again with after set to endCursor.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

const cursorOf = (month: string) => Buffer.from(month).toString('base64url');
function monthOfCursor(cursor: string): string {
  const month = Buffer.from(cursor, 'base64url').toString();
  if (!MONTH.test(month)) throw appError('BAD_USER_INPUT', 'That page cursor is not valid.');
  return month;
}

/** Managers and reviewers of the team, or UNAUTHENTICATED / FORBIDDEN. */
async function requireTeamStaff(context: NewslettersContext, neighbourhoodId: string) {
  if (context.actor.kind !== 'staff') {
    throw appError('UNAUTHENTICATED', 'Sign in to see a team’s newsletter work.');
  }
  const team = await context.loaders.knownNeighbourhoodById.load(neighbourhoodId);
  if (!team || !maySeeTeamNewsletters(context.actor, team)) {
    throw appError('FORBIDDEN', 'Only the team, its commander and reviewers can see this.');
  }
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodNewsletterResolver {
  @FieldResolver(() => Newsletter, {
    nullable: true,
    description: 'The newest published issue; null until the team publishes one.',
  })
  latestNewsletter(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: NewslettersContext) {
    return loaders.latestNewsletterByNeighbourhood.load(neighbourhood.id);
  }

  @FieldResolver(() => NewsletterPage, { description: 'The public archive: published issues.' })
  async newsletters(
    @Root() neighbourhood: Neighbourhood,
    @Arg('first', () => Int, {
      description: 'How many issues per page, newest first.',
      nullable: true,
      defaultValue: 12,
    })
    first: number | null,
    @Arg('after', () => String, {
      description: 'The endCursor of the page before; null or left out for the first page.',
      nullable: true,
    })
    after: string | null,
    @Ctx() { em }: NewslettersContext,
  ): Promise<NewsletterPage> {
    const size = first ?? 12;
    if (size < 1 || size > 50) {
      throw appError('BAD_USER_INPUT', 'Ask for between 1 and 50 issues.', { field: 'first' });
    }
    const where = { neighbourhoodId: neighbourhood.id, status: 'PUBLISHED' as const };
    const [rows, totalCount] = await Promise.all([
      em.find(Newsletter, after ? { ...where, month: { $lt: monthOfCursor(after) } } : where, {
        orderBy: { month: 'desc' },
        limit: size + 1,
      }),
      em.count(Newsletter, where),
    ]);
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      hasNextPage: rows.length > size,
      endCursor: last ? cursorOf(last.month) : null,
    };
  }

  @FieldResolver(() => Newsletter, {
    nullable: true,
    description: 'One month’s issue: published only for the public; any status for its staff.',
  })
  async newsletter(
    @Root() neighbourhood: Neighbourhood,
    @Arg('month', { description: 'The month of the issue, as YYYY-MM.' }) month: string,
    @Ctx() context: NewslettersContext,
  ): Promise<Newsletter | null> {
    if (!MONTH.test(month)) return null;
    const newsletter = await context.em.findOne(Newsletter, {
      neighbourhoodId: neighbourhood.id,
      month,
      status: { $ne: 'WITHDRAWN' },
    });
    if (!newsletter || newsletter.status === 'PUBLISHED') return newsletter;
    const team = await context.loaders.knownNeighbourhoodById.load(neighbourhood.id);
    return team && maySeeTeamNewsletters(context.actor, team) ? newsletter : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether that month’s issue was published and then withdrawn (and nothing replaces it), ' +
      'so its page can say so. Public: it says nothing of what the issue held.',
  })
  async newsletterWithdrawn(
    @Root() neighbourhood: Neighbourhood,
    @Arg('month', { description: 'The month, as YYYY-MM.' }) month: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<boolean> {
    if (!MONTH.test(month)) return false;
    const issues = await em.find(
      Newsletter,
      { neighbourhoodId: neighbourhood.id, month },
      { fields: ['status'] },
    );
    return (
      issues.some((issue) => issue.status === 'WITHDRAWN') &&
      !issues.some((issue) => issue.status === 'PUBLISHED')
    );
  }

  @FieldResolver(() => [Newsletter], {
    description: 'Every issue not yet published, newest month first (the team and reviewers).',
  })
  async newsletterDrafts(
    @Root() neighbourhood: Neighbourhood,
    @Ctx() context: NewslettersContext,
  ): Promise<Newsletter[]> {
    await requireTeamStaff(context, neighbourhood.id);
    return context.em.find(
      Newsletter,
      { neighbourhoodId: neighbourhood.id, status: { $nin: ['PUBLISHED', 'WITHDRAWN'] } },
      { orderBy: { month: 'desc' } },
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Confirmed subscribers reached by this team, directly or through its NPA. Only for the ' +
      'team’s officers, its NPA’s commander, analysts and admins; null for anyone else.',
  })
  async subscriberCount(
    @Root() neighbourhood: Neighbourhood,
    @Ctx() context: NewslettersContext,
  ): Promise<number | null> {
    const team = await context.loaders.knownNeighbourhoodById.load(neighbourhood.id);
    if (!team || !maySeeSubscriberCount(context.actor, team)) return null;
    return context.loaders.subscriberCountByNeighbourhood.load(neighbourhood.id);
  }
}
