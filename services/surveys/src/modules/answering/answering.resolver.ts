import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SurveysContext } from '../../context.ts';
import { appError } from '@engage/shared/graphql';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { SubmitSurveyInput } from './answering.input.ts';
import { SubmitSurveyResult, SurveyInvitationView } from './answering.types.ts';
import { submitResponse, verifiedInvitation } from './submit-response.ts';
import { UsedInvitation } from './used-invitation.entity.ts';

@Resolver()
export class AnsweringResolver {
  @Query(() => SurveyInvitationView, {
    description: 'What an invitation token is for (public). INVALID_LINK when it is not valid.',
  })
  async surveyInvitation(
    @Arg('token', { description: 'The token from the invitation link.' }) token: string,
    @Ctx() { em }: SurveysContext,
  ): Promise<SurveyInvitationView> {
    const invitation = await verifiedInvitation(token);
    const round = await em.findOne(SurveyRound, { id: invitation.roundId });
    if (!round) throw appError('INVALID_LINK', 'The invitation link is not valid.');
    const used = await em.count(UsedInvitation, { invitationId: invitation.invitationId });
    return { round, neighbourhood: { id: invitation.neighbourhoodId }, alreadyAnswered: used > 0 };
  }

  @Mutation(() => SubmitSurveyResult, {
    description:
      'Stores one response (public). With a token: once per invitation (ALREADY_ANSWERED). ' +
      'Without: the open link, unverified and rate-limited per browser or connection, as the ' +
      'gateway identifies the caller (RATE_LIMITED).',
  })
  async submitSurveyResponse(
    @Arg('input', { description: 'The answers.' }) input: SubmitSurveyInput,
    @Ctx() { em, client }: SurveysContext,
  ): Promise<SubmitSurveyResult> {
    const { round, neighbourhoodId, verified } = await submitResponse(em, input, client);
    return { round, verified, neighbourhood: neighbourhoodId ? { id: neighbourhoodId } : null };
  }
}
