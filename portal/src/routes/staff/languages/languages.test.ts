import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import type { Actor } from '@engage/shared/auth';
import { LANGUAGES } from '@engage/shared/languages';
import summary from '#lib/i18n/translation-status.json' with { type: 'json' };
import {
  ADMIN,
  ANALYST,
  COMMANDER,
  getEvent,
  OFFICER,
  outcome,
} from '../../../../test/staff-events.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

type Event = Parameters<typeof load>[0];
const PATH = '/staff/languages';
const REVIEWER: Actor = { kind: 'staff', id: 'reviewer-1', name: 'Kim Ray', role: 'REVIEWER' };

const html = (data: unknown) =>
  render(Page, { props: { data, params: {} } as never }).body.replace(/<!--[\s\S]*?-->/g, '');

describe('the languages page for admins', () => {
  it.each([
    ['an officer', OFFICER],
    ['a commander', COMMANDER],
    ['a reviewer', REVIEWER],
    ['an analyst', ANALYST],
  ])('shows %s the 403 page', async (_, actor) => {
    const thrown = await outcome(() => load(getEvent<Event>(PATH, {}, actor)));
    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('gives an admin every language but English, from the generated translation status', async () => {
    const page = (await load(getEvent<Event>(PATH, {}, ADMIN))) as Exclude<
      Awaited<ReturnType<typeof load>>,
      void
    >;
    expect(page.languages.map(({ language }) => language.code)).toEqual(
      LANGUAGES.filter(({ code }) => code !== 'en').map(({ code }) => code),
    );
    const welsh = page.languages.find(({ language }) => language.code === 'cy');
    const portal = summary.languages
      .find(({ code }) => code === 'cy')
      ?.catalogues.find(({ catalogue }) => catalogue === 'portal');
    expect(welsh?.catalogues.find(({ catalogue }) => catalogue === 'portal')).toMatchObject({
      keys: portal?.keys,
      translated: portal?.translated,
      reviewed: portal?.reviewed,
    });
    expect(welsh?.total.keys).toBe(
      summary.languages
        .find(({ code }) => code === 'cy')
        ?.catalogues.reduce((sum, row) => sum + row.keys, 0),
    );
  });

  it('names each language in English and in itself, with its own lang and direction, and says how to translate', () => {
    const body = html({
      languages: [
        {
          language: LANGUAGES.find(({ code }) => code === 'ur'),
          catalogues: [
            {
              catalogue: 'portal',
              keys: 200,
              translated: 150,
              reviewed: 50,
              stale: 2,
              reviewedPercent: 25,
            },
            {
              catalogue: 'mail',
              keys: 40,
              translated: 40,
              reviewed: 40,
              stale: 0,
              reviewedPercent: 100,
            },
          ],
          total: { keys: 240, translated: 190, reviewed: 90, stale: 2, reviewedPercent: 37.5 },
        },
      ],
    });
    expect(body.match(/<h1[^>]*>/g)).toHaveLength(1);
    expect(body).toContain('<h1>Languages and translations</h1>');
    expect(body).toMatch(/Urdu ·\s*<span lang="ur" dir="rtl">اردو<\/span>/);
    expect(body).toMatch(
      /<th scope="row">Website<\/th>\s*<td class="table__numeric">200<\/td>\s*<td class="table__numeric">150<\/td>\s*<td class="table__numeric">50<\/td>\s*<td class="table__numeric">2<\/td>\s*<td class="table__numeric">25%<\/td>/,
    );
    expect(body).toMatch(/<th scope="row">All messages<\/th>[\s\S]*?37\.5%/);
    expect(body).toContain('<code>pnpm i18n export --language ur</code>');
    expect(body).toContain('<code>pnpm i18n check</code>');
  });
});
