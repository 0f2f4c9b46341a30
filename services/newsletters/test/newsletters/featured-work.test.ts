import { describe, expect, it } from 'vitest';
import { featuredWork, type TeamPriority } from '../../src/modules/newsletter/featured-work.ts';

const priority = (overrides: Partial<TeamPriority>): TeamPriority => ({
  priorityId: 'p',
  year: 2026,
  quarter: 4,
  status: 'ACTIVE',
  title: 'Speeding on London Road',
  residentsSaid: 'Cars go too fast.',
  updates: [],
  ...overrides,
});

const ids = (work: ReturnType<typeof featuredWork>) => work.priorities.map((p) => p.priorityId);

describe('what a newsletter issue features of the team’s work', () => {
  it('features the active priorities and those completed in the newest quarter, in the order given', () => {
    const work = featuredWork({
      priorities: [
        priority({ priorityId: 'active', status: 'ACTIVE' }),
        priority({ priorityId: 'done-now', status: 'COMPLETED' }),
        priority({ priorityId: 'draft', status: 'DRAFT' }),
        priority({ priorityId: 'done-before', status: 'COMPLETED', quarter: 2 }),
        priority({ priorityId: 'active-before', status: 'ACTIVE', year: 2025, quarter: 1 }),
      ],
      events: [],
    });

    expect(ids(work)).toEqual(['active', 'done-now', 'active-before']);
  });

  it('takes the newest quarter from all the team’s priorities, drafts included, whatever their order', () => {
    const work = featuredWork({
      priorities: [
        priority({ priorityId: 'done-q3', status: 'COMPLETED', quarter: 3 }),
        priority({ priorityId: 'draft-next-year', status: 'DRAFT', year: 2027, quarter: 1 }),
      ],
      events: [],
    });

    expect(ids(work)).toEqual([]);
  });

  it('shows a priority as “You said – We did” with its three newest updates, newest first', () => {
    const work = featuredWork({
      priorities: [
        priority({
          updates: [
            { actionOn: '2026-10-01', weDid: 'oldest' },
            { actionOn: '2026-11-20', weDid: 'newest' },
            { actionOn: '2026-11-02', weDid: 'second, first given that day' },
            { actionOn: '2026-11-02', weDid: 'third, given next that day' },
          ],
        }),
      ],
      events: [],
    });

    expect(work.priorities).toEqual([
      {
        priorityId: 'p',
        title: 'Speeding on London Road',
        youSaid: 'Cars go too fast.',
        weDid: ['newest', 'second, first given that day', 'third, given next that day'],
      },
    ]);
  });

  it('features the upcoming events as given, and nothing when the team has no work yet', () => {
    const startsAt = new Date('2026-12-01T18:00:00.000Z');

    expect(
      featuredWork({
        priorities: [],
        events: [{ eventId: 'e1', title: 'Beat surgery', startsAt, place: 'Castle Library' }],
      }),
    ).toEqual({
      priorities: [],
      events: [
        {
          eventId: 'e1',
          title: 'Beat surgery',
          startsAt: '2026-12-01T18:00:00.000Z',
          place: 'Castle Library',
        },
      ],
    });
  });
});
