import { randomUUID } from 'node:crypto';
import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { mayTranslateTeamContent, type Actor } from '@engage/shared/auth';
import { appError, ResidentLanguageEnum } from '@engage/shared/graphql';
import type { ResidentLanguage } from '@engage/shared/languages';
import type { EngagementContext } from '../../context.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { englishFingerprint } from './english-source.ts';
import {
  PriorityTranslationInput,
  PriorityUpdateTranslationInput,
} from './priority-translation.input.ts';
import { PriorityTranslation, PriorityUpdateTranslation } from './priority-translation.entity.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';

const priorityFingerprint = (priority: Priority) =>
  englishFingerprint(priority.title, priority.residentsSaid);
const updateFingerprint = (update: PriorityUpdate) => englishFingerprint(update.weDid);

/**
 * Checks, in the order a client can act on (as priority.resolver.ts does): UNAUTHENTICATED before
 * anything, then NOT_FOUND, then FORBIDDEN unless the actor may translate the team's content.
 */
async function requireTranslator(
  em: EntityManager,
  actor: Actor,
  neighbourhoodId: string,
): Promise<void> {
  const team = await em.findOne(Neighbourhood, { id: neighbourhoodId });
  if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
  if (!mayTranslateTeamContent(actor, { id: team.id, policingAreaId: team.policingArea.id })) {
    throw appError(
      'FORBIDDEN',
      'Only the team’s officers, its commander and corporate communications can translate its priorities.',
    );
  }
}

async function translatablePriority(em: EntityManager, actor: Actor, id: string) {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to translate a priority.');
  const priority = isUUID(id) ? await em.findOne(Priority, { id }) : null;
  if (!priority) throw appError('NOT_FOUND', 'There is no such priority.');
  await requireTranslator(em, actor, priority.neighbourhood.id);
  return priority;
}

async function translatableUpdate(em: EntityManager, actor: Actor, id: string) {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to translate an update.');
  const update = isUUID(id)
    ? await em.findOne(PriorityUpdate, { id }, { populate: ['priority'] })
    : null;
  if (!update) throw appError('NOT_FOUND', 'There is no such “We did” update.');
  await requireTranslator(em, actor, update.priority.neighbourhood.id);
  return update;
}

/** Which languages a priority or update has is for the staff who may translate it. */
async function requireTranslatorToList(
  { actor, loaders }: EngagementContext,
  neighbourhoodId: string,
): Promise<void> {
  const team = await loaders.neighbourhoodById.load(neighbourhoodId);
  if (
    !team ||
    !mayTranslateTeamContent(actor, { id: team.id, policingAreaId: team.policingArea.id })
  )
    throw appError(
      'FORBIDDEN',
      'Only the team’s officers, its commander and corporate communications see its translations.',
    );
}

@Resolver(() => Priority)
export class PriorityTranslationFieldsResolver {
  @FieldResolver(() => PriorityTranslation, {
    description:
      'Its title and “You said” in the language asked for, or null when nobody has translated it ' +
      'into that language (show the English, saying so). Always null for English: the priority ' +
      'itself is the English.',
    nullable: true,
  })
  async translation(
    @Root() priority: Priority,
    @Arg('language', () => ResidentLanguageEnum, { description: 'The reader’s language.' })
    language: ResidentLanguage,
    @Ctx() { loaders }: EngagementContext,
  ): Promise<PriorityTranslation | null> {
    const translations = await loaders.priorityTranslationsByPriority.load(priority.id);
    return translations.find((translation) => translation.language === language) ?? null;
  }

  @FieldResolver(() => [PriorityTranslation], {
    description:
      'Every translation it has, one per language: for the team’s managers and corporate ' +
      'communications (FORBIDDEN for anyone else).',
  })
  async translations(
    @Root() priority: Priority,
    @Ctx() context: EngagementContext,
  ): Promise<PriorityTranslation[]> {
    await requireTranslatorToList(context, priority.neighbourhood.id);
    return context.loaders.priorityTranslationsByPriority.load(priority.id);
  }
}

@Resolver(() => PriorityUpdate)
export class PriorityUpdateTranslationFieldsResolver {
  @FieldResolver(() => PriorityUpdateTranslation, {
    description:
      '“We did” in the language asked for, or null when nobody has translated it into that ' +
      'language (show the English, saying so). Always null for English.',
    nullable: true,
  })
  async translation(
    @Root() update: PriorityUpdate,
    @Arg('language', () => ResidentLanguageEnum, { description: 'The reader’s language.' })
    language: ResidentLanguage,
    @Ctx() { loaders }: EngagementContext,
  ): Promise<PriorityUpdateTranslation | null> {
    const translations = await loaders.priorityUpdateTranslationsByUpdate.load(update.id);
    return translations.find((translation) => translation.language === language) ?? null;
  }

  @FieldResolver(() => [PriorityUpdateTranslation], {
    description:
      'Every translation it has, one per language: for the team’s managers and corporate ' +
      'communications (FORBIDDEN for anyone else).',
  })
  async translations(
    @Root() update: PriorityUpdate,
    @Ctx() context: EngagementContext,
  ): Promise<PriorityUpdateTranslation[]> {
    const priority = await context.loaders.priorityById.load(update.priority.id);
    if (!priority) throw new Error(`Update ${update.id} has no priority.`);
    await requireTranslatorToList(context, priority.neighbourhood.id);
    return context.loaders.priorityUpdateTranslationsByUpdate.load(update.id);
  }
}

