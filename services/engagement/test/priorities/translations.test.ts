import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import type { Actor } from '@engage/shared';
import { engagementService } from '../../src/service.ts';
import {
  admin,
  analyst,
  codeOf,
  commander,
  officer,
  otherTeamOfficer,
  reviewer,
  team,
} from '../support/actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const CREATE = `mutation($input: CreatePriorityInput!) { createPriority(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { setPriorityStatus(id: $id, status: ACTIVE) { id } }`;
const EDIT = `mutation($id: ID!, $input: UpdatePriorityInput!) { updatePriority(id: $id, input: $input) { id } }`;
const ADD_UPDATE = `mutation($id: ID!, $input: PriorityUpdateInput!) {
  addPriorityUpdate(priorityId: $id, input: $input) { id }
}`;
const SAVE = `mutation($id: ID!, $input: PriorityTranslationInput!) {
  savePriorityTranslation(priorityId: $id, input: $input) { language title residentsSaid outOfDate }
}`;
const REMOVE = `mutation($id: ID!, $language: ResidentLanguage!) {
  removePriorityTranslation(priorityId: $id, language: $language)
}`;
const SAVE_UPDATE = `mutation($id: ID!, $input: PriorityUpdateTranslationInput!) {
  savePriorityUpdateTranslation(updateId: $id, input: $input) { language weDid outOfDate }
}`;
const REMOVE_UPDATE = `mutation($id: ID!, $language: ResidentLanguage!) {
  removePriorityUpdateTranslation(updateId: $id, language: $language)
}`;
/** What the public team page asks: the translation in the page's language only. */
const PUBLIC = `query($slug: String!, $language: ResidentLanguage!) { neighbourhood(slug: $slug) {
  priorities {
    id title residentsSaid translation(language: $language) { language title residentsSaid }
    updates { id weDid translation(language: $language) { language weDid } }
  }
} }`;
/** What the staff page asks: every translation, and whether it needs redoing. */
const STAFF = `query($slug: String!, $drafts: Boolean) { neighbourhood(slug: $slug) {
  priorities(includeDrafts: $drafts) {
    id translations { language title outOfDate }
    updates { id translations { language weDid outOfDate } }
  }
} }`;

interface PublicPriority {
  id: string;
  title: string;
  translation: { language: string; title: string; residentsSaid: string } | null;
  updates: { id: string; weDid: string; translation: { language: string; weDid: string } | null }[];
}
interface StaffPriority {
  id: string;
  translations: { language: string; title: string; outOfDate: boolean }[];
  updates: {
    id: string;
    translations: { language: string; weDid: string; outOfDate: boolean }[];
  }[];
}

const URDU = {
  language: 'UR',
  title: 'لندن روڈ پر تیز رفتاری',
  residentsSaid: 'اسکول کے وقت گاڑیاں تیز چلتی ہیں۔',
};
const POLISH_WE_DID = { language: 'PL', weDid: 'Dwie kontrole prędkości; 14 mandatów.' };

