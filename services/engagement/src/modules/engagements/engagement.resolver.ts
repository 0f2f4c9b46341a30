import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { mayReadTeamRecords, type Actor } from '@engage/shared/auth';
import { requireTeamManager } from '../authorization.ts';
import { ImportResult } from '../csv-import/import-result.types.ts';
import { ukToday } from '@engage/shared/uk-time';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { importEngagementsCsv } from './engagement-import.ts';
import { EngagementPage } from './engagement-page.types.ts';
import { Engagement } from './engagement.entity.ts';
import { EngagementInput } from './engagement.input.ts';
import { checkPageArgs, TeamRecordPageArgs } from './team-record-pages.ts';

/** Internal records: UNAUTHENTICATED for the public, FORBIDDEN for staff outside the team. */
export function requireTeamRecordsReader(actor: Actor, neighbourhood: Neighbourhood) {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to see team records.');
  const team = { id: neighbourhood.id, policingAreaId: neighbourhood.policingArea.id };
  if (!mayReadTeamRecords(actor, team)) {
    throw appError('FORBIDDEN', 'You can only see the records of your own team.');
  }
}

/** The values an engagement takes from its input, tidied (trimmed, empty entries dropped). */
function engagementValues(input: EngagementInput) {
  if (input.heldOn > ukToday()) {
    throw appError('BAD_USER_INPUT', 'The date is in the future. Record only what has happened.');
  }
  const tidy = (items: string[] | null | undefined) =>
    (items ?? []).map((item) => item.trim()).filter((item) => item !== '');
  return {
    kind: input.kind,
    heldOn: input.heldOn,
    place: input.place.trim(),
    attendance: input.attendance ?? null,
    partners: tidy(input.partners),
    communitiesReached: tidy(input.communitiesReached),
    notes: input.notes?.trim() || null,
  };
}

/** Finds an engagement the actor may change: UNAUTHENTICATED, NOT_FOUND or FORBIDDEN otherwise. */
async function engagementToChange({ em, actor }: EngagementContext, id: string) {
  if (actor.kind !== 'staff') {
    throw appError('UNAUTHENTICATED', 'Sign in to change a team’s records.');
  }
  const engagement = await em.findOne(Engagement, { id });
  if (!engagement) throw appError('NOT_FOUND', 'There is no such engagement.');
  await requireTeamManager(em, actor, engagement.neighbourhood.id);
  return engagement;
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodEngagementsResolver {
  @FieldResolver(() => EngagementPage, {
    description: 'The team’s engagements, newest first. Team managers and analysts only.',
  })
  engagements(
    @Root() neighbourhood: Neighbourhood,
    @Args() args: TeamRecordPageArgs,
    @Ctx() { actor, loaders }: EngagementContext,
  ) {
    requireTeamRecordsReader(actor, neighbourhood);
    return loaders.engagementPages.load({
      neighbourhoodId: neighbourhood.id,
      ...checkPageArgs(args),
    });
  }
}

@Resolver(() => Engagement)
export class EngagementResolver {
  @Mutation(() => Engagement, { description: 'Records a meeting, patch walk, surgery or event.' })
  async recordEngagement(
    @Arg('input', { description: 'The engagement to record.' }) input: EngagementInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<Engagement> {
    const team = await requireTeamManager(em, actor, input.neighbourhoodId);
    const engagement = em.create(Engagement, {
      id: randomUUID(),
      neighbourhood: team,
      ...engagementValues(input),
      recordedBy: actor.kind === 'staff' ? actor.id : null,
      createdAt: new Date(),
    });
    await em.flush();
    return engagement;
  }

  @Mutation(() => Engagement, { description: 'Corrects an engagement; it stays with its team.' })
  async updateEngagement(
    @Arg('id', () => ID, { description: 'The engagement to change.' }) id: string,
    @Arg('input', { description: 'The engagement as it should now be (every field).' })
    input: EngagementInput,
    @Ctx() context: EngagementContext,
  ): Promise<Engagement> {
    const engagement = await engagementToChange(context, id);
    if (input.neighbourhoodId !== engagement.neighbourhood.id) {
      throw appError('BAD_USER_INPUT', 'An engagement cannot move to another team.');
    }
    context.em.assign(engagement, engagementValues(input));
    await context.em.flush();
    return engagement;
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes an engagement recorded by mistake: the team’s officers, its commander, or an admin. True when it was deleted.',
  })
  async deleteEngagement(
    @Arg('id', () => ID, { description: 'The engagement to delete.' }) id: string,
    @Ctx() context: EngagementContext,
  ): Promise<boolean> {
    const engagement = await engagementToChange(context, id);
    await context.em.remove(engagement).flush();
    return true;
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports a CSV of engagements, all or nothing: any bad row means nothing is imported and ' +
      'every bad row is reported. Re-importing the same rows adds nothing.',
  })
  async importEngagements(
    @Arg('neighbourhoodId', () => ID, { description: 'The team the rows are for.' })
    neighbourhoodId: string,
    @Arg('csv', { description: 'The file’s text: a header row, then one engagement per row.' })
    csv: string,
    @Arg('dryRun', {
      description: 'True to check the rows and report errors without saving anything.',
      defaultValue: false,
    })
    dryRun: boolean,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<ImportResult> {
    await requireTeamManager(em, actor, neighbourhoodId);
    return importEngagementsCsv(em, {
      neighbourhoodId,
      csv,
      dryRun,
      recordedBy: actor.kind === 'staff' ? actor.id : null,
    });
  }
}
