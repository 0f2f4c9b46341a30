import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { baseLocale, overwriteGetLocale } from '#lib/paraglide/runtime.js';
import PriorityTranslations from '#lib/components/PriorityTranslations.svelte';
import type { StaffPriority } from '#lib/teams/team-work.ts';
import { requestedTranslation } from '#lib/teams/translation-form.ts';
import { data, fakeGateway, graphQLError } from '../../../../../../test/fake-gateway.ts';
import { outcome, postEvent } from '../../../../../../test/staff-events.ts';
import { actions } from './[id]/+page.server.ts';

vi.mock('$app/forms', () => ({ enhance: () => ({}) }));

const gateway = fakeGateway();
afterEach(() => overwriteGetLocale(() => baseLocale));

type PriorityEvent = Parameters<typeof actions.saveTranslation>[0];
const PAGE = '/staff/teams/castle/priorities/p1';
const params = { slug: 'castle', id: 'p1' };
const post = (body: Record<string, string>) => postEvent<PriorityEvent>(PAGE, params, body);

const priority: StaffPriority = {
  id: 'p1',
  year: 2026,
  quarter: 4,
  title: 'Speeding on London Road',
  residentsSaid: 'Cars race past the school.',
  source: 'SURVEY',
  status: 'ACTIVE',
  publishedAt: '2026-10-01T09:00:00.000Z',
  translations: [
    {
      language: 'UR',
      title: 'لندن روڈ پر تیز رفتاری',
      residentsSaid: 'اسکول کے پاس تیز گاڑیاں۔',
      outOfDate: true,
    },
  ],
  updates: [
    {
      id: 'u1',
      actionOn: '2026-10-02',
      weDid: 'Two speed checks.',
      translations: [
        {
          language: 'PL',
          weDid: 'Dwie kontrole prędkości.',
          outOfDate: false,
        },
      ],
    },
  ],
};