@Resolver(() => PriorityTranslation)
export class PriorityTranslationResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True when the English title or “You said” has changed since it was translated: it needs ' +
      'redoing. Residents still see it until then.',
  })
  async outOfDate(
    @Root() translation: PriorityTranslation,
    @Ctx() { loaders }: EngagementContext,
  ): Promise<boolean> {
    // The priority is in this request's identity map whenever it came through a priority.
    const priority = wrap(translation.priority).isInitialized()
      ? translation.priority
      : await loaders.priorityById.load(translation.priority.id);
    return priority !== null && priorityFingerprint(priority) !== translation.englishFingerprint;
  }

  @Mutation(() => PriorityTranslation, {
    description:
      'Saves a translation of a priority’s title and “You said” into one language, replacing ' +
      'the one in that language if there is one. Residents reading that language see it at once.',
  })
  async savePriorityTranslation(
    @Arg('priorityId', () => ID, { description: 'The priority it translates.' })
    priorityId: string,
    @Arg('input', { description: 'The language and the translated words.' })
    input: PriorityTranslationInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<PriorityTranslation> {
    const priority = await translatablePriority(em, actor, priorityId);
    const fields = {
      title: input.title.trim(),
      residentsSaid: input.residentsSaid.trim(),
      englishFingerprint: priorityFingerprint(priority),
      translatedBy: actor.kind === 'staff' ? actor.id : null,
      translatedAt: new Date(),
    };
    const existing = await em.findOne(PriorityTranslation, {
      priority,
      language: input.language,
    });
    const translation = existing
      ? Object.assign(existing, fields)
      : em.create(PriorityTranslation, {
          id: randomUUID(),
          priority,
          language: input.language,
          ...fields,
        });
    await em.flush();
    return translation;
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a priority’s translation into one language: its readers see the English again, ' +
      'with a note. NOT_FOUND when it has none in that language.',
  })
  async removePriorityTranslation(
    @Arg('priorityId', () => ID, { description: 'The priority.' }) priorityId: string,
    @Arg('language', () => ResidentLanguageEnum, { description: 'The translation’s language.' })
    language: ResidentLanguage,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    const priority = await translatablePriority(em, actor, priorityId);
    const translation = await em.findOne(PriorityTranslation, { priority, language });
    if (!translation) throw appError('NOT_FOUND', 'It has no translation in that language.');
    await em.remove(translation).flush();
    return true;
  }
}

@Resolver(() => PriorityUpdateTranslation)
export class PriorityUpdateTranslationResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True when the English “We did” has changed since it was translated: it needs redoing. ' +
      'Residents still see it until then.',
  })
  async outOfDate(
    @Root() translation: PriorityUpdateTranslation,
    @Ctx() { em }: EngagementContext,
  ): Promise<boolean> {
    // The update is in this request's identity map whenever it came through an update.
    const update = wrap(translation.update).isInitialized()
      ? translation.update
      : await em.findOne(PriorityUpdate, { id: translation.update.id });
    return update !== null && updateFingerprint(update) !== translation.englishFingerprint;
  }

  @Mutation(() => PriorityUpdateTranslation, {
    description:
      'Saves a translation of a “We did” update into one language, replacing the one in that ' +
      'language if there is one.',
  })
  async savePriorityUpdateTranslation(
    @Arg('updateId', () => ID, { description: 'The “We did” update it translates.' })
    updateId: string,
    @Arg('input', { description: 'The language and the translated words.' })
    input: PriorityUpdateTranslationInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<PriorityUpdateTranslation> {
    const update = await translatableUpdate(em, actor, updateId);
    const fields = {
      weDid: input.weDid.trim(),
      englishFingerprint: updateFingerprint(update),
      translatedBy: actor.kind === 'staff' ? actor.id : null,
      translatedAt: new Date(),
    };
    const existing = await em.findOne(PriorityUpdateTranslation, {
      update,
      language: input.language,
    });
    const translation = existing
      ? Object.assign(existing, fields)
      : em.create(PriorityUpdateTranslation, {
          id: randomUUID(),
          update,
          language: input.language,
          ...fields,
        });
    await em.flush();
    return translation;
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a “We did” update’s translation into one language: its readers see the English ' +
      'again, with a note. NOT_FOUND when it has none in that language.',
  })
  async removePriorityUpdateTranslation(
    @Arg('updateId', () => ID, { description: 'The “We did” update.' }) updateId: string,
    @Arg('language', () => ResidentLanguageEnum, { description: 'The translation’s language.' })
    language: ResidentLanguage,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    const update = await translatableUpdate(em, actor, updateId);
    const translation = await em.findOne(PriorityUpdateTranslation, { update, language });
    if (!translation) throw appError('NOT_FOUND', 'It has no translation in that language.');
    await em.remove(translation).flush();
    return true;
  }
}
