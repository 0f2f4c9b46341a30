import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import './support/survey-test-stack.ts';
import { surveysService } from '../src/service.ts';
import { demoOpenRound } from '../src/seed/demo-rounds.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
});
afterAll(() => surveys?.close());

describe('a survey round referenced by another subgraph', () => {
  it('is resolved by id, every round asked with one query', async () => {
    const open = demoOpenRound().label;
    const ids = ['May 2019', 'May 2024', open].map((label) => stableId('round', label));
    surveys.resetQueries();
    const { data, errors } = await surveys.execute<{
      _entities: { id: string; label: string; status: string }[];
    }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on SurveyRound { id label status } } }`,
      { variables: { r: ids.map((id) => ({ __typename: 'SurveyRound', id })) } },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { id: ids[0], label: 'May 2019', status: 'CLOSED' },
      { id: ids[1], label: 'May 2024', status: 'CLOSED' },
      { id: ids[2], label: open, status: 'OPEN' },
    ]);
    expect(surveys.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
  });
});

describe('the current question set', () => {
  it('asks the five standard questions in English and Welsh', async () => {
    const { data } = await surveys.execute<{
      currentQuestionSet: {
        version: number;
        questions: { code: string; en: string; cy: string; standard: boolean }[];
      };
    }>(
      `{ currentQuestionSet { version questions { code standard en: text cy: text(language: CY) } } }`,
    );
    const set = data!.currentQuestionSet;
    expect(set.version).toBe(1);
    expect(set.questions.map((q) => q.code)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(set.questions[1]).toEqual({
      code: 'Q2',
      standard: true,
      en: 'Do you feel safe in your area?',
      cy: 'Ydych chi’n teimlo’n ddiogel yn eich ardal chi?',
    });
  });
});