async function ok<T>(query: string, variables: Record<string, unknown>, actor?: Actor) {
  const result = await engagement.execute<T>(query, { variables, actor });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** A published priority of `team` with one "We did" update. */
async function publishedPriority(title = 'Speeding on London Road') {
  const { createPriority } = await ok<{ createPriority: { id: string } }>(
    CREATE,
    {
      input: {
        neighbourhoodId: team.id,
        year: 2026,
        quarter: 4,
        title,
        residentsSaid: 'Cars race along London Road at school time.',
        source: 'SURVEY',
      },
    },
    officer,
  );
  const id = createPriority.id;
  const { addPriorityUpdate } = await ok<{ addPriorityUpdate: { id: string } }>(
    ADD_UPDATE,
    { id, input: { actionOn: '2026-10-02', weDid: 'Two speed checks; 14 tickets.' } },
    officer,
  );
  await ok(PUBLISH, { id }, officer);
  return { id, updateId: addPriorityUpdate.id };
}

async function publicView(id: string, language: string) {
  const data = await ok<{ neighbourhood: { priorities: PublicPriority[] } }>(PUBLIC, {
    slug: team.slug,
    language,
  });
  return data.neighbourhood.priorities.find((priority) => priority.id === id)!;
}

async function staffView(id: string, actor: Actor = officer) {
  const data = await ok<{ neighbourhood: { priorities: StaffPriority[] } }>(
    STAFF,
    // Corporate communications see published priorities, as residents do; drafts are the team's.
    { slug: team.slug, drafts: actor !== reviewer },
    actor,
  );
  return data.neighbourhood.priorities.find((priority) => priority.id === id)!;
}

describe('an officer translates a priority and its “We did”', () => {
  it('shows residents the translation in their language, and null (so English) in any other', async () => {
    const { id, updateId } = await publishedPriority();
    const saved = await ok<{ savePriorityTranslation: unknown }>(
      SAVE,
      { id, input: URDU },
      officer,
    );
    expect(saved.savePriorityTranslation).toEqual({ ...URDU, outOfDate: false });
    await ok(SAVE_UPDATE, { id: updateId, input: POLISH_WE_DID }, officer);

    const inUrdu = await publicView(id, 'UR');
    expect(inUrdu.translation).toEqual(URDU);
    expect(inUrdu.updates[0]!.translation).toBeNull();
    const inPolish = await publicView(id, 'PL');
    expect(inPolish.translation).toBeNull();
    expect(inPolish.title).toBe('Speeding on London Road');
    expect(inPolish.updates[0]!.translation).toEqual(POLISH_WE_DID);
    // English is the priority itself, never a translation.
    expect((await publicView(id, 'EN')).translation).toBeNull();
  });

  it('replaces the translation in a language rather than adding a second, and removes it', async () => {
    const { id, updateId } = await publishedPriority();
    await ok(SAVE, { id, input: URDU }, officer);
    await ok(SAVE, { id, input: { ...URDU, title: '  نیا عنوان  ' } }, commander);
    await ok(SAVE, { id, input: { ...URDU, language: 'GU', title: 'ઝડપ' } }, officer);
    await ok(SAVE_UPDATE, { id: updateId, input: POLISH_WE_DID }, officer);
    await ok(SAVE_UPDATE, { id: updateId, input: { ...POLISH_WE_DID, weDid: 'Nowe.' } }, officer);

    let staff = await staffView(id);
    expect(staff.translations.map(({ language, title }) => [language, title])).toEqual([
      ['GU', 'ઝડપ'],
      ['UR', 'نیا عنوان'],
    ]);
    expect(staff.updates[0]!.translations.map((t) => t.weDid)).toEqual(['Nowe.']);

    expect(await ok(REMOVE, { id, language: 'UR' }, officer)).toEqual({
      removePriorityTranslation: true,
    });
    expect(await ok(REMOVE_UPDATE, { id: updateId, language: 'PL' }, officer)).toEqual({
      removePriorityUpdateTranslation: true,
    });
    staff = await staffView(id);
    expect(staff.translations.map((t) => t.language)).toEqual(['GU']);
    expect(staff.updates[0]!.translations).toEqual([]);
    expect((await publicView(id, 'UR')).translation).toBeNull();
    const again = await engagement.execute(REMOVE, {
      variables: { id, language: 'UR' },
      actor: officer,
    });
    expect(codeOf(again)).toBe('NOT_FOUND');
  });

  it('flags a translation out of date when the English words change, not when the status does', async () => {
    const { id } = await publishedPriority();
    await ok(SAVE, { id, input: URDU }, officer);
    await ok(
      `mutation($id: ID!) { setPriorityStatus(id: $id, status: COMPLETED) { id } }`,
      { id },
      officer,
    );
    expect((await staffView(id)).translations[0]!.outOfDate).toBe(false);

    await ok(EDIT, { id, input: { residentsSaid: 'Cars and vans race at school time.' } }, officer);
    expect((await staffView(id)).translations[0]!.outOfDate).toBe(true);
    // Residents still read it until someone redoes it.
    expect((await publicView(id, 'UR')).translation).toEqual(URDU);
    await ok(SAVE, { id, input: URDU }, officer);
    expect((await staffView(id)).translations[0]!.outOfDate).toBe(false);
  });

  it('goes with the priority when the priority is deleted', async () => {
    const { id } = await publishedPriority();
    await ok(SAVE, { id, input: URDU }, officer);
    await ok(`mutation($id: ID!) { deletePriority(id: $id) }`, { id }, officer);
    const left = await engagement.orm.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n from engagement.priority_translation where priority_id = ?`,
        [id],
      );
    expect(left).toEqual([{ n: 0 }]);
  });

  it('reads every priority’s and update’s translations in one query each (no N+1)', async () => {
    for (const title of ['One', 'Two', 'Three']) {
      const { id, updateId } = await publishedPriority(title);
      await ok(SAVE, { id, input: URDU }, officer);
      await ok(SAVE_UPDATE, { id: updateId, input: { ...POLISH_WE_DID, language: 'UR' } }, officer);
    }
    engagement.resetQueries();
    await ok(PUBLIC, { slug: team.slug, language: 'UR' });
    const selects = engagement.queries.filter((sql) => sql.startsWith('select'));
    expect(selects.filter((sql) => sql.includes('"priority_translation"'))).toHaveLength(1);
    expect(selects.filter((sql) => sql.includes('"priority_update_translation"'))).toHaveLength(1);
  });
});

describe('who may translate a team’s priorities', () => {
  it('lets corporate communications (reviewers) and admins translate any team’s', async () => {
    const { id, updateId } = await publishedPriority();
    await ok(SAVE, { id, input: URDU }, reviewer);
    await ok(SAVE_UPDATE, { id: updateId, input: POLISH_WE_DID }, admin);
    expect((await staffView(id, reviewer)).translations.map((t) => t.language)).toEqual(['UR']);
  });

  it('refuses another team’s officer and an analyst, and asks an anonymous caller to sign in', async () => {
    const { id, updateId } = await publishedPriority();
    await ok(SAVE, { id, input: URDU }, officer);
    const attempts: [Actor | undefined, string][] = [
      [otherTeamOfficer, 'FORBIDDEN'],
      [analyst, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [actor, code] of attempts) {
      for (const [query, variables] of [
        [SAVE, { id, input: { ...URDU, title: 'Taken over' } }],
        [REMOVE, { id, language: 'UR' }],
        [SAVE_UPDATE, { id: updateId, input: POLISH_WE_DID }],
        [REMOVE_UPDATE, { id: updateId, language: 'PL' }],
      ] as const) {
        expect(codeOf(await engagement.execute(query, { variables, actor })), query).toBe(code);
      }
    }
    // Which languages exist is for the staff who may translate.
    const listed = await engagement.execute(STAFF, {
      variables: { slug: team.slug, drafts: false },
      actor: otherTeamOfficer,
    });
    expect(codeOf(listed)).toBe('FORBIDDEN');
    expect((await publicView(id, 'UR')).translation).toEqual(URDU);
  });

  it('answers NOT_FOUND for a priority or update that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [query, variables] of [
      [SAVE, { id: missing, input: URDU }],
      [SAVE, { id: 'not-a-uuid', input: URDU }],
      [SAVE_UPDATE, { id: missing, input: POLISH_WE_DID }],
      [REMOVE_UPDATE, { id: 'castle', language: 'PL' }],
    ] as const) {
      expect(codeOf(await engagement.execute(query, { variables, actor: officer }))).toBe(
        'NOT_FOUND',
      );
    }
  });
});

describe('what a translator types', () => {
  it('is refused with BAD_USER_INPUT, and nothing is saved', async () => {
    const { id, updateId } = await publishedPriority();
    for (const input of [
      { ...URDU, language: 'EN' },
      { ...URDU, title: '' },
      { ...URDU, title: '   ' },
      { ...URDU, title: 'ب'.repeat(201) },
      { ...URDU, residentsSaid: 'ب'.repeat(2001) },
      { ...URDU, title: '\u202Eevil' },
    ]) {
      const result = await engagement.execute(SAVE, { variables: { id, input }, actor: officer });
      expect(codeOf(result), JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
    }
    for (const input of [
      { ...POLISH_WE_DID, language: 'EN' },
      { ...POLISH_WE_DID, weDid: ' ' },
      { ...POLISH_WE_DID, weDid: 'x'.repeat(2001) },
    ]) {
      const result = await engagement.execute(SAVE_UPDATE, {
        variables: { id: updateId, input },
        actor: officer,
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
    const staff = await staffView(id);
    expect(staff.translations).toEqual([]);
    expect(staff.updates[0]!.translations).toEqual([]);
  });

  it('takes a title of exactly 200 characters in a script outside the Basic Multilingual Plane', async () => {
    const { id } = await publishedPriority();
    const title = '𝒜'.repeat(200);
    const saved = await ok<{ savePriorityTranslation: { title: string } }>(
      SAVE,
      { id, input: { ...URDU, language: 'SO', title } },
      officer,
    );
    expect(saved.savePriorityTranslation.title).toBe(title);
  });
});
