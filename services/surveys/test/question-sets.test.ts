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
// Version 1 as an admin would give it: English, Welsh and every other language it has.
const version1 = FIRST_QUESTION_SET.map(({ code, texts: { EN, CY, ...others } }) => ({
  code,
  en: EN,
  cy: CY!,
  translations: Object.entries(others).map(([language, text]) => ({ language, text })),
}));

describe('a new version of the five standard questions', () => {
  it('starts from version 1, recorded in all eight languages from the survey catalogues', async () => {
    const { data } = await surveys.execute<{
      currentQuestionSet: { version: number; questions: (Shown & { so: string })[] };
    }>(`{ currentQuestionSet { version questions {
      code so: text(language: SO) languages ur: text(language: UR) urLanguage: textLanguage(language: UR)
    } } }`);
    expect(data!.currentQuestionSet.version).toBe(1);
    const questions = data!.currentQuestionSet.questions;
    expect(questions.map((q) => q.languages)).toEqual(
      FIRST_QUESTION_SET.map(() => ['EN', 'CY', 'AR', 'GU', 'PL', 'PA', 'SO', 'UR']),
    );
    expect(questions.map((q) => q.so)).toEqual(FIRST_QUESTION_SET.map((q) => q.texts.SO));
    expect(questions[4]).toMatchObject({
      ur: 'کیا آپ اپنی مقامی پولیس پر بھروسہ کرتے ہیں؟',
      urLanguage: 'UR',
    });
  });

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
            translations: [],
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
      .execute<{ texts: Record<string, string> }[]>(
        `select texts from surveys.survey_question where question_set_version = 1 and code = 'Q2'`,
      );
    expect(rows.map((r) => r.texts)).toEqual([FIRST_QUESTION_SET[1]!.texts]);
  });

  it('records each translation it is given; a language left out shows the English, said to be English', async () => {
    const polish = 'Czy czujesz się bezpiecznie w swoim sąsiedztwie, w dzień i w nocy?';
    const changed = version1.map((q) =>
      q.code === 'Q2'
        ? {
            ...q,
            en: 'Do you feel safe in your neighbourhood, by day and by night?',
            cy: 'Ydych chi’n teimlo’n ddiogel yn eich cymdogaeth, ddydd a nos?',
            translations: [{ language: 'PL', text: polish }],
          }
        : q,
    );
    const published = await surveys.execute<{ publishQuestionSet: { version: number } }>(PUBLISH, {
      actor: admin,
      variables: { input: changed },
    });
    expect(published.errors).toBeUndefined();
    const { data } = await surveys.execute<{ currentQuestionSet: { questions: Shown[] } }>(SHOWN);
    const q2 = data!.currentQuestionSet.questions.find((q) => q.code === 'Q2')!;
    expect(q2).toMatchObject({
      code: 'Q2',
      pl: polish,
      plLanguage: 'PL',
      ur: 'Do you feel safe in your neighbourhood, by day and by night?',
      urLanguage: 'EN',
      languages: ['EN', 'CY', 'PL'],
    });
    // The other four kept every language they had.
    const q1 = data!.currentQuestionSet.questions.find((q) => q.code === 'Q1')!;
    expect(q1.urLanguage).toBe('UR');
    expect(q1.languages).toHaveLength(8);
  });

  it('keeps the translations of a question whose English is unchanged when none are given', async () => {
    const { data: before } = await surveys.execute<{
      currentQuestionSet: { questions: Shown[] };
    }>(SHOWN);
    const englishAndWelshOnly = before!.currentQuestionSet.questions.map((q) => ({
      code: q.code,
      en: q.code === 'Q5' ? 'Do you trust the police in your area?' : q.en,
      cy: q.cy,
    }));
    const published = await surveys.execute(PUBLISH, {
      actor: admin,
      variables: { input: englishAndWelshOnly },
    });
    expect(published.errors).toBeUndefined();
    const { data } = await surveys.execute<{ currentQuestionSet: { questions: Shown[] } }>(SHOWN);
    const byCode = new Map(data!.currentQuestionSet.questions.map((q) => [q.code, q]));
    expect(byCode.get('Q1')!.languages).toHaveLength(8);
    expect(byCode.get('Q2')).toMatchObject({ pl: before!.currentQuestionSet.questions[1]!.pl });
    // New English: the old translations were of other words, so English it is, said to be.
    expect(byCode.get('Q5')).toMatchObject({
      ur: 'Do you trust the police in your area?',
      urLanguage: 'EN',
      languages: ['EN', 'CY'],
    });
  });

  it('is refused when a question has one language twice', async () => {
    const twice = version1.map((q) =>
      q.code === 'Q4'
        ? { ...q, translations: [...q.translations, { language: 'CY', text: 'Cwestiwn arall?' }] }
        : q,
    );
    const refused = await surveys.execute(PUBLISH, { actor: admin, variables: { input: twice } });
    expect(errorCode(refused.errors)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.['language']).toBe('CY');
  });
});

interface Shown {
  code: string;
  en: string;
  cy: string;
  pl: string;
  plLanguage: string;
  ur: string;
  urLanguage: string;
  languages: string[];
}
const SHOWN = `{ currentQuestionSet { questions {
  code en: text(language: EN) cy: text(language: CY) pl: text(language: PL) plLanguage: textLanguage(language: PL)
  ur: text(language: UR) urLanguage: textLanguage(language: UR) languages
} } }`;
