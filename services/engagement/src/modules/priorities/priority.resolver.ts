import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { requireTeamManager } from '../authorization.ts';
import { CreatePriorityInput, PriorityUpdateInput, UpdatePriorityInput } from './priority.input.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority, PriorityStatusEnum, type PriorityStatus } from './priority.entity.ts';

/**
 * Loads a priority for a change, checking in the order a client can act on: UNAUTHENTICATED
 * before anything (so the public learns nothing of which ids exist), then NOT_FOUND, FORBIDDEN.
 */
async function managedPriority(em: EntityManager, actor: Actor, id: string): Promise<Priority> {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to change a priority.');
  const priority = isUUID(id) ? await em.findOne(Priority, { id }) : null;
  if (!priority) throw appError('NOT_FOUND', 'There is no such priority.');
  await requireTeamManager(em, actor, priority.neighbourhood.id);
  return priority;
}

@Resolver(() => Priority)
export class PriorityResolver {
  @Mutation(() => Priority, { description: 'A new priority for a team, as a DRAFT.' })
  async createPriority(
    @Arg('input', { description: 'The priority, saved as a draft.' }) input: CreatePriorityInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<Priority> {
    const team = await requireTeamManager(em, actor, input.neighbourhoodId);
    const priority = em.create(Priority, {
      id: randomUUID(),
      neighbourhood: team,
      year: input.year,
      quarter: input.quarter,
      title: input.title.trim(),
      residentsSaid: input.residentsSaid.trim(),
      source: input.source,
      status: 'DRAFT',
      createdBy: actor.kind === 'staff' ? actor.id : null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await em.flush();
    return priority;
  }

  @Mutation(() => Priority, { description: 'Changes the fields given; the others stay.' })
  async updatePriority(
    @Arg('id', () => ID, { description: 'The priority to change.' }) id: string,
    @Arg('input', { description: 'Only the fields to change.' }) input: UpdatePriorityInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<Priority> {
    const priority = await managedPriority(em, actor, id);
    // null means "leave as it is": every one of these columns is required.
    if (input.year != null) priority.year = input.year;
    if (input.quarter != null) priority.quarter = input.quarter;
    if (input.title != null) priority.title = input.title.trim();
    if (input.residentsSaid != null) priority.residentsSaid = input.residentsSaid.trim();
    if (input.source != null) priority.source = input.source;
    await em.flush();
    return priority;
  }

  @Mutation(() => Priority, {
    description:
      'ACTIVE publishes it, COMPLETED closes it (both public), DRAFT takes it back to the team. ' +
      'publishedAt is set the first time it goes public and kept after.',
  })
  async setPriorityStatus(
    @Arg('id', () => ID, { description: 'The priority.' }) id: string,
    @Arg('status', () => PriorityStatusEnum, {
      description: 'Its new status: ACTIVE publishes it, COMPLETED closes it.',
    })
    status: PriorityStatus,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<Priority> {
    const priority = await managedPriority(em, actor, id);
    priority.status = status;
    if (status !== 'DRAFT') priority.publishedAt ??= new Date();
    await em.flush();
    return priority;
  }

  @Mutation(() => PriorityUpdate, { description: '“We did”: records an action on a priority.' })
  async addPriorityUpdate(
    @Arg('priorityId', () => ID, { description: 'The priority the update is about.' })
    priorityId: string,
    @Arg('input', { description: 'What the team did (“We did”).' }) input: PriorityUpdateInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<PriorityUpdate> {
    const priority = await managedPriority(em, actor, priorityId);
    const update = em.create(PriorityUpdate, {
      id: randomUUID(),
      priority,
      actionOn: input.actionOn,
      weDid: input.weDid.trim(),
      createdBy: actor.kind === 'staff' ? actor.id : null,
      createdAt: new Date(),
    });
    await em.flush();
    return update;
  }

  @Mutation(() => Boolean, { description: 'Deletes a priority and its updates.' })
  async deletePriority(
    @Arg('id', () => ID, { description: 'The draft priority to delete.' }) id: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    const priority = await managedPriority(em, actor, id);
    // The database deletes its updates with it (ON DELETE CASCADE).
    await em.remove(priority).flush();
    return true;
  }
}
