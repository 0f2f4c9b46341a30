import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale } from '#lib/paraglide/runtime.js';
import Page from './[month]/+page.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://portal.test/x'), data: {} } }));
vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const team = {
  id: 'n-castle',
  slug: 'castle',
  name: 'Castle',
  policingArea: { slug: 'city', name: 'City' },
};
const newsletter = {
  id: 'nl-1',
  month: '2026-11',
  title: 'Castle in November',
  status: 'PUBLISHED',
  introduction: '<p>Hello from the Castle team.</p>',
  author: null,
  priorities: [
    { priorityId: 'p-1', title: 'Parking', youSaid: 'Cars on pavements.', weDid: ['Tickets'] },
  ],
  events: [],
  advice: '<p>Lock your shed.</p>',
  contact: 'Call 101',
  publishedAt: '2026-11-30T10:00:00.000Z',
  poll: null,
};

function page(translation: unknown) {
  const data = { team, newsletter: { ...newsletter, translation } };
  return render(Page, { props: { data, params: { slug: 'castle', month: '2026-11' } } as never })
    .body;
}

afterEach(() => overwriteGetLocale(() => 'en'));

describe('a newsletter issue’s page in another language', () => {
  it('shows the translation into the page’s language, with no note', () => {
    overwriteGetLocale(() => 'ur');
    const body = page({
      language: 'UR',
      title: 'کیسل کی خبریں',
      introduction: '<p>کیسل ٹیم کی طرف سے سلام۔</p>',
      advice: '<p>اپنا شیڈ بند رکھیں۔</p>',
    });
    expect(body).toMatch(/<h1>کیسل کی خبریں<\/h1>/);
    expect(body).toContain('کیسل ٹیم کی طرف سے سلام۔');
    expect(body).toContain('اپنا شیڈ بند رکھیں۔');
    expect(body).not.toContain('Hello from the Castle team.');
    expect(body).not.toContain('untranslated-note');
    // What the officers wrote and nobody translated is still marked English.
    expect(body).toMatch(/<h3 class="card__title[^"]*" lang="en-GB" dir="ltr">Parking<\/h3>/);
  });

  it('shows the English, marked as English, after a note when there is no translation', () => {
    overwriteGetLocale(() => 'ur');
    const body = page(null);
    expect(body).toMatch(/<h1 lang="en-GB" dir="ltr">Castle in November<\/h1>/);
    expect(body).toMatch(/class="untranslated-note/);
    expect(body).toMatch(
      /<div class="rich-text[^"]*" lang="en-GB" dir="ltr"><!--\w+--><p>Hello from the Castle team/,
    );
  });

  it('shows an English page as it always was', () => {
    const body = page(null);
    expect(body).toMatch(/<h1>Castle in November<\/h1>/);
    expect(body).not.toContain('untranslated-note');
    expect(body).not.toContain('lang="en-GB"');
  });
});
