import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { isHttpError } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import type {
  ConfidenceCell,
  Headline,
  HeadlineRound,
  PublicResults,
  TrendPoint,
} from '#lib/surveys/surveys.ts';
import { data, fakeGateway, graphQLError } from '../../../../../test/fake-gateway.ts';
import { getEvent, outcome } from '../../../../../test/staff-events.ts';
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

const round = (id: string, label: string) => ({
  id,
  label,
  opensOn: '2026-01-01',
  closesOn: '2026-01-31',
  status: 'CLOSED' as const,
});
const shown = (value: number) => ({
  value,
  lower: value - 4.2,
  upper: value + 4.2,
  respondents: 120,
  suppressed: false,
});
const SUPPRESSED = { value: null, lower: null, upper: null, respondents: null, suppressed: true };

const trend: TrendPoint[] = [
  { round: round('h2019', '2019'), confidence: shown(78), national: 74 },
  { round: round('h2023', '2023'), confidence: shown(49.6), national: 66.5 },
  { round: round('r-few', 'November 2023'), confidence: SUPPRESSED, national: null },
  { round: round('r-may24', 'May 2024'), confidence: shown(52.5), national: 65 },
];

const latest: ConfidenceCell = {
  round: round('r-may24', 'May 2024'),
  level: 'NEIGHBOURHOOD',
  policingAreaId: 'a-city',
  neighbourhoodId: 'n-castle',
  groupBy: 'NONE',
  group: null,
  confidence: shown(52.5),
  questions: [
    {
      question: { id: 'q1', code: 'Q1', text: 'The police treat everyone fairly' },
      figure: shown(61.3),
    },
    {
      question: { id: 'q2', code: 'Q2', text: 'The police deal with what matters' },
      figure: SUPPRESSED,
    },
  ],
  change: { points: 2.9, significant: true, suppressed: false },
};

const may24: HeadlineRound = {
  round: round('r-may24', 'May 2024'),
  confidence: shown(52.5),
  responses: 124,
  withheld: null,
};
const headline: Headline = { latest: may24, shown: may24 };

type LoadEvent = Parameters<typeof load>[0];
const at = (slug: string) =>
  getEvent<LoadEvent>(`/neighbourhoods/${slug}/your-views`, { slug }, ANONYMOUS);

function html(results: PublicResults) {
  return render(Page, {
    props: { data: { neighbourhood: castle, results }, params: { slug: 'castle' } } as never,
  }).body.replace(/<!--[\s\S]*?-->/g, '');
}

