import { linkTokens } from './subscriber-tokens.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Demographics } from '@engage/shared/demographics';
import { appError } from '@engage/shared/graphql';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import type { Subscriber } from './subscriber.entity.ts';
import type { DemographicsInput } from '@engage/shared/graphql';
import type { SubscribeInput } from './subscriber.input.ts';
import type { SubscriberPreferences } from './subscriber.outputs.ts';

type Choices = Pick<
  SubscribeInput,
  'neighbourhoodIds' | 'policingAreaIds' | 'interests' | 'language' | 'format'
>;

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Checks the areas against the teams this service knows (one query) and returns the choices to
 * store: BAD_USER_INPUT, naming the field, for none chosen or an id we do not know.
 */
export async function checkedChoices(em: EntityManager, input: Choices) {
  const neighbourhoodIds = unique(input.neighbourhoodIds.map((id) => id.toLowerCase()));
  const policingAreaIds = unique(input.policingAreaIds.map((id) => id.toLowerCase()));
  if (neighbourhoodIds.length === 0 && policingAreaIds.length === 0) {
    throw appError('BAD_USER_INPUT', 'Choose at least one neighbourhood or area', {
      field: 'neighbourhoodIds',
    });
  }
  const teams = await em.find(
    KnownNeighbourhood,
    { $or: [{ id: { $in: neighbourhoodIds } }, { policingAreaId: { $in: policingAreaIds } }] },
    { fields: ['id', 'policingAreaId'] },
  );
  const teamIds = new Set(teams.map((team) => team.id));
  const areaIds = new Set(teams.map((team) => team.policingAreaId));
  if (neighbourhoodIds.some((id) => !teamIds.has(id))) {
    throw appError('BAD_USER_INPUT', 'Choose neighbourhoods from the list', {
      field: 'neighbourhoodIds',
    });
  }
  if (policingAreaIds.some((id) => !areaIds.has(id))) {
    throw appError('BAD_USER_INPUT', 'Choose areas from the list', { field: 'policingAreaIds' });
  }
  const interests = unique(input.interests);
  if (interests.length === 0) {
    throw appError('BAD_USER_INPUT', 'Choose at least one kind of email', { field: 'interests' });
  }
  return {
    neighbourhoodIds,
    policingAreaIds,
    interests,
    language: input.language,
    format: input.format,
  };
}

export function demographicsFrom(input: DemographicsInput | null | undefined): Demographics | null {
  if (!input) return null;
  const { ageBand, ethnicGroup, disability, gender } = input;
  return { ageBand, ethnicGroup, disability, gender };
}

export function preferencesOf(subscriber: Subscriber): SubscriberPreferences {
  return {
    email: subscriber.email,
    status: subscriber.status,
    neighbourhoods: subscriber.neighbourhoodIds.map((id) => ({ id })),
    policingAreas: subscriber.policingAreaIds.map((id) => ({ id })),
    interests: subscriber.interests,
    language: subscriber.language,
    format: subscriber.format,
    hasDemographics: subscriber.demographics !== null,
    manageToken: linkTokens().sign('MANAGE_PREFERENCES', subscriber.id),
    unsubscribeToken: linkTokens().sign('UNSUBSCRIBE', subscriber.id),
  };
}
