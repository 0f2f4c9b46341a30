import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { emptySurveyValues } from '#lib/surveys/form.ts';
import { getLocale, overwriteGetLocale } from '#lib/paraglide/runtime.js';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/forms', () => ({ enhance: () => ({ destroy() {} }) }));

const round = {
  id: 'r-nov',
  label: 'November 2026',
  opensOn: '2026-11-01',
  closesOn: '2026-11-30',
  status: 'OPEN' as const,
};
const questions = [
  { id: 'q1', code: 'Q1', text: 'The police in this area can be relied on', standard: true },
  { id: 'q2', code: 'Q2', text: 'The police treat everyone fairly', standard: true },
  { id: 'l1', code: 'L1', text: 'Parking near the school is safer', standard: false },
];
const opened = {
  kind: 'form' as const,
  token: 'tok',
  round: { ...round, questions },
  neighbourhood: { id: 'n-castle', slug: 'castle', name: 'Castle' },
};

function html(data: unknown, form: unknown = null) {
  const { head, body } = render(Page, { props: { data, form, params: {} } as never });
  return `${head}${body}`.replace(/<!--[\s\S]*?-->/g, '');
}

describe('the survey page', () => {
  it('asks each question as a fieldset of six answers, local questions last, anonymously', () => {
    const body = html({ opened, values: emptySurveyValues() });

    expect(body).toContain('<h1>Your Views survey: November 2026</h1>');
    expect(body).toContain('Your answers are anonymous.');
    expect(body.match(/<fieldset/g)).toHaveLength(3 + 4);
    expect(body).toMatch(
      /<legend class="label">The police in this area can be relied on<\/legend>/,
    );
    expect(body.match(/name="answer-Q1"/g)).toHaveLength(6);
    expect(body).toContain('Don’t know');
    expect(body.indexOf('Questions for your area')).toBeLessThan(
      body.indexOf('Parking near the school is safer'),
    );
    expect(body).toMatch(/<input type="hidden" name="token" value="tok"/);
    expect(body).toMatch(/id="consent" name="consent" type="checkbox" value="yes"(?![^>]*checked)/);
    expect(body.match(/Prefer not to say/g)).toHaveLength(4);
    expect(body).not.toContain('postcode');
  });

  it('shows what is missing at the top and beside each question, with every answer kept', () => {
    const body = html(
      { opened, values: emptySurveyValues() },
      {
        values: {
          ...emptySurveyValues(),
          answers: { Q1: 'DISAGREE' },
          consent: true,
          ageBand: 'AGE_25_34',
        },
        errors: { 'answer-Q2': 'answer_missing', ethnicGroup: 'demographic_missing' },
      },
    );

    expect(body).toContain('<title>Error: Your Views survey: November 2026');
    expect(body).toContain('There is a problem');
    expect(body).toContain(
      '<a href="#answer-Q2">Choose an answer for: The police treat everyone fairly</a>',
    );
    expect(body).toContain(
      '<a href="#ethnicGroup">Choose an answer, or choose Prefer not to say</a>',
    );
    expect(body).toMatch(/id="answer-Q1-4" name="answer-Q1" type="radio" value="DISAGREE" checked/);
    expect(body).toMatch(/name="consent" type="checkbox" value="yes" checked/);
    expect(body).toMatch(/name="ageBand" type="radio" value="AGE_25_34" checked/);
    expect(body).toMatch(/id="answer-Q2-error"/);
  });

  it.each([
    ['INVALID_LINK', 'This survey link does not work'],
    ['ALREADY_ANSWERED', 'You have already answered this survey'],
    ['ROUND_CLOSED', 'This survey has closed'],
  ])('explains %s on a page of its own, with a way to the results', (outcome, title) => {
    const fromLoad = html({ opened: { kind: 'outcome', outcome }, values: emptySurveyValues() });
    const fromAction = html(
      { opened, values: emptySurveyValues() },
      { outcome: { kind: 'outcome', outcome } },
    );

    for (const body of [fromLoad, fromAction]) {
      expect(body).toContain(`<h1>${title}</h1>`);
      expect(body).toContain('href="/your-views"');
      expect(body).not.toContain('<form');
    }
  });

  it('shows a question with no translation in English, marked as English and said to be', () => {
    const english = getLocale;
    overwriteGetLocale(() => 'ur');
    try {
      const inUrdu = [
        {
          id: 'q1',
          code: 'Q1',
          text: 'کیا آپ اپنے علاقے میں محفوظ محسوس کرتے ہیں؟',
          textLanguage: 'UR',
          standard: true,
        },
        { ...questions[2]!, textLanguage: 'EN' },
      ];
      const body = html({
        opened: { ...opened, round: { ...round, questions: inUrdu } },
        values: emptySurveyValues(),
      });

      expect(body).toMatch(
        /<legend class="label">کیا آپ اپنے علاقے میں محفوظ محسوس کرتے ہیں؟<\/legend>/,
      );
      expect(body).toMatch(
        /<fieldset class="fieldset" aria-describedby="answer-L1-note"><legend class="label" lang="en-GB" dir="ltr">Parking near the school is safer<\/legend>\s*<div id="answer-L1-note"><p class="untranslated-note[^"]*">[^<]+<\/p><\/div>/,
      );
      expect(body.match(/class="untranslated-note/g)).toHaveLength(1);
    } finally {
      overwriteGetLocale(english);
    }
  });
});
