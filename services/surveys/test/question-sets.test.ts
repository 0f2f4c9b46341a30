import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { FIRST_QUESTION_SET } from '../src/modules/questions/standard-questions.ts';
import { surveysService } from '../src/service.ts';
import { admin, commander, errorCode } from './support/actors.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
});
afterAll(() => surveys?.close());

const PUBLISH = `mutation($input: [QuestionTextInput!]!) {
  publishQuestionSet(input: $input) { version questions { code text(language: CY) } }
}`;
const CURRENT = `{ currentQuestionSet { version questions { code text } } }`;
const version1 = FIRST_QUESTION_SET.map(({ code, en, cy }) => ({ code, en, cy }));

describe('a new version of the five standard questions', () => {
  it('is refused when it changes nothing, from anyone but an admin, or with a control character', async () => {
    const same = await surveys.execute(PUBLISH, { actor: admin, variables: { input: version1 } });
    expect(errorCode(same.errors)).toBe('BAD_USER_INPUT');
    expect(same.errors?.[0]?.message).toBe(
      'Change at least one question to publish a new version.',
    );
    const changed = version1.map((q) =>
      q.code === 'Q2' ? { ...q, en: 'Do you feel safe here?' } : q,
    );
    for (const actor of [undefined, commander]) {
      const refused = await surveys.execute(PUBLISH, { actor, variables: { input: changed } });
      expect(errorCode(refused.errors)).toBe('FORBIDDEN');
    }
    const hidden = changed.map((q) => (q.code === 'Q3' ? { ...q, en: 'Kept informed\u202e?' } : q));
    const bad = await surveys.execute(PUBLISH, { actor: admin, variables: { input: hidden } });
    expect(errorCode(bad.errors)).toBe('BAD_USER_INPUT');
    const current = await surveys.execute<{ currentQuestionSet: { version: number } }>(CURRENT);
    expect(current.data!.currentQuestionSet.version).toBe(1);
  });

  it('becomes the current version, leaving the one before as it was', async () => {
    const changed = version1.map((q) =>
      q.code === 'Q2'
        ? {
            ...q,
            en: 'Do you feel safe in your neighbourhood?',
            cy: 'Ydych chi’n teimlo’n ddiogel yn eich cymdogaeth?',
          }
        : q,
    );
    const published = await surveys.execute<{
      publishQuestionSet: { version: number; questions: { code: string; text: string }[] };
    }>(PUBLISH, { actor: admin, variables: { input: changed } });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishQuestionSet.version).toBe(2);
    expect(published.data!.publishQuestionSet.questions.find((q) => q.code === 'Q2')!.text).toBe(
      'Ydych chi’n teimlo’n ddiogel yn eich cymdogaeth?',
    );
    const current = await surveys.execute<{
      currentQuestionSet: { version: number; questions: { code: string; text: string }[] };
    }>(CURRENT);
    expect(current.data!.currentQuestionSet.version).toBe(2);
    expect(current.data!.currentQuestionSet.questions.find((q) => q.code === 'Q2')!.text).toBe(
      'Do you feel safe in your neighbourhood?',
    );
    const em = surveys.orm.em.fork();
    const rows = await em
      .getConnection()
      .execute<{ text_en: string }[]>(
        `select text_en from surveys.survey_question where question_set_version = 1 and code = 'Q2'`,
      );
    expect(rows.map((r) => r.text_en)).toEqual([FIRST_QUESTION_SET[1]!.en]);
  });
});
