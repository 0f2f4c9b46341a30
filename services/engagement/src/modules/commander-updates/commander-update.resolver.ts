import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { publishEvent } from '@engage/shared';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { mayManageArea } from '@engage/shared/auth';
import { PolicingArea } from '../geography/policing-area.entity.ts';
import { CommanderUpdate } from './commander-update.entity.ts';
import { CommanderUpdateInput } from './commander-update.input.ts';

/** A page of a year of weekly updates is the most anyone needs at once. */
const MAX_PAGE = 52;

@Resolver(() => PolicingArea)
export class PolicingAreaCommanderUpdatesResolver {
  @FieldResolver(() => [CommanderUpdate], { description: 'The commander’s updates, newest first.' })
  commanderUpdates(
    @Root() area: PolicingArea,
    @Arg('first', () => Int, {
      description: 'How many of the latest updates to return, newest first.',
      defaultValue: 5,
    })
    first: number,
    @Ctx() { loaders }: EngagementContext,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw appError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_PAGE} updates.`, {
        field: 'first',
      });
    }
    return loaders.commanderUpdatesByArea(first).load(area.id);
  }

  @FieldResolver(() => CommanderUpdate, { nullable: true, description: 'The newest update.' })
  async latestCommanderUpdate(@Root() area: PolicingArea, @Ctx() { loaders }: EngagementContext) {
    const [latest] = await loaders.commanderUpdatesByArea(1).load(area.id);
    return latest ?? null;
  }
}

@Resolver(() => CommanderUpdate)
export class CommanderUpdateResolver {
  @Mutation(() => CommanderUpdate, {
    description:
      'Posts an update for an NPA: its commander, or an admin. Signed with their name. With ' +
      'emailSubscribers, newsletters also mails it to the NPA’s subscribers who want updates.',
  })
  async postCommanderUpdate(
    @Arg('input', { description: 'What to post, and for which NPA.' }) input: CommanderUpdateInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<CommanderUpdate> {
    if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to post an update.');
    const area = await em.findOne(PolicingArea, { id: input.policingAreaId });
    if (!area) throw appError('NOT_FOUND', 'There is no such policing area.');
    if (!mayManageArea(actor, area.id)) {
      throw appError('FORBIDDEN', 'Only the area’s commander can post its updates.');
    }
    const update = em.create(CommanderUpdate, {
      id: randomUUID(),
      policingArea: area,
      title: input.title.trim(),
      body: input.body.trim(),
      videoUrl: input.videoUrl?.trim() || null,
      publishedAt: new Date(),
      authorName: actor.name,
      createdBy: actor.id,
    });
    if (input.emailSubscribers) {
      // In the same transaction as the update (the outbox): newsletters mails it once each.
      publishEvent(em, 'commander.update.published', {
        updateId: update.id,
        policingAreaId: area.id,
        title: update.title,
        body: update.body,
        videoUrl: update.videoUrl,
        authorName: update.authorName,
        publishedAt: update.publishedAt.toISOString(),
      });
    }
    await em.flush();
    return update;
  }

  @Mutation(() => Boolean, { description: 'Deletes an update: the area’s commander, or an admin.' })
  async deleteCommanderUpdate(
    @Arg('id', () => ID, { description: 'The update to delete.' }) id: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to delete an update.');
    const update = isUUID(id) ? await em.findOne(CommanderUpdate, { id }) : null;
    if (!update) throw appError('NOT_FOUND', 'There is no such update.');
    if (!mayManageArea(actor, update.policingArea.id)) {
      throw appError('FORBIDDEN', 'Only the area’s commander can delete its updates.');
    }
    await em.remove(update).flush();
    return true;
  }
}
