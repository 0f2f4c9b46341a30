import { DEMO_FORCE, demoRandom } from '@engage/shared';
import { AGE_BANDS, DISABILITIES, ETHNIC_GROUPS, GENDERS } from '@engage/shared/demographics';
import { ANSWERS } from '../modules/scoring/index.ts';

/**
 * DEMO DATA: individual answers for every seeded round, generated so the force's score follows
 * the published path (demo-rounds.ts) and every figure is computed from them like real answers.
 *
 * For each team and round: 30–60 respondents (0–3 in the round open now); the team's level sits
 * within ±8 points of the force path (the offsets centred on the round, so the force lands on
 * the path); per question, about 6% "don't know" and exactly round(level × base) positive
 * answers, shuffled over the respondents, nudged by one answer where needed so that no two teams
 * share a figure in a round (distinctScore). About 60% give demographics, with realistic shares, so
 * small groups (under-18s, a team's age bands) fall below the suppression threshold.
 */
export interface DemoAnswers {
  /** Parallel columns, one entry per respondent. Indexes are 1-based for PostgreSQL arrays. */
  round: number[];
  team: number[];
  /** Days after the round opened. */
  day: number[];
  /** 1-based into AGE_BANDS …; 0 when no demographics were given. */
  ageBand: number[];
  ethnicGroup: number[];
  disability: number[];
  gender: number[];
  /** Per standard question (Q1–Q5), 1-based into ANSWERS. */
  choices: [number[], number[], number[], number[], number[]];
}

export const DEMO_TEAMS = DEMO_FORCE.flatMap((area) =>
  area.neighbourhoods.map((team) => ({ ...team, policingAreaId: area.id })),
);

const weights = <T extends string>(values: readonly T[], shares: readonly number[]) => ({
  values,
  shares,
});
const AGE = weights(AGE_BANDS, [0.02, 0.08, 0.14, 0.16, 0.18, 0.18, 0.14, 0.07, 0.03]);
const ETHNIC = weights(ETHNIC_GROUPS, [0.14, 0.05, 0.03, 0.72, 0.02, 0.04]);
const DISABILITY = weights(DISABILITIES, [0.18, 0.76, 0.06]);
const GENDER = weights(GENDERS, [0.51, 0.45, 0.01, 0.03]);

const choice = (name: (typeof ANSWERS)[number]) => ANSWERS.indexOf(name) + 1;

/** mulberry32, seeded from demoRandom: a cheap repeatable stream per team and round. */
function stream(key: string): () => number {
  let state = Math.floor(demoRandom(key) * 2 ** 32);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function pick(random: () => number, { shares }: { shares: readonly number[] }): number {
  let u = random();
  for (let i = 0; i < shares.length; i += 1) {
    u -= shares[i]!;
    if (u < 0) return i + 1;
  }
  return shares.length;
}

export function generateDemoAnswers(
  rounds: readonly { label: string; forceScore: number | null }[],
): DemoAnswers {
  const out: DemoAnswers = {
    round: [],
    team: [],
    day: [],
    ageBand: [],
    ethnicGroup: [],
    disability: [],
    gender: [],
    choices: [[], [], [], [], []],
  };
  rounds.forEach((round, r) => {
    const full = round.forceScore !== null;
    const plans = DEMO_TEAMS.map((team) => {
      const random = stream(`survey-answers:${team.slug}/${round.label}`);
      const size = full ? 30 + Math.floor(random() * 31) : Math.floor(random() * 4);
      return { random, size, offset: random() * 16 - 8 };
    });
    const total = plans.reduce((sum, plan) => sum + plan.size, 0);
    const centre = plans.reduce((sum, plan) => sum + plan.offset * plan.size, 0) / (total || 1);
    const taken: number[] = [];
    plans.forEach(({ random, size, offset }, t) => {
      const level = Math.min(
        0.98,
        Math.max(0.02, ((round.forceScore ?? 55) + offset - centre) / 100),
      );
      for (let k = 0; k < size; k += 1) {
        out.round.push(r + 1);
        out.team.push(t + 1);
        out.day.push(Math.floor(random() * (full ? 28 : 23)));
        const given = random() < 0.6;
        out.ageBand.push(given ? pick(random, AGE) : 0);
        out.ethnicGroup.push(given ? pick(random, ETHNIC) : 0);
        out.disability.push(given ? pick(random, DISABILITY) : 0);
        out.gender.push(given ? pick(random, GENDER) : 0);
      }
      const answers = out.choices.map(() => questionAnswers(random, size, level));
      // Never two teams with the same figure in a full round: move the fewest answers needed.
      if (full) taken.push(distinctScore(answers, taken));
      answers.forEach(({ choices }, q) => out.choices[q]!.push(...choices));
    });
  });
  return out;
}

interface QuestionAnswers {
  /** 1-based into ANSWERS, one per respondent. */
  choices: number[];
  /** Answers other than "don't know", and how many of them agree. */
  base: number;
  positive: number;
}

/** A team's score in percent, as the service computes it: the mean of the questions' shares. */
const teamScore = (questions: readonly { base: number; positive: number }[]) =>
  (questions.reduce((sum, q) => sum + q.positive / q.base, 0) / questions.length) * 100;

const POSITIVE = [choice('STRONGLY_AGREE'), choice('AGREE')];
const NEGATIVE = [choice('NEITHER'), choice('DISAGREE'), choice('STRONGLY_DISAGREE')];

/**
 * Turns the fewest answers to one question (disagreeing to agreeing, or back) needed for the
 * team's score to be at least 0.1 of a point from every score already `taken`, so no two teams
 * show the same figure to one decimal place; returns the score.
 */
function distinctScore(questions: QuestionAnswers[], taken: readonly number[]): number {
  const free = (score: number) => taken.every((other) => Math.abs(other - score) >= 0.1);
  if (free(teamScore(questions))) return teamScore(questions);
  for (let step = 1; step <= 20; step += 1) {
    for (const question of questions) {
      for (const delta of [step, -step]) {
        const positive = question.positive + delta;
        if (positive < 0 || positive > question.base) continue;
        const score = teamScore(questions.map((q) => (q === question ? { ...q, positive } : q)));
        if (!free(score)) continue;
        const [from, to] = delta > 0 ? [NEGATIVE, choice('AGREE')] : [POSITIVE, choice('NEITHER')];
        for (let moved = 0, i = 0; moved < Math.abs(delta); i += 1) {
          if (!from.includes(question.choices[i]!)) continue;
          question.choices[i] = to;
          moved += 1;
        }
        question.positive = positive;
        return score;
      }
    }
  }
  throw new Error('no distinct demo score found');
}

/** One question's answers from `size` people: exactly round(level × base) positive, shuffled. */
function questionAnswers(random: () => number, size: number, level: number): QuestionAnswers {
  const dontKnow = Math.floor(size * 0.06 + random());
  const base = size - dontKnow;
  const positive = Math.round(level * base);
  const answers: number[] = [];
  for (let i = 0; i < positive; i += 1)
    answers.push(choice(random() < 0.35 ? 'STRONGLY_AGREE' : 'AGREE'));
  for (let i = positive; i < base; i += 1) {
    const u = random();
    answers.push(choice(u < 0.4 ? 'NEITHER' : u < 0.8 ? 'DISAGREE' : 'STRONGLY_DISAGREE'));
  }
  for (let i = 0; i < dontKnow; i += 1) answers.push(choice('DONT_KNOW'));
  for (let i = answers.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [answers[i], answers[j]] = [answers[j]!, answers[i]!];
  }
  return { choices: answers, base, positive };
}
