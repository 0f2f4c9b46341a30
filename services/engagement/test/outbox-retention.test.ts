import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage, pruneOutbox, stableId } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../src/service.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService, { seedDemoData: false });
});
afterAll(() => engagement?.close());

const DAY = 24 * 60 * 60 * 1000;

describe('the outbox', () => {
  it('deletes events relayed more than a week ago and keeps newer or unrelayed ones', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const message = (key: string, publishedAt: Date | null) => ({
      id: stableId('outbox-retention-test', key),
      name: 'event.published',
      payload: { key },
      createdAt: new Date(now.getTime() - 30 * DAY),
      publishedAt,
    });
    await engagement.orm.em
      .fork()
      .insertMany(OutboxMessage, [
        message('relayed 8 days ago', new Date(now.getTime() - 8 * DAY)),
        message('relayed 6 days ago', new Date(now.getTime() - 6 * DAY)),
        message('never relayed', null),
      ]);

    expect(await pruneOutbox(engagement.orm, now)).toBe(1);

    const left = await engagement.orm.em.fork().find(OutboxMessage, {}, { orderBy: { id: 'asc' } });
    expect(left.map(({ payload }) => (payload as { key: string }).key).sort()).toEqual([
      'never relayed',
      'relayed 6 days ago',
    ]);
  });
});
