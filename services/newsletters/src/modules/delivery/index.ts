import { defineModule } from '@engage/shared/graphql';
import { Announcement } from './announcement.entity.ts';
import { Delivery } from './delivery.entity.ts';
import { inviteToEvent, inviteToSurvey } from './invitation.subscriptions.ts';

/** The mail pipeline's records, and the invitations other services' events ask for. */
export const deliveryModule = defineModule({
  name: 'delivery',
  entities: [Delivery, Announcement],
  subscriptions: { 'event.published': inviteToEvent, 'survey.round.opened': inviteToSurvey },
});
