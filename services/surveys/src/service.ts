import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import { AuditEntry } from '@engage/shared/audit';
import type { ServiceDefinition } from '@engage/shared/graphql';
import { createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { answeringSubscriptions } from './modules/answering/answering.subscriptions.ts';
import { AnsweringResolver } from './modules/answering/answering.resolver.ts';
import { RateLimitRow } from './modules/answering/rate-limit.ts';
import { LocalAnswer, SurveyResponse } from './modules/answering/survey-response.entity.ts';
import { UsedInvitation } from './modules/answering/used-invitation.entity.ts';
import { NeighbourhoodConfidenceResolver } from './modules/confidence/confidence.resolver.ts';
import { Neighbourhood } from './modules/confidence/neighbourhood.extension.ts';
import { neighbourhoodReference } from './modules/confidence/neighbourhood.reference.ts';
import { Poll, PollOption, PollVote } from './modules/polls/poll.entity.ts';
import { pollReference } from './modules/polls/poll.reference.ts';
import { PollResolver } from './modules/polls/poll.resolver.ts';
import { QuestionSetResolver } from './modules/questions/question-set.resolver.ts';
import { QuestionSet } from './modules/questions/question-set.entity.ts';
import { SurveyQuestion } from './modules/questions/survey-question.entity.ts';
import { RoundCorrectionsResolver } from './modules/rounds/round-corrections.resolver.ts';
import { SurveyRoundFieldsResolver } from './modules/rounds/round-fields.resolver.ts';
import { SurveyRound } from './modules/rounds/survey-round.entity.ts';
import { surveyRoundReference } from './modules/rounds/survey-round.reference.ts';
import { SurveyRoundResolver } from './modules/rounds/survey-round.resolver.ts';
import { ScoresResolver } from './modules/scores/scores.resolver.ts';
import { KnownNeighbourhood } from './modules/teams/known-neighbourhood.entity.ts';
import { teamSubscriptions } from './modules/teams/teams.subscriptions.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';
import { startSurveyWorkers } from './workers.ts';

/** The surveys subgraph: "Your Views" question sets, rounds, answers, scores and quick polls. */
export const surveysService = {
  name: 'surveys',
  entities: [
    OutboxMessage,
    KnownNeighbourhood,
    QuestionSet,
    SurveyQuestion,
    SurveyRound,
    SurveyResponse,
    LocalAnswer,
    UsedInvitation,
    Poll,
    PollOption,
    PollVote,
    RateLimitRow,
    AuditEntry,
  ],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  schema: {
    resolvers: [
      NeighbourhoodConfidenceResolver,
      QuestionSetResolver,
      SurveyRoundResolver,
      SurveyRoundFieldsResolver,
      RoundCorrectionsResolver,
      AnsweringResolver,
      ScoresResolver,
      PollResolver,
    ],
    orphanedTypes: [Neighbourhood],
    references: {
      Neighbourhood: neighbourhoodReference,
      SurveyRound: surveyRoundReference,
      Poll: pollReference,
    },
  },
  createLoaders,
  seedDemoData,
  subscriptions: { ...teamSubscriptions, ...answeringSubscriptions },
  startWorkers: startSurveyWorkers,
} satisfies ServiceDefinition<ReturnType<typeof createLoaders>>;
