import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { mayReadForceRecords } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { Engagement } from '../engagements/engagement.entity.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PriorityUpdate } from '../priorities/priority-update.entity.ts';
import { Priority } from '../priorities/priority.entity.ts';
import { SocialPost } from '../social-media/social-post.entity.ts';
import { ChangedSinceArgs, changedSincePage } from './changed-since-page.ts';
import {
  EngagementRecordPage,
  PriorityRecordPage,
  PriorityUpdateRecordPage,
  SocialPostRecordPage,
} from './record-pages.types.ts';

/** Force-wide lists are for analysts and admins (shared policy), like the force dashboard. */
function requireForceReader({ actor }: EngagementContext) {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to see team records.');
  if (!mayReadForceRecords(actor)) {
    throw appError('FORBIDDEN', 'Force-wide records are for analysts and administrators.');
  }
}

/**
 * Every team's records at once, in the order they changed, for the gateway's flat exports
 * (docs/exports.md). Drafts stay with their teams: only published priorities and their updates.
 */
@Resolver()
export class RecordExportsResolver {
  @Query(() => EngagementRecordPage, {
    description:
      'Every team’s engagements, by when each was recorded or last corrected (oldest first). ' +
      'Analysts and admins.',
  })
  engagementRecords(@Args() args: ChangedSinceArgs, @Ctx() context: EngagementContext) {
    requireForceReader(context);
    return changedSincePage(context.em, Engagement, 'updatedAt', args);
  }

  @Query(() => PriorityRecordPage, {
    description:
      'Every team’s published priorities (active or completed), by when each last changed ' +
      '(oldest first). Analysts and admins.',
  })
  priorityRecords(@Args() args: ChangedSinceArgs, @Ctx() context: EngagementContext) {
    requireForceReader(context);
    return changedSincePage(context.em, Priority, 'updatedAt', args, {
      status: { $ne: 'DRAFT' },
    });
  }

  @Query(() => PriorityUpdateRecordPage, {
    description:
      '“We did” updates on published priorities, by when each was recorded (oldest first; ' +
      'updates are never edited). Analysts and admins.',
  })
  priorityUpdateRecords(@Args() args: ChangedSinceArgs, @Ctx() context: EngagementContext) {
    requireForceReader(context);
    return changedSincePage(context.em, PriorityUpdate, 'createdAt', args, {
      priority: { status: { $ne: 'DRAFT' } },
    });
  }

  @Query(() => SocialPostRecordPage, {
    description:
      'Every team’s logged social media posts, by when each was logged or last corrected by a ' +
      're-import (oldest first). Analysts and admins.',
  })
  socialPostRecords(@Args() args: ChangedSinceArgs, @Ctx() context: EngagementContext) {
    requireForceReader(context);
    return changedSincePage(context.em, SocialPost, 'updatedAt', args);
  }
}

async function teamOf(context: EngagementContext, id: string): Promise<Neighbourhood> {
  const team = await context.loaders.neighbourhoodById.load(id);
  if (!team) throw new Error(`Neighbourhood ${id} is missing.`);
  return team;
}

/** The team a record belongs to: what a flat export joins on and names. */
@Resolver(() => Engagement)
export class EngagementTeamResolver {
  @FieldResolver(() => Neighbourhood, { description: 'The team that held it.' })
  neighbourhood(@Root() engagement: Engagement, @Ctx() context: EngagementContext) {
    return teamOf(context, engagement.neighbourhood.id);
  }
}

@Resolver(() => SocialPost)
export class SocialPostTeamResolver {
  @FieldResolver(() => Neighbourhood, { description: 'The team that posted it.' })
  neighbourhood(@Root() post: SocialPost, @Ctx() context: EngagementContext) {
    return teamOf(context, post.neighbourhood.id);
  }
}

@Resolver(() => PriorityUpdate)
export class PriorityUpdatePriorityIdResolver {
  @FieldResolver(() => ID, { description: 'The priority the action was taken on.' })
  priorityId(@Root() update: PriorityUpdate): string {
    return update.priority.id;
  }
}
