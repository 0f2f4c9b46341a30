import { describe, expect, it } from 'vitest';
import { ukDay } from '@engage/shared/uk-time';
import { weekOf, windowsOf, quarterOf } from '../../src/modules/compliance/calendar.ts';
import {
  judgeTeam,
  type Evidence,
  type Judgement,
  type Standard,
  type TeamFacts,
} from '../../src/modules/compliance/standards.ts';

const fact = (date: string, description = 'x'): Evidence => ({ date, description });
const noFacts = (): TeamFacts => ({
  establishedOn: null,
  meetings: [],
  patchWalksWithPartners: [],
  priorities: [],
  surveyRounds: [],
  newsletters: [],
  commanderUpdates: [],
  socialPosts: [],
});
const judge = (team: TeamFacts, judgement: Judgement, standard: Standard) =>
  judgeTeam(team, judgement).find((result) => result.standard === standard)!;

/** A past quarter, judged after it ended. */
const Q1_2026 = {
  period: { from: '2026-01-01', to: '2026-03-31' },
  asOf: '2026-03-31',
  today: '2026-11-25',
};
/** The current quarter, judged today. */
const Q4_2026_SO_FAR = {
  period: { from: '2026-10-01', to: '2026-12-31' },
  asOf: '2026-11-25',
  today: '2026-11-25',
};

