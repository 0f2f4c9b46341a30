import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM, createLogger, serviceOrmConfig } from '@engage/shared';
import { createTestDatabase, type TestDatabase } from '@engage/shared/testing';
import { FIRST_QUESTION_SET } from '../src/modules/questions/standard-questions.ts';
import { surveysService } from '../src/service.ts';

/**
 * The migration that moved question wording into `texts` and gave answers a language, run on a
 * database as it was before it: nothing already there is lost.
 */
let database: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(
    serviceOrmConfig({
      schema: 'surveys',
      databaseUrl: database.url,
      entities: surveysService.entities,
      migrations: surveysService.migrations,
      migrationsFolder: surveysService.migrationsFolder,
      logger: createLogger('surveys', 'silent'),
    }),
  );
  await orm.em.getConnection().execute(`create schema if not exists "surveys"`);
});
afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

const sql = (query: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute<Record<string, unknown>[]>(query, params);

describe('moving question wording into texts', () => {
  it('keeps every English and Welsh wording and answer, and adds version 1’s new languages', async () => {
    await orm.migrator.up({ to: 'Migration20261205140007' });
    const [q1, q2] = FIRST_QUESTION_SET;
    await sql(
      `insert into surveys.survey_question (id, code, standard, question_set_version, text_en, text_cy)
       values ('00000000-0000-4000-8000-000000000001', 'Q1', true, 1, ?, ?),
              ('00000000-0000-4000-8000-000000000002', 'Q2', true, 1, ?, ?)`,
      [q1!.texts.EN, q1!.texts.CY, 'Is your area safe?', 'Ydy hi’n ddiogel?'],
    );
    await sql(
      `insert into surveys.survey_question (id, code, standard, round_id, policing_area_id, text_en, text_cy)
       values ('00000000-0000-4000-8000-000000000003', 'L1', false,
               '00000000-0000-4000-8000-0000000000aa', '00000000-0000-4000-8000-0000000000bb',
               ?, null)`,
      ['Is parking near the school a problem?'],
    );
    await sql(
      `insert into surveys.survey_response (id, round_id, verified, submitted_on, q1, q2, q3, q4, q5)
       values ('00000000-0000-4000-8000-0000000000cc', '00000000-0000-4000-8000-0000000000aa',
               true, '2026-11-02', 'AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'DONT_KNOW')`,
    );

    await orm.migrator.up();

    const texts = await sql(`select code, texts from surveys.survey_question order by code`);
    expect(texts).toEqual([
      { code: 'L1', texts: { EN: 'Is parking near the school a problem?' } },
      // Version 1's wording as the catalogues have it: the new languages are added.
      { code: 'Q1', texts: q1!.texts },
      // A wording the translations were not made from gets none of them.
      { code: 'Q2', texts: { EN: 'Is your area safe?', CY: 'Ydy hi’n ddiogel?' } },
    ]);
    expect(q2!.texts.EN).not.toBe('Is your area safe?');
    const answers = await sql(`select language, q1, q5 from surveys.survey_response`);
    expect(answers).toEqual([{ language: 'EN', q1: 'AGREE', q5: 'DONT_KNOW' }]);
  });
});
