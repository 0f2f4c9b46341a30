import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import { AuditEntry } from '@engage/shared/audit';
import { defineService, type ServiceDefinition } from '@engage/shared/graphql';
import type { SurveysLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { answeringModule } from './modules/answering/index.ts';
import { confidenceModule } from './modules/confidence/index.ts';
import { neighbourhoodsModule } from './modules/neighbourhoods/index.ts';
import { pollsModule } from './modules/polls/index.ts';
import { reachModule } from './modules/reach/index.ts';
import { questionsModule } from './modules/questions/index.ts';
import { roundsModule } from './modules/rounds/index.ts';
import { scoresModule } from './modules/scores/index.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';
import { surveySettings } from './settings.ts';
import { startSurveyWorkers } from './workers.ts';

/** The surveys subgraph: "Your Views" question sets, rounds, answers, scores and quick polls. */
export const surveysService = defineService({
  name: 'surveys',
  modules: [
    neighbourhoodsModule,
    confidenceModule,
    questionsModule,
    roundsModule,
    answeringModule,
    scoresModule,
    pollsModule,
    reachModule,
  ],
  entities: [OutboxMessage, AuditEntry],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  settings: () => surveySettings(),
  seedDemoData,
  startWorkers: startSurveyWorkers,
}) satisfies ServiceDefinition<SurveysLoaders>;
