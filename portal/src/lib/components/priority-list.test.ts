import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { baseLocale, overwriteGetLocale, type Locale } from '#lib/paraglide/runtime.js';
import type { PublicPriority } from '#lib/teams/team-work.ts';
import PriorityList from './PriorityList.svelte';

/** The page's language, as the paraglide middleware sets it per request. */
const onPageIn = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => overwriteGetLocale(() => baseLocale));

const speeding: PublicPriority = {
  id: 'p1',
  year: 2026,
  quarter: 4,
  title: 'Speeding on London Road',
  residentsSaid: 'Cars race past the school.',
  source: 'SURVEY',
  status: 'ACTIVE',
  translation: null,
  updates: [{ id: 'u1', actionOn: '2026-10-02', weDid: 'Two speed checks.', translation: null }],
};

const html = (priorities: PublicPriority[]) => render(PriorityList, { props: { priorities } }).body;

/** The opening tag of the element whose text is `text`. */
const tagAround = (body: string, text: string) => {
  const match = new RegExp(`<([a-z0-9]+)([^>]*)>${text}</\\1>`).exec(body);
  if (!match) throw new Error(`"${text}" is not the whole text of any element`);
  return match[2]!;
};

describe('a team’s priorities in the reader’s language', () => {
  it('shows the translation into the page’s language, in the page’s own language and direction', () => {
    onPageIn('ur');
    const body = html([
      {
        ...speeding,
        translation: { title: 'لندن روڈ پر تیز رفتاری', residentsSaid: 'اسکول کے پاس تیز گاڑیاں۔' },
        updates: [{ ...speeding.updates[0]!, translation: { weDid: 'رفتار کی دو جانچیں۔' } }],
      },
    ]);
    expect(tagAround(body, 'لندن روڈ پر تیز رفتاری')).not.toContain('lang=');
    expect(tagAround(body, 'اسکول کے پاس تیز گاڑیاں۔')).not.toContain('lang=');
    expect(tagAround(body, 'رفتار کی دو جانچیں۔')).not.toContain('lang=');
    expect(body).not.toContain('Speeding on London Road');
    expect(body).not.toContain('untranslated-note');
  });

  it('shows the English marked lang="en-GB" dir="ltr", after a note in the reader’s language, where there is no translation', () => {
    onPageIn('cy');
    const body = html([speeding]);
    for (const english of [
      'Speeding on London Road',
      'Cars race past the school.',
      'Two speed checks.',
    ]) {
      const attributes = tagAround(body, english);
      expect(attributes).toContain('lang="en-GB"');
      expect(attributes).toContain('dir="ltr"');
    }
    const note = 'Nid yw hwn wedi’i gyfieithu eto, felly mae’n cael ei ddangos yn Saesneg.';
    // One note for the priority, one for its "We did" updates.
    expect(body.split(note)).toHaveLength(3);
    expect(body.indexOf(note)).toBeLessThan(body.indexOf('Cars race past the school.'));
  });

  it('notes only the part that is in English when the priority is translated but an update is not', () => {
    onPageIn('ur');
    const body = html([
      { ...speeding, translation: { title: 'عنوان', residentsSaid: 'آپ نے کہا' } },
    ]);
    expect(tagAround(body, 'عنوان')).not.toContain('lang=');
    expect(tagAround(body, 'Two speed checks.')).toContain('dir="ltr"');
    expect(body.match(/untranslated-note/g)).toHaveLength(1);
    expect(body.indexOf('untranslated-note')).toBeGreaterThan(body.indexOf('آپ نے کہا'));
  });

  it('adds nothing on an English page: the English is the original', () => {
    onPageIn('en');
    const body = html([speeding]);
    expect(tagAround(body, 'Speeding on London Road')).not.toContain('lang=');
    expect(body).not.toContain('untranslated-note');
  });
});
