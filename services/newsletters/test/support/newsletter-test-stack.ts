import { createLogger, DEMO_FORCE, startJobQueue, type PgBoss } from '@engage/shared';
import { createProcessMetrics, type ProcessMetrics } from '@engage/shared/metrics';
import type { Workers } from '@engage/shared/graphql';
import {
  startSubgraphHarness,
  testSecret,
  type SubgraphHarness,
  startSmtpTestServer,
  type SmtpTestServer,
  type SmtpTestServerOptions,
} from '@engage/shared/testing';
import { rememberNeighbourhood } from '../../src/modules/neighbourhoods/neighbourhood.subscriptions.ts';
import { mailComposers, mailRecipients } from '../../src/mail-composers.ts';
import { newslettersService } from '../../src/service.ts';
import { forgetNewsletterSettings } from '../../src/settings.ts';
import { startMailWorkers, type MailWorkerOptions } from '../../src/workers.ts';

export const PORTAL_URL = 'https://portal.example.org';

/** The first two NPAs of the demo force: two teams of one, one of the other. */
export const area = DEMO_FORCE[0]!;
export const team = area.neighbourhoods[0]!;
export const neighbourTeam = area.neighbourhoods[1]!;
export const otherArea = DEMO_FORCE[1]!;
export const outsideTeam = otherArea.neighbourhoods[0]!;

export interface NewsletterTestStack {
  harness: SubgraphHarness;
  smtp: SmtpTestServer;
  boss: PgBoss;
  /** Null when started with `workers: false`. */
  workers: Workers | null;
  /** The worker's counters (nl_mails_total), as a service's /metrics would serve them. */
  metrics: ProcessMetrics;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The subgraph on its own database, teams announced through the real `neighbourhood.upserted`
 * handler, a real SMTP server, and (unless told not to) the mail worker sending to it.
 */
export async function startNewsletterTestStack(
  options: { smtp?: SmtpTestServerOptions; workers?: false | MailWorkerOptions } = {},
): Promise<NewsletterTestStack> {
  const smtp = await startSmtpTestServer(options.smtp);
  const env = {
    PORTAL_URL,
    LINK_SIGNING_SECRET: testSecret(),
    INVITATION_SIGNING_SECRET: testSecret(),
    SMTP_URL: smtp.url,
  };
  Object.assign(process.env, env);
  delete process.env['MAIL_CATCHER_DIR'];
  forgetNewsletterSettings();
  const harness = await startSubgraphHarness(newslettersService, { seedDemoData: false });
  const logger = createLogger('newsletters-test', 'warn');
  await harness.orm.em.fork().transactional(async (em) => {
    for (const policingArea of [area, otherArea]) {
      for (const neighbourhood of policingArea.neighbourhoods) {
        await rememberNeighbourhood(em, {
          neighbourhoodId: neighbourhood.id,
          name: neighbourhood.name,
          slug: neighbourhood.slug,
          policingAreaId: policingArea.id,
          policingAreaName: policingArea.name,
          policingAreaSlug: policingArea.slug,
        });
      }
    }
  });
  const boss = await startJobQueue(harness.databaseUrl, logger);
  const metrics = createProcessMetrics('newsletters');
  const workers =
    options.workers === false
      ? null
      : await startMailWorkers(
          { orm: harness.orm, boss, logger, metrics },
          { composers: mailComposers, recipients: mailRecipients },
          { pollIntervalMs: 100, retryDelaySeconds: 1, sendConcurrency: 1, ...options.workers },
        );
  return {
    harness,
    smtp,
    boss,
    workers,
    metrics,
    env: { ...env, DATABASE_URL: harness.databaseUrl },
    async close() {
      await workers?.stop();
      await boss.stop({ graceful: false });
      await smtp.close();
      await harness.close();
    },
  };
}
