import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_NEIGHBOURHOODS, publishEvent, stableId, type Logger } from '@engage/shared';
import { Poll, PollOption, PollVote } from '../modules/polls/poll.entity.ts';

/**
 * DEMO DATA: a few teams' quick polls, invented. Castle has one open (with answers that show
 * suppression: two answers under 10), a draft, and a closed one whose small answer is hidden with
 * a partner; Belgrave a closed one with every figure shown. Dates are relative to the seed, so
 * the open poll stays open. Idempotent: a poll already there is left as it is.
 */
interface DemoPoll {
  key: string;
  team: string;
  question: string;
  /** Each answer and its votes. */
  options: [string, number][];
  state: 'DRAFT' | 'OPEN' | 'CLOSED';
  /** Days before the seed it was created (and opened, unless a draft). */
  age: number;
}

const DEMO_POLLS: DemoPoll[] = [
  {
    key: 'castle-surgery',
    team: 'castle',
    question: 'Should we hold a monthly beat surgery at Castle library?',
    options: [
      ['Yes, on a weekday evening', 14],
      ['Yes, on a Saturday morning', 6],
      ['No, I would not come', 3],
    ],
    state: 'OPEN',
    age: 6,
  },
  {
    key: 'castle-street-meeting',
    team: 'castle',
    question: 'Which evening suits a street meeting on Castle Street?',
    options: [
      ['Tuesday', 0],
      ['Wednesday', 0],
      ['Thursday', 0],
    ],
    state: 'DRAFT',
    age: 1,
  },
  {
    key: 'castle-market-stall',
    team: 'castle',
    question: 'Did you visit our stall at the Saturday market?',
    options: [
      ['Yes', 22],
      ['No', 7],
    ],
    state: 'CLOSED',
    age: 40,
  },
  {
    key: 'belgrave-after-dark',
    team: 'belgrave',
    question: 'Where should we patrol more after dark?',
    options: [
      ['Belgrave Road', 31],
      ['Cossington Park', 18],
      ['Loughborough Road', 12],
    ],
    state: 'CLOSED',
    age: 30,
  },
];

const DAY = 86_400_000;

export async function seedDemoPolls(em: EntityManager, logger: Logger, now = new Date()) {
  let seeded = 0;
  await em.transactional(async (tx) => {
    for (const demo of DEMO_POLLS) {
      const id = stableId('poll', demo.key);
      if (await tx.findOne(Poll, { id })) continue;
      const team = DEMO_NEIGHBOURHOODS.find((n) => n.slug === demo.team)!;
      const createdAt = new Date(now.getTime() - demo.age * DAY);
      const poll = tx.create(Poll, {
        id,
        question: demo.question,
        policingAreaIds: [],
        neighbourhoodIds: [team.id],
        closesAt: null,
        createdAt,
        openedAt: demo.state === 'DRAFT' ? null : createdAt,
        closedAt: demo.state === 'CLOSED' ? new Date(createdAt.getTime() + 14 * DAY) : null,
      });
      demo.options.forEach(([label, votes], position) => {
        const optionId = stableId('poll-option', `${demo.key}/${position}`);
        tx.create(PollOption, { id: optionId, pollId: id, position, label });
        for (let n = 0; n < votes; n += 1) {
          const clientHash = createHash('sha256')
            .update(`demo-vote:${demo.key}:${position}:${n}`)
            .digest('hex');
          tx.create(PollVote, { pollId: id, clientHash, optionId });
        }
      });
      if (demo.state === 'OPEN') {
        publishEvent(tx, 'poll.opened', {
          pollId: id,
          question: poll.question,
          neighbourhoodIds: [team.id],
          openedAt: createdAt.toISOString(),
          closesAt: null,
        });
      }
      seeded += 1;
    }
  });
  if (seeded > 0) logger.info({ polls: seeded }, 'demo polls seeded');
}
