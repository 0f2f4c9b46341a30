import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { publishEvent } from '@engage/shared';
import type { Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { requireTeamManager } from '../authorization.ts';
import { CommunityEvent } from './community-event.entity.ts';
import { CommunityEventInput } from './community-event.input.ts';

/**
 * Loads an event for a change: UNAUTHENTICATED before anything (the public learns nothing of
 * which ids exist), then NOT_FOUND, then FORBIDDEN. `lock` holds the row until the transaction
 * ends, so two publishes of the same event cannot both see it as a draft.
 */
async function managedEvent(
  em: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
): Promise<CommunityEvent> {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to change an event.');
  const event = isUUID(id)
    ? await em.findOne(
        CommunityEvent,
        { id },
        lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
      )
    : null;
  if (!event) throw appError('NOT_FOUND', 'There is no such event.');
  await requireTeamManager(em, actor, event.neighbourhood.id);
  return event;
}

/** Optional text: blank is the same as none. */
const optional = (text: string | null | undefined) => text?.trim() || null;

@Resolver(() => CommunityEvent)
export class CommunityEventResolver {
  @Mutation(() => CommunityEvent, { description: 'A new event for a team, as a DRAFT.' })
  async createCommunityEvent(
    @Arg('input', { description: 'The event, saved as a draft.' }) input: CommunityEventInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<CommunityEvent> {
    const team = await requireTeamManager(em, actor, input.neighbourhoodId);
    const event = em.create(CommunityEvent, {
      id: randomUUID(),
      neighbourhood: team,
      ...details(input),
      status: 'DRAFT',
      createdBy: actor.kind === 'staff' ? actor.id : null,
    });
    await em.flush();
    return event;
  }

  @Mutation(() => CommunityEvent, {
    description: 'Changes an event’s details; moving it to another team needs both teams.',
  })
  async updateCommunityEvent(
    @Arg('id', () => ID, { description: 'The event to change.' }) id: string,
    @Arg('input', { description: 'The event as it should now be (every field).' })
    input: CommunityEventInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<CommunityEvent> {
    const event = await managedEvent(em, actor, id);
    if (input.neighbourhoodId !== event.neighbourhood.id) {
      event.neighbourhood = await requireTeamManager(em, actor, input.neighbourhoodId);
    }
    Object.assign(event, details(input));
    await em.flush();
    return event;
  }

  @Mutation(() => CommunityEvent, {
    description:
      'DRAFT → PUBLISHED, which invites the area’s subscribers (the event.published event, sent ' +
      'once). Publishing a published event changes nothing; a past or cancelled one is refused.',
  })
  publishCommunityEvent(
    @Arg('id', () => ID, { description: 'The draft event to publish.' }) id: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<CommunityEvent> {
    // The status change and its outbox row commit together, or neither does.
    return em.transactional(async (tx) => {
      const event = await managedEvent(tx, actor, id, true);
      if (event.status === 'PUBLISHED') return event;
      if (event.status === 'CANCELLED') {
        throw appError('BAD_USER_INPUT', 'A cancelled event cannot be published.');
      }
      if (event.startsAt < new Date()) {
        throw appError(
          'BAD_USER_INPUT',
          'This event has already started, so it cannot be published.',
          {
            field: 'startsAt',
          },
        );
      }
      event.status = 'PUBLISHED';
      event.publishedAt = new Date();
      publishEvent(tx, 'event.published', {
        eventId: event.id,
        neighbourhoodId: event.neighbourhood.id,
        title: event.title,
        startsAt: event.startsAt.toISOString(),
        place: event.place,
      });
      return event;
    });
  }

  @Mutation(() => CommunityEvent, { description: 'Cancels an event; it stays on record.' })
  async cancelCommunityEvent(
    @Arg('id', () => ID, { description: 'The published event to cancel.' }) id: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<CommunityEvent> {
    const event = await managedEvent(em, actor, id);
    event.status = 'CANCELLED';
    await em.flush();
    return event;
  }
}

function details(input: CommunityEventInput) {
  return {
    title: input.title.trim(),
    description: optional(input.description),
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    place: input.place.trim(),
    accessibilityNotes: optional(input.accessibilityNotes),
  };
}
