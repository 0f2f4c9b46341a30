import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Actor, StaffActor } from '@engage/shared/auth';
import { appError, characterCount } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { requireAdmin, requireStaff } from '../authorization.ts';
import { OpenLinkAnswersInput, VoidSurveyRoundInput } from './round-corrections.input.ts';
import { setOpenLinkExclusion, voidRound } from './round-corrections.ts';
import { OpenLinkAnswersChange, OpenLinkDay, SurveyAuditEntry } from './round-corrections.types.ts';
import { SurveyRound } from './survey-round.entity.ts';

/** The public is told to sign in; staff without the role are told they may not. */
function signedIn(actor: Actor, doing: string): void {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', `Sign in as staff to ${doing}.`);
}

function admin(actor: Actor, doing: string): StaffActor {
  signedIn(actor, doing);
  return requireAdmin(actor, doing);
}

/** Required, and more than a few spaces: the audit log must say why. */
function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  if (characterCount(trimmed) < 5) {
    throw appError('BAD_USER_INPUT', 'Say why, in at least 5 characters.', { field: 'reason' });
  }
  return trimmed;
}

@Resolver(() => SurveyRound)
export class RoundCorrectionsResolver {
  @Mutation(() => SurveyRound, {
    description:
      'ADMIN: the round counts in no published figure any more; an open round also closes. ' +
      'Audit-logged with the reason. CONFLICT when voided already.',
  })
  async voidSurveyRound(
    @Arg('input', { description: 'The round, and why.' }) input: VoidSurveyRoundInput,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound> {
    const staff = admin(actor, 'void a survey round');
    return voidRound(em, { roundId: input.roundId, reason: reasonOf(input.reason) }, staff);
  }

  @Mutation(() => OpenLinkAnswersChange, {
    description:
      'ADMIN: leaves a round’s open-link answers (from the days given, or all) out of every ' +
      'figure. Audit-logged with the reason and counts; BAD_USER_INPUT when none would change.',
  })
  async excludeOpenLinkAnswers(
    @Arg('input', { description: 'The round, the days (or all), and why.' })
    input: OpenLinkAnswersInput,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<OpenLinkAnswersChange> {
    const staff = admin(actor, 'exclude answers');
    return setOpenLinkExclusion(em, { ...input, reason: reasonOf(input.reason) }, staff, true);
  }

  @Mutation(() => OpenLinkAnswersChange, {
    description: 'ADMIN: undoes excludeOpenLinkAnswers for the days given, or all. Audit-logged.',
  })
  async includeOpenLinkAnswers(
    @Arg('input', { description: 'The round, the days (or all), and why.' })
    input: OpenLinkAnswersInput,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<OpenLinkAnswersChange> {
    const staff = admin(actor, 'include answers again');
    return setOpenLinkExclusion(em, { ...input, reason: reasonOf(input.reason) }, staff, false);
  }

  @FieldResolver(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When an admin voided the round; null if never (staff only).',
  })
  voidedAt(@Root() round: SurveyRound, @Ctx() { actor }: SurveysContext): Date | null {
    signedIn(actor, 'see whether a round was voided');
    requireStaff(actor, 'see whether a round was voided');
    return round.voidedAt;
  }

  @FieldResolver(() => Int, {
    description: 'How many of the round’s answers are excluded from every figure (staff only).',
  })
  async excludedResponseCount(
    @Root() round: SurveyRound,
    @Ctx() { actor, loaders }: SurveysContext,
  ): Promise<number> {
    signedIn(actor, 'see excluded answers');
    requireStaff(actor, 'see excluded answers');
    return loaders.excludedResponseCount.load(round.id);
  }

  @FieldResolver(() => [OpenLinkDay], {
    description: 'The round’s open-link answers by UK day, oldest first (staff only).',
  })
  async openLinkDays(
    @Root() round: SurveyRound,
    @Ctx() { actor, loaders }: SurveysContext,
  ): Promise<OpenLinkDay[]> {
    signedIn(actor, 'see open-link answers');
    requireStaff(actor, 'see open-link answers');
    return loaders.openLinkDays.load(round.id);
  }

  @FieldResolver(() => [SurveyAuditEntry], {
    description: 'Corrective actions on the round, newest first (ADMIN only).',
  })
  async auditEntries(
    @Root() round: SurveyRound,
    @Ctx() { actor, loaders }: SurveysContext,
  ): Promise<SurveyAuditEntry[]> {
    admin(actor, 'read the audit log');
    return loaders.roundAuditEntries.load(round.id);
  }
}