describe("a neighbourhood's Your Views results", () => {
  it('loads the public trend, and the latest round in full as the portal itself', async () => {
    gateway.reply((call) => {
      if (call.query.includes('ResultsNeighbourhood')) return data({ neighbourhood: castle });
      if (call.query.includes('confidenceTrend')) return data({ confidenceTrend: trend });
      if (call.query.includes('confidenceHeadline')) return data({ confidenceHeadline: headline });
      return data({ confidenceScores: [latest] });
    });

    const page = await load(at('castle'));

    expect(page.results).toEqual({ trend, headline, latest });
    const [, trendCall, headlineCall, scoresCall] = gateway.calls;
    expect(headlineCall?.variables).toEqual({ level: 'NEIGHBOURHOOD', areaId: 'n-castle' });
    expect(trendCall?.variables).toEqual({ level: 'NEIGHBOURHOOD', areaId: 'n-castle' });
    expect(trendCall?.actor).toBeUndefined();
    expect(scoresCall?.variables).toMatchObject({
      level: 'NEIGHBOURHOOD',
      groupBy: 'NONE',
      roundIds: ['r-may24'],
      areaIds: ['n-castle'],
    });
    expect(scoresCall?.actor).toEqual({ kind: 'service', service: 'portal' });
  });

  it('still shows the headline and the trend when the per-question figures are refused', async () => {
    gateway.reply((call) => {
      if (call.query.includes('ResultsNeighbourhood')) return data({ neighbourhood: castle });
      if (call.query.includes('confidenceTrend')) return data({ confidenceTrend: trend });
      if (call.query.includes('confidenceHeadline')) return data({ confidenceHeadline: headline });
      return graphQLError('staff only', 'FORBIDDEN');
    });

    const page = await load(at('castle'));

    expect(page.results.latest).toBeNull();
    expect(page.results.headline).toEqual(headline);
    expect(html(page.results)).toContain('52.5%');
  });

  it('answers 404 for a neighbourhood there is not', async () => {
    gateway.reply(() => data({ neighbourhood: null }));

    expect(isHttpError(await outcome(() => load(at('atlantis'))), 404)).toBe(true);
  });

  it('gives the latest score with its interval and a real change in words', () => {
    const body = html({ trend, latest, headline });

    expect(body).toContain('Latest results: May 2024');
    expect(body).toContain('52.5%');
    expect(body).toContain('We are 95% sure the true figure is between 48.3% and 56.7%.');
    expect(body).toContain(
      'Up 2.9 points since the round before. This is a real change, not chance.',
    );
    expect(body).toMatch(
      /<th scope="row">The police treat everyone fairly<\/th>\s*<td[^>]*>\s*61.3%/,
    );
  });

  it('says the score is from invitation answers, with the open-link answers beside it in words', () => {
    const body = html({
      trend,
      latest: {
        ...latest,
        openLink: { responses: 14, anomaly: false, confidence: shown(31.4) },
      },
      headline,
    });
    expect(body).toContain(
      'This score is from residents who answered through their own invitation',
    );
    expect(body).toContain(
      'Answers through the open survey link: 14. Anyone can use that link, so these answers are not verified and are not in the score above.',
    );
    expect(body).toContain('Their score on its own: 31.4% (not verified).');
    expect(body).not.toContain('Unusual volume');
  });

  it('flags an unusual number of open-link answers, and hides their score when it is suppressed', () => {
    const body = html({
      trend,
      latest: { ...latest, openLink: { responses: 30, anomaly: true, confidence: SUPPRESSED } },
      headline,
    });
    expect(body).toContain('Answers through the open survey link: 30.');
    expect(body).toContain('There are too few of them to show their own score.');
    expect(body).toContain('<strong class="tag">Unusual volume</strong>');
    expect(body).toContain('Unusually many answers came through the open link this round');
  });

  it('keeps the last figure with enough answers when a newer round had too few, and says why', () => {
    const november: HeadlineRound = {
      round: round('r-nov24', 'November 2024'),
      confidence: SUPPRESSED,
      responses: null,
      withheld: 'TOO_FEW_ANSWERS',
    };
    const body = html({ trend, latest, headline: { latest: november, shown: may24 } });
    expect(body).toContain('Latest results: May 2024');
    expect(body).toContain(
      'November 2024: too few people here answered for us to publish a figure.</strong> So this is the last figure with enough answers, from May 2024.',
    );
    expect(body).toContain('52.5%');

    const none = html({
      trend,
      latest: null,
      headline: {
        latest: { ...november, withheld: 'PROTECTS_SMALLER_GROUP' },
        shown: null,
      },
    });
    expect(none).toContain(
      'November 2024: we hold this figure back so that a smaller group’s answers cannot be worked out from it.',
    );
    expect(none).toContain('No round here has had enough answers to publish a figure yet.');
    expect(none).not.toContain('Confidence score</p>');
  });

  it('shows a suppressed figure as words, never as a number', () => {
    const body = html({ trend, latest, headline });

    expect(body).toMatch(
      /<th scope="row">The police deal with what matters<\/th>\s*<td[^>]*>\s*Fewer than 10 people answered, so we do not show this figure/,
    );
    expect(body).toMatch(
      /<th scope="row">November 2023<\/th>\s*<td[^>]*>Fewer than 10 people answered, so we do not show this figure – or we hold it back so that a small group’s answers cannot be worked out from the figures beside it.<\/td>/,
    );
    expect(body).not.toMatch(/NaN|null/);

    const allSuppressed = html({
      trend: [{ ...trend[3]!, confidence: SUPPRESSED }],
      latest: {
        ...latest,
        confidence: SUPPRESSED,
        change: { points: null, significant: false, suppressed: true },
      },
      headline: {
        latest: { ...may24, confidence: SUPPRESSED, responses: null },
        shown: { ...may24, confidence: SUPPRESSED, responses: null },
      },
    });
    expect(allSuppressed).not.toContain('52.5%');
    expect(allSuppressed).toContain('Too few people answered to compare with the round before.');
  });

  it('draws the trend since 2019 beside the national figure, with the same figures in a table', () => {
    const body = html({ trend, latest, headline });

    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="trend-title trend-desc"/);
    expect(body).toContain('From 78% in 2019 to 52.5% in May 2024.');
    // The suppressed round breaks the line: two stretches for the area, two for the nation.
    expect(body.match(/class="trend__area[^"]*"/g)?.filter(Boolean).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(body.match(/<circle/g)).toHaveLength(3 + 1);
    expect(body.match(/<rect/g)).toHaveLength(3 + 1);
    expect(body).toContain('A gap in the line: too few people answered that round');
    // Each shown round's 95% interval is a bar through its dot (three here, and three lines
    // drawing the bar in the key), and the key says what it is.
    expect(body.match(/<path[^>]*class="trend__interval[ "]/g)).toHaveLength(3);
    expect(body).toContain('95% interval (the bar through each dot)');
    // The axis names years, not every round, so its text stays readable on a phone.
    expect(body).not.toContain('rotate(');
    const rows =
      body.match(
        /<caption[^>]*>Confidence score in each round, Castle<\/caption>[\s\S]*?<\/table>/,
      )?.[0] ?? '';
    expect(rows.match(/<tr>/g)).toHaveLength(1 + 4);
    expect(rows).toMatch(
      /<th scope="row">2019<\/th>\s*<td[^>]*>78%<\/td>\s*<td>73.8% – 82.2%<\/td>\s*<td[^>]*>74%<\/td>/,
    );
    expect(rows).toMatch(/<th scope="row">November 2023<\/th>[\s\S]*?Not set/);
  });

  it('says there are no results yet when no round has closed', () => {
    expect(html({ trend: [], latest: null, headline: null })).toContain(
      'There are no results to show yet.',
    );
  });
});
