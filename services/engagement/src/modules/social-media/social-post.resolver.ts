import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { requireTeamManager } from '../authorization.ts';
import { ImportResult } from '../csv-import/import-result.types.ts';
import { ukToday } from '@engage/shared/uk-time';
import { requireTeamRecordsReader } from '../engagements/engagement.resolver.ts';
import { checkPageArgs, TeamRecordPageArgs } from '../engagements/team-record-pages.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { SocialPostPage } from './social-post-page.types.ts';
import { importSocialPostsCsv } from './social-post-import.ts';
import { SocialPost } from './social-post.entity.ts';
import { SocialPostInput } from './social-post.input.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodSocialPostsResolver {
  @FieldResolver(() => SocialPostPage, {
    description: 'The team’s social media log, newest first. Team managers and analysts only.',
  })
  socialPosts(
    @Root() neighbourhood: Neighbourhood,
    @Args() args: TeamRecordPageArgs,
    @Ctx() { actor, loaders }: EngagementContext,
  ) {
    requireTeamRecordsReader(actor, neighbourhood);
    return loaders.socialPostPages.load({
      neighbourhoodId: neighbourhood.id,
      ...checkPageArgs(args),
    });
  }
}

@Resolver(() => SocialPost)
export class SocialPostResolver {
  @Mutation(() => SocialPost, { description: 'Logs one post the team made.' })
  async recordSocialPost(
    @Arg('input', { description: 'The post to record.' }) input: SocialPostInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<SocialPost> {
    const team = await requireTeamManager(em, actor, input.neighbourhoodId);
    if (input.postedOn > ukToday()) {
      throw appError('BAD_USER_INPUT', 'The date is in the future. Log only posts that are out.');
    }
    const post = em.create(SocialPost, {
      id: randomUUID(),
      neighbourhood: team,
      postedOn: input.postedOn,
      channel: input.channel,
      link: input.link?.trim() || null,
      youSaidWeDid: input.youSaidWeDid,
      recordedBy: actor.kind === 'staff' ? actor.id : null,
    });
    await em.flush();
    return post;
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a social media post recorded by mistake: the team’s officers, its commander, or an admin. True when it was deleted.',
  })
  async deleteSocialPost(
    @Arg('id', () => ID, { description: 'The post record to delete.' }) id: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    if (actor.kind !== 'staff') {
      throw appError('UNAUTHENTICATED', 'Sign in to change a team’s records.');
    }
    const post = await em.findOne(SocialPost, { id });
    if (!post) throw appError('NOT_FOUND', 'There is no such post in the log.');
    await requireTeamManager(em, actor, post.neighbourhood.id);
    await em.remove(post).flush();
    return true;
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports a scheduler’s CSV export, all or nothing. A post is “You said – We did” when its ' +
      'message says “you said” or its you_said_we_did column is yes.',
  })
  async importSocialPosts(
    @Arg('neighbourhoodId', () => ID, { description: 'The team the rows are for.' })
    neighbourhoodId: string,
    @Arg('csv', { description: 'The file’s text: a header row, then one post per row.' })
    csv: string,
    @Arg('dryRun', {
      description: 'True to check the rows and report errors without saving anything.',
      defaultValue: false,
    })
    dryRun: boolean,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<ImportResult> {
    await requireTeamManager(em, actor, neighbourhoodId);
    return importSocialPostsCsv(em, {
      neighbourhoodId,
      csv,
      dryRun,
      recordedBy: actor.kind === 'staff' ? actor.id : null,
    });
  }
}
