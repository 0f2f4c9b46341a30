import { describe, expect, it } from 'vitest';
import { STANDARD_QUESTIONS } from '../src/modules/scoring/index.ts';
import { demoHistory, demoOpenedRounds } from '../src/seed/demo-rounds.ts';
import { DEMO_TEAMS, generateDemoAnswers } from '../src/seed/demo-responses.ts';
import { ANSWERS } from '../src/modules/scoring/index.ts';

describe('the demo survey history', () => {
  it('runs up to the day it is seeded: a round every quarter since mid-2024, and one open now', () => {
    const history = demoHistory('2026-12-05');
    expect(history[0]).toMatchObject({ label: 'May 2019', closedOn: '2019-05-31' });
    expect(history.slice(-4).map((round) => round.label)).toEqual([
      'December 2025',
      'March 2026',
      'June 2026',
      'September 2026',
    ]);
    expect(history.every((round) => round.closedOn < '2026-12-05')).toBe(true);
    expect(demoOpenedRounds('2026-12-05').at(-1)).toEqual({
      label: 'December 2026',
      openedOn: '2026-11-11',
      closesOn: '2026-12-12',
    });
    // A year on, the history has moved with the calendar: nothing ages.
    const later = demoHistory('2027-12-05');
    expect(later.at(-1)!.label).toBe('September 2027');
    expect(new Set(later.map((round) => round.label)).size).toBe(later.length);
  });

  it('gives every team a publishable figure in every closed round, no two teams the same', () => {
    const history = demoHistory('2026-12-05').slice(-6);
    const answers = generateDemoAnswers(history);
    const positive = ['STRONGLY_AGREE', 'AGREE'].map((a) => ANSWERS.indexOf(a as never) + 1);
    const dontKnow = ANSWERS.indexOf('DONT_KNOW') + 1;
    history.forEach((round, r) => {
      const scores = DEMO_TEAMS.map((_, t) => {
        const mine = answers.round.flatMap((ri, i) =>
          ri === r + 1 && answers.team[i] === t + 1 ? [i] : [],
        );
        expect(mine.length).toBeGreaterThanOrEqual(30);
        const shares = STANDARD_QUESTIONS.map((_, q) => {
          const counted = mine.filter((i) => answers.choices[q]![i] !== dontKnow);
          return (
            counted.filter((i) => positive.includes(answers.choices[q]![i]!)).length /
            counted.length
          );
        });
        return ((shares.reduce((a, b) => a + b, 0) / shares.length) * 100).toFixed(1);
      });
      expect(new Set(scores).size, round.label).toBe(DEMO_TEAMS.length);
    });
  });
});
