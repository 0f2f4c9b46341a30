import type { EventHandlers } from '@engage/shared';
import { inviteToEvent, inviteToSurvey } from './modules/invitations/invitation.subscriptions.ts';
import { rememberNeighbourhood } from './modules/neighbourhoods/neighbourhood.subscriptions.ts';

/** The events this service consumes (each handler idempotent: a replay changes nothing). */
export const newsletterSubscriptions = {
  'neighbourhood.upserted': rememberNeighbourhood,
  'event.published': inviteToEvent,
  'survey.round.opened': inviteToSurvey,
} satisfies EventHandlers;
