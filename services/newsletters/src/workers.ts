import type { Logger } from '@engage/shared';
import type { ServiceRuntime, Workers } from '@engage/shared/graphql';
import {
  createDispatcher,
  PUBLISH_QUEUE,
  SEND_QUEUE,
  type PublishJob,
  type SendJob,
} from './modules/delivery/dispatcher.ts';
import { checkMailComposers } from './modules/delivery/mail-composer.ts';
import { createMailTransport, type MailTransport } from './modules/delivery/mail-transport.ts';
import { sendDeliveries, type SendContext } from './modules/delivery/send-deliveries.ts';
import { publishScheduled } from './modules/newsletter/publish-newsletter.ts';
import { loadNewsletterSettings, type NewsletterSettings } from './settings.ts';

export interface MailWorkerOptions {
  /** How often waiting deliveries and scheduled issues are looked for. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Send jobs run at once in this process (each on its own pooled connection). Default 2. */
  sendConcurrency?: number;
  /**
   * Seconds a send job may run before pg-boss takes it as lost and retries it: 15 minutes (25
   * messages take seconds; a hung relay is cut off by the transport's 60 s socket timeout first).
   * The crash test shortens it, so the killed worker's job comes back quickly.
   */
  sendJobExpireSeconds?: number;
  /** First retry delay in seconds (doubling, at most an hour). Default 30. */
  retryDelaySeconds?: number;
  settings?: NewsletterSettings;
  transport?: MailTransport;
}

/** What the worker sends and to whom: src/mail-composers.ts. */
export type MailKinds = Pick<SendContext, 'composers' | 'recipients'>;

/**
 * The mail worker: the dispatcher queues send jobs for waiting deliveries (and publish jobs for
 * scheduled issues), and the job handlers send and publish. The composers and settings are
 * checked first, so a kind of mail nobody composes or a missing variable stops the service at
 * start-up.
 */
export async function startMailWorkers(
  { orm, boss, logger, metrics }: ServiceRuntime,
  { composers, recipients }: MailKinds,
  options: MailWorkerOptions = {},
): Promise<Workers> {
  checkMailComposers(composers);
  const settings = options.settings ?? loadNewsletterSettings();
  const log: Logger = logger.child({ component: 'mail-worker' });
  const transport = options.transport ?? createMailTransport(settings, log);
  if (settings.mail.kind === 'folder') {
    log.info({ folder: settings.mail.dir }, 'no SMTP_URL: mail is written to the catcher folder');
  }
  await boss.createQueue(SEND_QUEUE, {
    retryLimit: 10,
    retryDelay: options.retryDelaySeconds ?? 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: options.sendJobExpireSeconds ?? 15 * 60,
  });
  await boss.createQueue(PUBLISH_QUEUE, { retryLimit: 20, retryDelay: 5, retryBackoff: true });

  const context: SendContext = {
    orm,
    transport,
    settings,
    logger: log,
    composers,
    recipients,
    metrics,
  };
  await boss.work<SendJob>(
    SEND_QUEUE,
    { batchSize: 1, localConcurrency: options.sendConcurrency ?? 2, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (job) await sendDeliveries(context, job.data.deliveryIds);
    },
  );
  await boss.work<PublishJob>(PUBLISH_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await publishScheduled(orm.em.fork(), job.data.newsletterId, log);
  });

  const dispatcher = createDispatcher(orm, boss, log);
  const timer = setInterval(() => {
    dispatcher.dispatch().catch((error: unknown) => {
      log.error({ err: error }, 'queuing mail failed; will retry');
    });
  }, options.pollIntervalMs ?? 1000);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      await dispatcher.dispatch().catch(() => undefined);
      await boss.offWork(SEND_QUEUE, { wait: true });
      await boss.offWork(PUBLISH_QUEUE, { wait: true });
      transport.close();
    },
  };
}
