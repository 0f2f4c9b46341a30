import { defineModule } from '@engage/shared/graphql';
import { answeringSubscriptions } from './answering.subscriptions.ts';
import { AnsweringResolver } from './answering.resolver.ts';
import { RateLimitRow } from './rate-limit.ts';
import { LocalAnswer, SurveyResponse } from './survey-response.entity.ts';
import { UsedInvitation } from './used-invitation.entity.ts';

/** Residents' answers, by invitation or open link. */
export const answeringModule = defineModule({
  name: 'answering',
  entities: [SurveyResponse, LocalAnswer, UsedInvitation, RateLimitRow],
  resolvers: [AnsweringResolver],
  subscriptions: answeringSubscriptions,
});
