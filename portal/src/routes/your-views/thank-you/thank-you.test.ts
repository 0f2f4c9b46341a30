import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { ANONYMOUS } from '@engage/shared/auth';
import { data, fakeGateway } from '../../../../test/fake-gateway.ts';
import { getEvent } from '../../../../test/staff-events.ts';
import { getLocale, overwriteGetLocale } from '#lib/paraglide/runtime.js';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();

const castle = {
  id: 'n-castle',
  slug: 'castle',
  name: 'Castle',
  policingArea: { slug: 'city-centre', name: 'City Centre' },
};
const may = {
  id: 'r-may',
  label: 'May 2026',
  opensOn: '2026-05-01',
  closesOn: '2026-05-31',
  status: 'CLOSED',
};
const figure = { value: 61.4, lower: 55.2, upper: 67.6, respondents: 48, suppressed: false };
const SUPPRESSED = { value: null, lower: null, upper: null, respondents: null, suppressed: true };
const cell = {
  round: may,
  level: 'NEIGHBOURHOOD',
  policingAreaId: 'a-city',
  neighbourhoodId: 'n-castle',
  groupBy: 'NONE',
  group: null,
  confidence: figure,
  questions: [
    {
      question: { id: 'q1', code: 'Q1', text: 'The police can be relied on' },
      figure: { ...figure, value: 70 },
    },
    {
      question: { id: 'q2', code: 'Q2', text: 'The police treat everyone fairly' },
      figure: SUPPRESSED,
    },
  ],
  change: null,
};

type LoadEvent = Parameters<typeof load>[0];

describe('the thank-you page', () => {
  it("shows what the resident's neighbourhood said in the latest closed round", async () => {
    gateway.reply((call) => {
      if (call.query.includes('ResultsNeighbourhood')) return data({ neighbourhood: castle });
      if (call.query.includes('confidenceTrend')) {
        return data({ confidenceTrend: [{ round: may, confidence: figure, national: 58 }] });
      }
      if (call.query.includes('confidenceHeadline')) {
        const shown = { round: may, confidence: figure, responses: 48, withheld: null };
        return data({ confidenceHeadline: { latest: shown, shown } });
      }
      return data({ confidenceScores: [cell] });
    });

    const page = await load(
      getEvent<LoadEvent>('/your-views/thank-you?round=r-nov&area=castle', {}, ANONYMOUS),
    );
    const body = render(Page, { props: { data: page, params: {} } as never }).body.replace(
      /<!--[\s\S]*?-->/g,
      '',
    );

    expect(gateway.calls[1]?.variables).toEqual({ level: 'NEIGHBOURHOOD', areaId: 'n-castle' });
    expect(body).toContain('<h1>Thank you for your views</h1>');
    expect(body).toContain('What people in Castle said last time');
    expect(body).toContain('61.4%');
    expect(body).toMatch(/<th scope="row">The police can be relied on<\/th>\s*<td[^>]*>\s*70%/);
    expect(body).toMatch(
      /<th scope="row">The police treat everyone fairly<\/th>\s*<td[^>]*>\s*Fewer than 10 people answered, so we do not show this figure/,
    );
    expect(body).toContain('href="/neighbourhoods/castle/your-views"');
  });

  it("shows the force's figures when the answers were not placed in a neighbourhood", async () => {
    gateway.reply((call) =>
      call.query.includes('confidenceTrend')
        ? data({ confidenceTrend: [] })
        : data({ confidenceHeadline: null }),
    );

    const page = await load(
      getEvent<LoadEvent>('/your-views/thank-you?round=r-nov', {}, ANONYMOUS),
    );
    const body = render(Page, { props: { data: page, params: {} } as never }).body;

    expect(gateway.calls[0]?.variables).toEqual({ level: 'FORCE', areaId: null });
    expect(body).toContain('There are no results for the force area from an earlier round yet.');
    expect(body).toContain('href="/your-views"');
  });

  it('shows the questions in the page’s language, and one with no translation in English, said to be', async () => {
    const english = getLocale;
    overwriteGetLocale(() => 'pl');
    try {
      const inPolish = {
        ...cell,
        questions: [
          {
            question: { id: 'q1', code: 'Q1', text: 'Czy ufasz policji?', textLanguage: 'PL' },
            figure: { ...figure, value: 70 },
          },
          {
            question: {
              id: 'q2',
              code: 'Q2',
              text: 'The police treat everyone fairly',
              textLanguage: 'EN',
            },
            figure: { ...figure, value: 40 },
          },
        ],
      };
      gateway.reply((call) => {
        if (call.query.includes('ResultsNeighbourhood')) return data({ neighbourhood: castle });
        if (call.query.includes('confidenceTrend')) return data({ confidenceTrend: [] });
        if (call.query.includes('confidenceHeadline')) {
          const shown = { round: may, confidence: figure, responses: 48, withheld: null };
          return data({ confidenceHeadline: { latest: shown, shown } });
        }
        return data({ confidenceScores: [inPolish] });
      });

      const page = await load(
        getEvent<LoadEvent>('/your-views/thank-you?round=r-nov&area=castle', {}, ANONYMOUS),
      );
      const body = render(Page, { props: { data: page, params: {} } as never }).body.replace(
        /<!--[\s\S]*?-->/g,
        '',
      );

      const scores = gateway.calls.find((call) => call.query.includes('confidenceScores'));
      expect(scores?.variables).toMatchObject({ language: 'PL' });
      expect(body).toMatch(/<th scope="row">Czy ufasz policji\?<\/th>/);
      expect(body).toMatch(
        /<th scope="row"><p class="untranslated-note[^"]*">[^<]+<\/p><span lang="en-GB" dir="ltr">The police treat everyone fairly<\/span><\/th>/,
      );
    } finally {
      overwriteGetLocale(english);
    }
  });
});