describe('the calendar the standards are judged by', () => {
  it('counts a post made just after midnight in British Summer Time for the UK day, not the UTC one', () => {
    expect(ukDay(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(ukDay(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });

  it('puts the week of 31 December 2026 in a Monday-to-Sunday week that runs into 2027', () => {
    expect(weekOf('2026-12-31')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('splits a year to date into its quarters', () => {
    expect(
      windowsOf({ from: '2026-01-01', to: '2026-11-25' }, quarterOf).map((q) => q.from),
    ).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
  });
});

describe('a monthly newsletter', () => {
  it('is met for a past quarter when every month had an issue', () => {
    const team = {
      ...noFacts(),
      newsletters: [fact('2026-01-05'), fact('2026-02-02'), fact('2026-03-31')],
    };
    expect(judge(team, Q1_2026, 'MONTHLY_NEWSLETTER')).toMatchObject({
      status: 'MET',
      required: 3,
      achieved: 3,
    });
  });

  it('is missed when one past month had none, even if another month had two', () => {
    const team = {
      ...noFacts(),
      newsletters: [fact('2026-01-05'), fact('2026-01-20'), fact('2026-03-01')],
    };
    expect(judge(team, Q1_2026, 'MONTHLY_NEWSLETTER')).toMatchObject({
      status: 'MISSED',
      required: 3,
      achieved: 2,
    });
  });

  it('is due by the end of the month while the current month has none yet', () => {
    const team = { ...noFacts(), newsletters: [fact('2026-10-03')] };
    expect(judge(team, Q4_2026_SO_FAR, 'MONTHLY_NEWSLETTER')).toMatchObject({
      status: 'DUE',
      dueBy: '2026-11-30',
      required: 2,
      achieved: 1,
    });
  });

  it('does not count an issue published on 1 April for March', () => {
    const team = {
      ...noFacts(),
      newsletters: [fact('2026-01-05'), fact('2026-02-02'), fact('2026-04-01')],
    };
    expect(judge(team, Q1_2026, 'MONTHLY_NEWSLETTER').status).toBe('MISSED');
  });
});

describe('quarterly priorities', () => {
  it('count for the quarter they were set for, across the year boundary', () => {
    const team = { ...noFacts(), priorities: [{ ...fact('2025-12-20'), year: 2026, quarter: 1 }] };
    expect(judge(team, Q1_2026, 'QUARTERLY_PRIORITIES').status).toBe('MET');
    const lastYear = {
      period: { from: '2025-10-01', to: '2025-12-31' },
      asOf: '2025-12-31',
      today: '2026-11-25',
    };
    expect(judge(team, lastYear, 'QUARTERLY_PRIORITIES').status).toBe('MISSED');
  });

  it('do not count before they are published', () => {
    const team = { ...noFacts(), priorities: [{ ...fact('2026-04-02'), year: 2026, quarter: 1 }] };
    expect(judge(team, Q1_2026, 'QUARTERLY_PRIORITIES').status).toBe('MISSED');
  });
});

describe('the yearly standards', () => {
  const yearToDate = {
    period: { from: '2026-01-01', to: '2026-12-31' },
    asOf: '2026-11-25',
    today: '2026-11-25',
  };

  it('are due until 31 December while the year still has time', () => {
    const team = { ...noFacts(), patchWalksWithPartners: [fact('2026-05-01')] };
    expect(judge(team, yearToDate, 'PATCH_WALKS')).toMatchObject({
      status: 'DUE',
      dueBy: '2026-12-31',
      required: 2,
      achieved: 1,
    });
    expect(judge(team, yearToDate, 'WARD_MEETING')).toMatchObject({
      status: 'DUE',
      required: 1,
      achieved: 0,
    });
  });

  it('are missed once the year is over', () => {
    const lastYear = {
      period: { from: '2025-01-01', to: '2025-12-31' },
      asOf: '2025-12-31',
      today: '2026-11-25',
    };
    const team = {
      ...noFacts(),
      meetings: [],
      patchWalksWithPartners: [fact('2025-06-01'), fact('2025-09-01')],
    };
    expect(judge(team, lastYear, 'WARD_MEETING').status).toBe('MISSED');
    expect(judge(team, lastYear, 'PATCH_WALKS').status).toBe('MET');
  });

  it('ask a team that started in July for one patch walk that year, not two', () => {
    const team = {
      ...noFacts(),
      establishedOn: '2026-07-14',
      patchWalksWithPartners: [fact('2026-09-01')],
    };
    expect(judge(team, yearToDate, 'PATCH_WALKS')).toMatchObject({
      status: 'MET',
      required: 1,
      achieved: 1,
    });
  });

  it('ask a team that started in June for both walks: seven months is more than half a year', () => {
    const team = {
      ...noFacts(),
      establishedOn: '2026-06-01',
      patchWalksWithPartners: [fact('2026-09-01')],
    };
    expect(judge(team, yearToDate, 'PATCH_WALKS')).toMatchObject({
      status: 'DUE',
      required: 2,
      achieved: 1,
    });
  });

  it('show a past month as it stood then: still due, though the year is over now', () => {
    const march2025 = {
      period: { from: '2025-03-01', to: '2025-03-31' },
      asOf: '2025-03-31',
      today: '2026-11-25',
    };
    expect(judge(noFacts(), march2025, 'WARD_MEETING')).toMatchObject({
      status: 'DUE',
      dueBy: '2025-12-31',
    });
  });

  it('ignore what happened before a team started', () => {
    const team = { ...noFacts(), establishedOn: '2026-07-14', meetings: [fact('2026-03-01')] };
    expect(judge(team, yearToDate, 'WARD_MEETING')).toMatchObject({ status: 'DUE', achieved: 0 });
  });
});

describe('a team that started during the period', () => {
  it('is judged only on the months since it started', () => {
    const team = {
      ...noFacts(),
      establishedOn: '2026-02-10',
      newsletters: [fact('2026-02-20'), fact('2026-03-02')],
    };
    expect(judge(team, Q1_2026, 'MONTHLY_NEWSLETTER')).toMatchObject({
      status: 'MET',
      required: 2,
      achieved: 2,
    });
  });

  it('is not judged at all on a period before it started', () => {
    const team = { ...noFacts(), establishedOn: '2026-07-01' };
    expect(judgeTeam(team, Q1_2026).every((result) => result.status === 'NOT_APPLICABLE')).toBe(
      true,
    );
  });
});

describe('daily social media and weekly commander updates', () => {
  const november = {
    period: { from: '2026-11-01', to: '2026-11-30' },
    asOf: '2026-11-25',
    today: '2026-11-25',
  };

  it('is due, not missed, on a day that has not ended yet', () => {
    const days = Array.from({ length: 24 }, (_, i) =>
      fact(`2026-11-${String(i + 1).padStart(2, '0')}`),
    );
    expect(
      judge({ ...noFacts(), socialPosts: days }, november, 'DAILY_SOCIAL_MEDIA'),
    ).toMatchObject({
      status: 'DUE',
      dueBy: '2026-11-25',
      required: 25,
      achieved: 24,
    });
  });

  it('is missed by a single silent day in the past', () => {
    const days = ['2026-11-01', '2026-11-02', '2026-11-04'].map((d) => fact(d));
    const firstFour = {
      period: { from: '2026-11-01', to: '2026-11-04' },
      asOf: '2026-11-04',
      today: '2026-11-25',
    };
    expect(
      judge({ ...noFacts(), socialPosts: days }, firstFour, 'DAILY_SOCIAL_MEDIA'),
    ).toMatchObject({
      status: 'MISSED',
      required: 4,
      achieved: 3,
    });
  });

  it('counts commander updates by Monday-to-Sunday week, the current week still due', () => {
    const updates = ['2026-10-27', '2026-11-02', '2026-11-12', '2026-11-16'].map((d) => fact(d));
    // Weeks from Mon 26 Oct to the week of Mon 23 Nov: 26 Oct, 2, 9, 16 and 23 Nov.
    expect(
      judge({ ...noFacts(), commanderUpdates: updates }, november, 'WEEKLY_COMMANDER_UPDATE'),
    ).toMatchObject({
      status: 'DUE',
      dueBy: '2026-11-29',
      required: 5,
      achieved: 4,
    });
  });
});
