import { env, loadConfig } from '@engage/shared';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './modules/scoring/index.ts';

/** The surveys service's own settings, beside the ones every subgraph reads (service-main). */
const shape = {
  /** Verifies "Your Views" invitation tokens; newsletters signs them with the same secret. */
  INVITATION_SIGNING_SECRET: env.secret(),
  /** Where residents answer: `<PORTAL_URL>/your-views/…`. */
  PORTAL_URL: env.url(),
  /**
   * Figures from fewer respondents than this are suppressed (issue #5: default 10). A whole number
   * from 1 up: the shape `env.port` already checks (surveys has no zod of its own to write it).
   */
  SUPPRESSION_THRESHOLD: env.port(DEFAULT_SUPPRESSION_THRESHOLD),
};

export type SurveySettings = ReturnType<typeof loadConfig<typeof shape>>;

let loaded: SurveySettings | undefined;

/**
 * Read and checked once. The service definition's `settings` calls it at start-up, so a missing
 * variable stops the service with a message naming it; resolvers then get the same object.
 */
export function surveySettings(environment: NodeJS.ProcessEnv = process.env): SurveySettings {
  loaded ??= loadConfig(shape, environment);
  return loaded;
}