describe('saving a translation from the priority’s staff page', () => {
  it('saves the priority’s title and “You said” in the chosen language, and comes back (303)', async () => {
    gateway.reply(() => data({ savePriorityTranslation: { language: 'UR' } }));
    const thrown = await outcome(() =>
      actions.saveTranslation(
        post({ language: 'ur', translatedTitle: ' عنوان ', translatedSaid: 'آپ نے کہا' }),
      ),
    );
    expect(isRedirect(thrown) && thrown.location).toBe(`${PAGE}#translations`);
    expect(gateway.calls[0]?.variables).toEqual({
      priorityId: 'p1',
      input: { language: 'UR', title: 'عنوان', residentsSaid: 'آپ نے کہا' },
    });
  });

  it('saves an update’s “We did” when the form names the update', async () => {
    gateway.reply(() => data({ savePriorityUpdateTranslation: { language: 'PL' } }));
    await outcome(() =>
      actions.saveTranslation(post({ language: 'pl', update: 'u1', translatedWeDid: 'Zrobione.' })),
    );
    expect(gateway.calls[0]?.variables).toEqual({
      updateId: 'u1',
      input: { language: 'PL', weDid: 'Zrobione.' },
    });
  });

  it('asks again, keeping what was typed, when a field is empty or too long, without calling the gateway', async () => {
    const result = await actions.saveTranslation(
      post({ language: 'gu', translatedTitle: 'ઝ'.repeat(201), translatedSaid: ' ' }),
    );
    expect(result).toMatchObject({
      status: 400,
      data: {
        which: 'translation',
        values: { language: 'gu', translatedTitle: 'ઝ'.repeat(201), translatedSaid: '' },
        errors: { translatedTitle: 'title_too_long', translatedSaid: 'said_missing' },
      },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('takes 200 characters of a script whose letters are two UTF-16 units', async () => {
    gateway.reply(() => data({ savePriorityTranslation: { language: 'SO' } }));
    const thrown = await outcome(() =>
      actions.saveTranslation(
        post({ language: 'so', translatedTitle: '𝒜'.repeat(200), translatedSaid: 'x' }),
      ),
    );
    expect(isRedirect(thrown)).toBe(true);
  });

  it('refuses English or a language we do not have (400): only this page’s hidden field sends it', async () => {
    for (const language of ['en', 'fr', '']) {
      const thrown = await outcome(() =>
        actions.saveTranslation(post({ language, translatedTitle: 'x', translatedSaid: 'y' })),
      );
      expect(isHttpError(thrown, 400), language).toBe(true);
    }
  });

  it('shows the service’s words beside the field when it refuses the input', async () => {
    gateway.reply(() =>
      HttpResponse.json({
        data: null,
        errors: [
          {
            message: 'title must not contain text-direction control characters',
            extensions: { code: 'BAD_USER_INPUT', field: 'title' },
          },
        ],
      }),
    );
    const result = await actions.saveTranslation(
      post({ language: 'ar', translatedTitle: 'عنوان', translatedSaid: 'نص' }),
    );
    expect(result).toMatchObject({
      status: 400,
      data: { which: 'translation', problemField: 'translatedTitle' },
    });
  });
});

describe('removing a translation', () => {
  it('asks first, and removes only when confirmed', async () => {
    const asked = await actions.removeTranslation(post({ id: 'PL:u1' }));
    expect(asked).toEqual({ which: 'removeTranslation', confirmRemove: 'PL:u1' });
    expect(gateway.calls).toHaveLength(0);

    gateway.reply(() => data({ removePriorityUpdateTranslation: true }));
    const thrown = await outcome(() =>
      actions.removeTranslation(post({ id: 'PL:u1', confirm: 'yes' })),
    );
    expect(isRedirect(thrown) && thrown.location).toBe(`${PAGE}#translations`);
    expect(gateway.calls[0]?.variables).toEqual({ updateId: 'u1', language: 'PL' });
  });

  it('removes the priority’s own, and takes “already gone” as done', async () => {
    gateway.reply(() => graphQLError('It has no translation in that language.', 'NOT_FOUND'));
    const thrown = await outcome(() =>
      actions.removeTranslation(post({ id: 'UR', confirm: 'yes' })),
    );
    expect(isRedirect(thrown)).toBe(true);
    expect(gateway.calls[0]?.variables).toEqual({ priorityId: 'p1', language: 'UR' });
  });
});

describe('the Translations section', () => {
  const html = (url: string) =>
    render(PriorityTranslations, {
      props: {
        priority,
        here: PAGE,
        translating: requestedTranslation(new URL(url, 'http://portal.test'), priority),
        failure: null,
      },
    }).body;

  it('names each language in English and in itself, and flags one whose English has changed', () => {
    const body = html(PAGE);
    expect(body).toContain('Urdu');
    expect(body).toMatch(/<span lang="ur" dir="rtl"[^>]*>اردو<\/span>/);
    expect(body).toMatch(/<span lang="pl" dir="ltr"[^>]*>Polski<\/span>/);
    expect(body.match(/Needs updating/g)).toHaveLength(1);
    expect(body).toContain(`href="${PAGE}?translate=ur#translation-form"`);
    expect(body).toContain(`href="${PAGE}?translate=pl&amp;update=u1#translation-form"`);
    expect(body).not.toContain('id="translation-form"');
  });

  it('opens the form for the language asked for, its inputs in that language and direction, filled with the translation so far', () => {
    const body = html(`${PAGE}?translate=ur`);
    expect(body).toContain('id="translation-form"');
    expect(body).toMatch(/<input[^>]*id="translatedTitle"[^>]*lang="ur"[^>]*dir="rtl"/);
    expect(body).toMatch(/<input[^>]*value="لندن روڈ پر تیز رفتاری"/);
    expect(body).toMatch(/<textarea[^>]*id="translatedSaid"[^>]*lang="ur"[^>]*dir="rtl"/);
  });

  it('opens an update’s form empty for a language it has no translation in', () => {
    const body = html(`${PAGE}?translate=gu&update=u1`);
    expect(body).toMatch(
      /<textarea[^>]*id="translatedWeDid"[^>]*lang="gu"[^>]*dir="ltr"[^>]*><\/textarea>/,
    );
    expect(body).toContain('<input type="hidden" name="update" value="u1"');
  });

  it('opens nothing for English or an update the priority does not have', () => {
    expect(html(`${PAGE}?translate=en`)).not.toContain('id="translation-form"');
    expect(html(`${PAGE}?translate=ur&update=nope`)).not.toContain('id="translation-form"');
  });
});
