import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '@engage/shared';
import { officer, otherTeamOfficer, reviewer, analyst } from '../support/actors.ts';
import { APPROVE, as, content, CREATE, PUBLISH, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(() => stack?.close());

const SAVE = `mutation($id: ID!, $input: NewsletterTranslationInput!) {
  saveNewsletterTranslation(id: $id, input: $input) { language title introduction advice updatedAt updatedByName }
}`;
const REMOVE = `mutation($id: ID!, $language: ResidentLanguage!) {
  removeNewsletterTranslation(id: $id, language: $language) { id translations { language } }
}`;
const READ = `query($id: ID!, $language: ResidentLanguage!) {
  newsletterById(id: $id) {
    translation(language: $language) { language title introduction advice updatedByName }
    translations { language }
  }
}`;

const gujarati = {
  language: 'GU',
  title: 'કેસલ પડોશના સમાચાર',
  introduction: '<p>કેસલ ટીમ તરફથી <strong>નમસ્તે</strong>.</p><script>alert(1)</script>',
  advice: '<p>તમારો શેડ લૉક કરો.</p>',
};

const attempt = (actor: Actor, query: string, variables: Record<string, unknown>) =>
  stack.harness.execute(query, { actor, variables });

async function draft(month: string): Promise<string> {
  const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  await as(stack.harness, officer, UPDATE, { id: createNewsletterDraft!.id, input: content });
  return createNewsletterDraft!.id;
}

describe('translating a newsletter issue', () => {
  it('lets the team’s officer add one to a draft, sanitised like the English, and read it back by language', async () => {
    const id = await draft('2031-03');
    const { saveNewsletterTranslation: saved } = await as<{
      saveNewsletterTranslation: Record<string, unknown>;
    }>(stack.harness, officer, SAVE, { id, input: gujarati });
    expect(saved).toMatchObject({
      language: 'GU',
      title: gujarati.title,
      introduction: '<p>કેસલ ટીમ તરફથી <strong>નમસ્તે</strong>.</p>',
      updatedByName: officer.kind === 'staff' ? officer.name : null,
    });

    const read = await as<{ newsletterById: Record<string, unknown> }>(
      stack.harness,
      officer,
      READ,
      { id, language: 'GU' },
    );
    expect(read.newsletterById).toMatchObject({
      translation: { language: 'GU', title: gujarati.title, advice: gujarati.advice },
      translations: [{ language: 'GU' }],
    });
    const urdu = await as<{ newsletterById: { translation: unknown } }>(
      stack.harness,
      officer,
      READ,
      { id, language: 'UR' },
    );
    expect(urdu.newsletterById.translation).toBeNull();
  });

  it('replaces the translation into a language when it is saved again, keeping one per language', async () => {
    const id = await draft('2031-04');
    await as(stack.harness, officer, SAVE, { id, input: gujarati });
    await as(stack.harness, reviewer, SAVE, { id, input: { ...gujarati, title: 'નવું શીર્ષક' } });
    await as(stack.harness, officer, SAVE, {
      id,
      input: { ...gujarati, language: 'UR', title: 'کیسل کی خبریں' },
    });
    const read = await as<{
      newsletterById: { translation: { title: string }; translations: unknown };
    }>(stack.harness, officer, READ, { id, language: 'GU' });
    expect(read.newsletterById.translation.title).toBe('નવું શીર્ષક');
    // In the list's order (shared/src/languages.ts), not the alphabet's.
    expect(read.newsletterById.translations).toEqual([{ language: 'GU' }, { language: 'UR' }]);
  });

  it('lets corporate communications translate a published issue, shown to the public from then on', async () => {
    const id = await draft('2031-05');
    await as(stack.harness, officer, SUBMIT, { id });
    await as(stack.harness, reviewer, APPROVE, { id });
    await as(stack.harness, officer, PUBLISH, { id });
    await as(stack.harness, reviewer, SAVE, { id, input: gujarati });
    const publicView = await stack.harness.execute<{
      newsletterById: { translation: Record<string, unknown> };
    }>(READ, { variables: { id, language: 'GU' } });
    expect(publicView.errors).toBeUndefined();
    // Residents see the words, never which member of staff wrote them.
    expect(publicView.data!.newsletterById.translation).toMatchObject({
      title: gujarati.title,
      updatedByName: null,
    });

    const { removeNewsletterTranslation } = await as<{
      removeNewsletterTranslation: { translations: unknown[] };
    }>(stack.harness, reviewer, REMOVE, { id, language: 'GU' });
    expect(removeNewsletterTranslation.translations).toEqual([]);
  });

  it('refuses the public, other teams’ officers and analysts, and English as a translation', async () => {
    const id = await draft('2031-06');
    const save = { id, input: gujarati };
    expect(codeOf(await attempt(ANONYMOUS, SAVE, save))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(otherTeamOfficer, SAVE, save))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(analyst, SAVE, save))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(otherTeamOfficer, REMOVE, { id, language: 'GU' }))).toBe(
      'FORBIDDEN',
    );
    const english = await attempt(officer, SAVE, { id, input: { ...gujarati, language: 'EN' } });
    expect(codeOf(english)).toBe('BAD_USER_INPUT');
    expect(english.errors?.[0]?.extensions?.['field']).toBe('language');
    expect(codeOf(await attempt(officer, SAVE, { id, input: { ...gujarati, title: ' ' } }))).toBe(
      'BAD_USER_INPUT',
    );
    const noneSaved = await as<{ newsletterById: { translations: unknown[] } }>(
      stack.harness,
      officer,
      READ,
      { id, language: 'GU' },
    );
    expect(noneSaved.newsletterById.translations).toEqual([]);
  });
});
