import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { baseLocale, overwriteGetLocale, type Locale } from '#lib/paraglide/runtime.js';
import type { MonthlyEngagement } from '#lib/newsletters/engagement.ts';
import type { TrendPoint } from '#lib/surveys/surveys.ts';
import EngagementChart from './EngagementChart.svelte';
import TrendChart from './TrendChart.svelte';

/** The charts are drawn on the server; each is rendered as a page in `locale` would render it. */
function renderIn(locale: Locale, draw: () => { body: string }): string {
  overwriteGetLocale(() => locale);
  return draw().body;
}
afterEach(() => overwriteGetLocale(() => baseLocale));

const numbers = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => Number(match[1]));

const point = (label: string, closesOn: string, value: number): TrendPoint => ({
  round: { id: label, label, opensOn: closesOn, closesOn, status: 'CLOSED' } as TrendPoint['round'],
  confidence: { value, lower: value - 5, upper: value + 5, respondents: 100, suppressed: false },
  national: null,
});
const trend = [
  point('2024', '2024-03-31', 60),
  point('2025', '2025-03-31', 70),
  point('2026', '2026-03-31', 80),
];

describe('a chart on a right-to-left page', () => {
  it('runs time from right to left: the first round is the rightmost dot, the value axis on the right', () => {
    const ltr = renderIn('en', () => render(TrendChart, { props: { trend, areaName: 'Castle' } }));
    const rtl = renderIn('ur', () => render(TrendChart, { props: { trend, areaName: 'Castle' } }));

    const dotsLtr = numbers(ltr, /<circle cx="([\d.]+)"[^>]*r="3.5"/g);
    const dotsRtl = numbers(rtl, /<circle cx="([\d.]+)"[^>]*r="3.5"/g);
    expect(dotsLtr).toHaveLength(3);
    expect(dotsLtr[0]).toBeLessThan(dotsLtr[2]!);
    expect(dotsRtl[0]).toBeGreaterThan(dotsRtl[2]!);
    expect(dotsRtl).toEqual(dotsLtr.map((x) => 400 - x));

    // The percentage ticks sit beside the axis: at the left edge, or mirrored at the right.
    const ticksLtr = numbers(
      ltr,
      /<text x="([\d.]+)"[^>]*text-anchor="end" class="trend__tick[^>]*>[^<]*%/g,
    );
    const ticksRtl = numbers(
      rtl,
      /<text x="([\d.]+)"[^>]*text-anchor="end" class="trend__tick[^>]*>[^<]*%/g,
    );
    expect(ticksLtr).toHaveLength(5);
    expect(ticksLtr.every((x) => x < 50)).toBe(true);
    expect(ticksRtl.every((x) => x > 350)).toBe(true);
  });

  it('puts the first month’s bars on the right, each pair in reading order (delivered first)', () => {
    const months: MonthlyEngagement[] = ['2026-09', '2026-10'].map((month) => ({
      month,
      issuesPublished: 1,
      delivered: { value: 200, fewerThan: null },
      bounced: { value: 0, fewerThan: null },
      unsubscribed: { value: 0, fewerThan: null },
      archiveViews: 50,
    }));
    const bars = (html: string, kind: string) =>
      // Not the key's swatch (x="1"): the bars in the chart.
      numbers(
        html,
        new RegExp(`<rect x="([\\d.]+)"[^>]*class="engagement-chart__${kind}`, 'g'),
      ).slice(1);

    const ltr = renderIn('en', () =>
      render(EngagementChart, { props: { trend: months, teamName: 'Castle' } }),
    );
    const rtl = renderIn('ar', () =>
      render(EngagementChart, { props: { trend: months, teamName: 'Castle' } }),
    );

    // The first month's delivered bar comes before its views bar in the reading direction.
    expect(bars(ltr, 'delivered')[0]).toBeLessThan(bars(ltr, 'views')[0]!);
    expect(bars(rtl, 'delivered')[0]).toBeGreaterThan(bars(rtl, 'views')[0]!);
    // And the first month is on the start side: left, or right on an Arabic page.
    expect(bars(ltr, 'delivered')[0]).toBeLessThan(bars(ltr, 'delivered')[1]!);
    expect(bars(rtl, 'delivered')[0]).toBeGreaterThan(bars(rtl, 'delivered')[1]!);
  });
});
