import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEMO_NEIGHBOURHOODS,
  demoRandom as unit,
  publishEvent,
  stableId,
  type Logger,
} from '@engage/shared';
import { RoundResult } from '../modules/confidence/round-result.entity.ts';
import { DEMO_OPENED_ROUNDS, DEMO_ROUNDS } from './demo-rounds.ts';

/**
 * DEMO DATA: a result per neighbourhood per round since 2019. Scores sit within ±8 points of the
 * force path; response counts range 12–79, above the suppression threshold of 10.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<void> {
  const rows = DEMO_NEIGHBOURHOODS.flatMap((neighbourhood) =>
    DEMO_ROUNDS.map((round) => {
      const key = `${neighbourhood.slug}/${round.label}`;
      const score = round.forceScore + (unit(`score:${key}`) * 16 - 8);
      return {
        id: stableId('round-result', key),
        neighbourhoodId: neighbourhood.id,
        roundLabel: round.label,
        closedOn: round.closedOn,
        score: Math.round(Math.min(100, Math.max(0, score)) * 10) / 10,
        responses: 12 + Math.floor(unit(`responses:${key}`) * 68),
      };
    }),
  );
  await em.transactional(async (tx) => {
    const firstSeed = (await tx.count(RoundResult, {})) === 0;
    await tx.upsertMany(RoundResult, rows);
    // Each round was shared with every team when it opened (the quarterly-survey standard).
    if (firstSeed) {
      for (const round of DEMO_OPENED_ROUNDS) {
        publishEvent(tx, 'survey.round.opened', {
          roundId: stableId('round', round.label),
          roundLabel: round.label,
          openedOn: round.openedOn,
          closesOn: round.closesOn,
          neighbourhoodIds: DEMO_NEIGHBOURHOODS.map((n) => n.id),
        });
      }
    }
  });
  logger.info({ results: rows.length }, 'demo confidence history seeded');
}
