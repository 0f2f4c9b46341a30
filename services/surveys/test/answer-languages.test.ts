import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@engage/shared';
import { ANONYMOUS, signSurveyInvitation } from '@engage/shared/auth';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { admin, analyst, errorCode, team } from './support/actors.ts';
import { INVITATION_SECRET, receiveDemoTeams } from './support/survey-test-stack.ts';
import { surveysService } from '../src/service.ts';

/**
 * "Your Views" in residents' own languages: an answer records the language its questions were
 * shown in, every language counts the same in a score, and analysts can cut by that language.
 */
let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const CHOICES = [
  'STRONGLY_AGREE',
  'AGREE',
  'NEITHER',
  'DISAGREE',
  'STRONGLY_DISAGREE',
  'DONT_KNOW',
];
type Choices = string[];

/** Respondent i of a language: a spread of answers, different for each language. */
const answersOf = (i: number, step: number): Choices =>
  [0, 1, 2, 3, 4].map((q) => CHOICES[(i * step + q * (step + 1)) % CHOICES.length]!);

async function openRound(label: string): Promise<{ id: string; questionIds: string[] }> {
  const created = await surveys.execute<{ createSurveyRound: { id: string } }>(
    `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }`,
    {
      actor: admin,
      variables: {
        input: { label, opensOn: '2026-11-01', closesOn: '2099-12-31', policingAreaIds: [] },
      },
    },
  );
  const id = created.data!.createSurveyRound.id;
  await surveys.execute(`mutation($id: ID!) { openSurveyRound(id: $id) { id } }`, {
    actor: admin,
    variables: { id },
  });
  const { data } = await surveys.execute<{ surveyRound: { questions: { id: string }[] } }>(
    `query($id: ID!) { surveyRound(id: $id) { questions { id } } }`,
    { variables: { id } },
  );
  return { id, questionIds: data!.surveyRound.questions.map((q) => q.id) };
}

const SUBMIT = `mutation($input: SubmitSurveyInput!) { submitSurveyResponse(input: $input) { verified } }`;

async function answer(
  round: { id: string; questionIds: string[] },
  language: string,
  choices: Choices,
) {
  const token = await signSurveyInvitation(
    { roundId: round.id, neighbourhoodId: team.id, invitationId: randomUUID() },
    INVITATION_SECRET,
    new Date('2099-12-31T23:59:59Z'),
  );
  const answers = round.questionIds.map((questionId, q) => ({ questionId, choice: choices[q] }));
  return surveys.execute(SUBMIT, { variables: { input: { token, language, answers } } });
}

/** The published overall score worked out by hand: the mean of the five questions' shares. */
function independentScore(respondents: Choices[]): { score: number; n: number } {
  const counted = (c: string) => c !== 'DONT_KNOW';
  const positive = (c: string) => c === 'AGREE' || c === 'STRONGLY_AGREE';
  const shares = [0, 1, 2, 3, 4].map((q) => {
    const base = respondents.filter((r) => counted(r[q]!)).length;
    return respondents.filter((r) => positive(r[q]!)).length / base;
  });
  return {
    score: (shares.reduce((a, b) => a + b, 0) / shares.length) * 100,
    n: respondents.filter((r) => r.some(counted)).length,
  };
}

interface Cell {
  group: string | null;
  confidence: { value: number | null; respondents: number | null; suppressed: boolean };
}
const SCORES = `query($groupBy: Breakdown, $roundIds: [ID!]) {
  confidenceScores(level: FORCE, groupBy: $groupBy, roundIds: $roundIds) {
    group confidence { value respondents suppressed }
  }
}`;
const scores = (roundId: string, groupBy: string, actor: Actor = analyst) =>
  surveys.execute<{ confidenceScores: Cell[] }>(SCORES, {
    actor,
    variables: { groupBy, roundIds: [roundId] },
  });

const somali = Array.from({ length: 12 }, (_, i) => answersOf(i, 1));
const english = Array.from({ length: 12 }, (_, i) => answersOf(i, 2));

