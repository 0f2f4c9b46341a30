import { defineModule } from '@engage/shared/graphql';
import { Announcement } from './announcement.entity.ts';
import { inviteToEvent, inviteToSurvey } from './invitation.subscriptions.ts';

/** The invitations other services' events ask for: community events and "Your Views" rounds. */
export const invitationsModule = defineModule({
  name: 'invitations',
  entities: [Announcement],
  subscriptions: { 'event.published': inviteToEvent, 'survey.round.opened': inviteToSurvey },
});
