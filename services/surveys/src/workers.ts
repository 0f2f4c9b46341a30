import type { ServiceRuntime, Workers } from '@engage/shared/graphql';
import { clearExpiredLimits } from './modules/answering/rate-limit.ts';
import { runRoundCalendar } from './modules/rounds/round-lifecycle.ts';
import { UK_TIME_ZONE } from '@engage/shared/uk-time';

export const ROUND_CALENDAR_QUEUE = 'surveys.round-calendar';

/**
 * The round calendar: a pg-boss schedule runs it at five past every hour, UK time (a round due
 * today opens within the hour of midnight, and a missed run is caught up by the next), and once
 * at start-up. pg-boss hands each run to one worker across replicas; opening and closing are
 * conditional updates besides, so a run twice over changes nothing.
 */
export async function startSurveyWorkers({ orm, boss, logger }: ServiceRuntime): Promise<Workers> {
  await boss.createQueue(ROUND_CALENDAR_QUEUE, { retryLimit: 3, retryBackoff: true });
  await boss.schedule(ROUND_CALENDAR_QUEUE, '5 * * * *', null, { tz: UK_TIME_ZONE });
  await boss.work(ROUND_CALENDAR_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const em = orm.em.fork();
    const { opened, closed, neverOpened } = await runRoundCalendar(em);
    await clearExpiredLimits(em);
    if (opened.length + closed.length + neverOpened.length > 0) {
      logger.info({ opened, closed, neverOpened }, 'round calendar ran');
    }
  });
  await boss.send(ROUND_CALENDAR_QUEUE, {});
  return {
    async stop() {
      await boss.offWork(ROUND_CALENDAR_QUEUE);
    },
  };
}