describe('answers in Somali and in English to the same round', () => {
  let round: { id: string; questionIds: string[] };
  beforeAll(async () => {
    round = await openRound('Languages pooling round');
    for (const choices of somali)
      expect((await answer(round, 'SO', choices)).errors).toBeUndefined();
    for (const choices of english) {
      expect((await answer(round, 'EN', choices)).errors).toBeUndefined();
    }
  });

  it('are each stored with the language they were given in', async () => {
    const rows = await surveys.orm.em.fork().execute<{ language: string; count: number }[]>(
      `select language, count(*)::int as count from surveys.survey_response
         where round_id = ? group by language order by language`,
      [round.id],
    );
    expect(rows).toEqual([
      { language: 'EN', count: 12 },
      { language: 'SO', count: 12 },
    ]);
  });

  it('pool into one score: the published figure is the calculation over all of them', async () => {
    const { data, errors } = await scores(round.id, 'NONE');
    expect(errors).toBeUndefined();
    const pooled = independentScore([...somali, ...english]);
    expect(data!.confidenceScores).toHaveLength(1);
    const [cell] = data!.confidenceScores;
    expect(cell!.confidence.respondents).toBe(pooled.n);
    expect(pooled.n).toBe(somali.length + english.length);
    expect(cell!.confidence.value).toBeCloseTo(pooled.score, 9);
    // Not either language's own score: the two differ, so pooling is what made this figure.
    expect(independentScore(somali).score).not.toBeCloseTo(pooled.score, 1);
    expect(independentScore(english).score).not.toBeCloseTo(pooled.score, 1);
  });

  it('can be cut by answer language, each language scored on its own answers', async () => {
    const { data, errors } = await scores(round.id, 'ANSWER_LANGUAGE');
    expect(errors).toBeUndefined();
    const byGroup = new Map(data!.confidenceScores.map((cell) => [cell.group, cell.confidence]));
    expect([...byGroup.keys()].sort()).toEqual(['EN', 'SO']);
    for (const [language, answers] of [
      ['SO', somali],
      ['EN', english],
    ] as const) {
      const own = independentScore(answers);
      expect(byGroup.get(language)!.respondents).toBe(own.n);
      expect(byGroup.get(language)!.value).toBeCloseTo(own.score, 9);
    }
  });

  it('by language is for staff only: the public and the portal are refused', async () => {
    for (const actor of [ANONYMOUS, { kind: 'service', service: 'portal' } as const]) {
      const { data, errors } = await scores(round.id, 'ANSWER_LANGUAGE', actor);
      expect(errorCode(errors)).toBe('FORBIDDEN');
      expect(data).toBeNull();
    }
  });
});

describe('a language with few answers in a round', () => {
  it('is suppressed, and so is another group, so it cannot be worked out by subtraction', async () => {
    const round = await openRound('Languages suppression round');
    for (const choices of somali) await answer(round, 'SO', choices);
    for (const choices of english) await answer(round, 'EN', choices);
    for (const choices of english.slice(0, 3)) await answer(round, 'UR', choices);
    const { data } = await scores(round.id, 'ANSWER_LANGUAGE');
    const byGroup = new Map(data!.confidenceScores.map((cell) => [cell.group, cell.confidence]));
    expect(byGroup.get('UR')).toMatchObject({ value: null, respondents: null, suppressed: true });
    const hidden = [...byGroup.values()].filter((figure) => figure.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    // The area's own figure still counts all 27.
    const everyone = await scores(round.id, 'NONE');
    expect(everyone.data!.confidenceScores[0]!.confidence.respondents).toBe(27);
  });
});

describe('the answer language', () => {
  it('must be one of ours: anything else is refused and nothing is stored', async () => {
    const round = await openRound('Languages validation round');
    const refused = await answer(round, 'FR', english[0]!);
    expect(refused.errors?.[0]?.message).toMatch(/ResidentLanguage/);
    const count = await surveys.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from surveys.survey_response where round_id = ?`,
        [round.id],
      );
    expect(count[0]!.n).toBe(0);
  });
});
