import { DEMOGRAPHIC_DIMENSIONS, POPULATION_GROUPS } from '@engage/shared/demographics';
import { m } from '#lib/paraglide/messages.js';
import { formatCount, formatDecimal, formatList, formatPercentage } from '#lib/format.ts';
import { groupText } from '#lib/surveys/surveys.ts';
import type { ReachTableFieldsFragment } from '#lib/graphql/graphql.ts';

/**
 * Who a team, an NPA or the force reaches, in the gateway's terms (the reach API of the surveys
 * and newsletters services): for each group of one demographic question, its share of confirmed
 * subscribers and of "Your Views" respondents beside its census share of residents, and the ratio
 * of the two with its 95% interval. Shares and ratios are on the 0–1 scale; a count the
 * suppression rule holds back (under 10, or one that would give another away) comes with no
 * number at all, and is only ever shown in words.
 */

export type ReachTable = ReachTableFieldsFragment;
export type ReachGroup = ReachTable['groups'][number];

/** The chooser's order: the questions a resident answers, as the forms ask them. */
export const DIMENSIONS = [
  'AGE_BAND',
  'ETHNIC_GROUP',
  'GENDER',
  'DISABILITY',
] as const satisfies readonly (typeof DEMOGRAPHIC_DIMENSIONS)[number][];
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS = {
  AGE_BAND: m.results_breakdown_age_band,
  ETHNIC_GROUP: m.results_breakdown_ethnic_group,
  GENDER: m.results_breakdown_gender,
  DISABILITY: m.results_breakdown_disability,
} satisfies Record<Dimension, () => string>;

/** "Yes" and "No" answer a question; as the name of a group they need saying in full. */
const DISABILITY_GROUPS: Record<string, () => string> = {
  YES: m.reach_group_disabled,
  NO: m.reach_group_not_disabled,
};

/** A group ("AGE_18_24", "ASIAN", "YES") as people read it ("18 to 24", "Asian or…", "Disabled"). */
export function reachGroupText(dimension: Dimension, group: string): string {
  if (dimension === 'DISABILITY')
    return DISABILITY_GROUPS[group]?.() ?? groupText(dimension, group);
  return groupText(dimension, group);
}

/** The census's less-than-threshold rule in words; never a number. */
export function countText(count: number | null | undefined, suppressed: boolean): string {
  if (suppressed || count === null || count === undefined) return m.reach_fewer_than_10();
  return formatCount(count);
}

/** A 0–1 share as a percentage ("12.5%"); a dash where there is none to show. */
export function shareText(share: number | null | undefined): string {
  return share === null || share === undefined
    ? m.reach_not_available()
    : formatPercentage(share * 100);
}

/** Ratios to two decimal places, always: 0.80 sits beside 0.79, and the threshold is 0.8. */
export function formatRatio(value: number): string {
  return formatDecimal(value, 2, 2);
}

/** A representation ratio with its interval: "0.62 (0.48 to 0.79)". */
export function ratioText(group: Pick<ReachGroup, 'ratio' | 'ratioLow' | 'ratioHigh'>): string {
  if (group.ratio === null || group.ratio === undefined) return m.reach_not_available();
  if (
    group.ratioLow === null ||
    group.ratioLow === undefined ||
    group.ratioHigh === null ||
    group.ratioHigh === undefined
  ) {
    return formatRatio(group.ratio);
  }
  return m.reach_ratio_with_interval({
    ratio: formatRatio(group.ratio),
    low: formatRatio(group.ratioLow),
    high: formatRatio(group.ratioHigh),
  });
}

/** Per 1,000 residents, to one decimal place: "12.4". */
export function perThousandText(value: number | null | undefined): string {
  if (value === null || value === undefined) return m.reach_not_available();
  return formatDecimal(value, 1);
}

/** A table's rate, never beside a held-back total (from which it would give the total away). */
export function rateText(
  table: Pick<ReachTable, 'totalSuppressed' | 'perThousandResidents'>,
): string {
  return table.totalSuppressed
    ? m.reach_not_available()
    : perThousandText(table.perThousandResidents);
}

/** One group's line across the page: its share of residents, and of each sample. */
export interface ReachRow {
  group: string;
  label: string;
  populationShare: number | null;
  subscribers: ReachGroup | null;
  respondents: ReachGroup | null;
}

/**
 * The groups of both samples side by side, the census's groups first in the product's own order,
 * then any other answer given ("In another way", "Prefer not to say"), which has no census share.
 */
export function reachRows(
  dimension: Dimension,
  subscribers: ReachTable | null,
  respondents: ReachTable | null,
): ReachRow[] {
  const known = POPULATION_GROUPS[dimension];
  const groups = [
    ...new Set([
      ...known,
      ...(subscribers?.groups ?? []).map((entry) => entry.group),
      ...(respondents?.groups ?? []).map((entry) => entry.group),
    ]),
  ];
  return groups.flatMap((group) => {
    const subscriber = subscribers?.groups.find((entry) => entry.group === group) ?? null;
    const respondent = respondents?.groups.find((entry) => entry.group === group) ?? null;
    if (!subscriber && !respondent) return [];
    return [
      {
        group,
        label: reachGroupText(dimension, group),
        populationShare: subscriber?.populationShare ?? respondent?.populationShare ?? null,
        subscribers: subscriber,
        respondents: respondent,
      },
    ];
  });
}

/** A group flagged as seldom heard in one sample, in plain words for the advice panel. */
export interface SeldomHeard {
  label: string;
  sample: 'SUBSCRIBERS' | 'RESPONDENTS';
  text: string;
}

/** The groups seldom heard among subscribers, then among respondents, each said in a sentence. */
export function seldomHeard(rows: ReachRow[]): SeldomHeard[] {
  const found: SeldomHeard[] = [];
  for (const sample of ['SUBSCRIBERS', 'RESPONDENTS'] as const) {
    for (const row of rows) {
      const figures = sample === 'SUBSCRIBERS' ? row.subscribers : row.respondents;
      if (!figures?.seldomHeard) continue;
      const values = {
        group: row.label,
        share: shareText(figures.share),
        population: shareText(row.populationShare),
      };
      found.push({
        label: row.label,
        sample,
        text:
          sample === 'SUBSCRIBERS'
            ? m.reach_advice_seldom_subscribers(values)
            : m.reach_advice_seldom_respondents(values),
      });
    }
  }
  return found;
}

/** A team's profile, as far as the advice needs it. */
export interface TeamLanguages {
  name: string;
  profile: {
    /** Those of at least 1% of residents aged 3 and over, most spoken first. */
    mainLanguages: string[];
    /** Every main language with at least 10 speakers: how many, and their share in per cent. */
    languages: { language: string; count: number; share: number }[];
    isDemoData: boolean;
  } | null;
}

type LanguageShare = NonNullable<TeamLanguages['profile']>['languages'][number];

/** Residents aged 3 and over, worked back from the most spoken language's count and share. */
function residentsAged3Plus(profile: NonNullable<TeamLanguages['profile']>): number {
  const top = profile.languages.reduce<LanguageShare | null>(
    (most, entry) => (most === null || entry.count > most.count ? entry : most),
    null,
  );
  return top && top.share > 0 ? (top.count * 100) / top.share : 0;
}

/**
 * The languages besides English that are a main language at home (of at least 1% of residents
 * aged 3 and over) somewhere in the area, most spoken first, each as a suggestion with its share:
 * a team reads its own share; an NPA or the force the share across all its teams, and where it is
 * a main language.
 */
export function languageAdvice(teams: TeamLanguages[], single: boolean): string[] {
  let residents = 0;
  const found = new Map<string, { speakers: number; where: string[] }>();
  for (const team of teams) {
    if (!team.profile) continue;
    residents += residentsAged3Plus(team.profile);
    for (const entry of team.profile.languages) {
      if (entry.language === 'English') continue;
      const sum = found.get(entry.language) ?? { speakers: 0, where: [] };
      sum.speakers += entry.count;
      if (team.profile.mainLanguages.includes(entry.language)) sum.where.push(team.name);
      found.set(entry.language, sum);
    }
  }
  return [...found.entries()]
    .filter(([, sum]) => sum.where.length > 0 && residents > 0)
    .sort((a, b) => b[1].speakers - a[1].speakers || a[0].localeCompare(b[0]))
    .map(([language, sum]) => {
      const share = formatPercentage((sum.speakers * 100) / residents);
      return single
        ? m.reach_advice_language_team({ language, share })
        : m.reach_advice_language_area({ language, share, teams: formatList(sum.where) });
    });
}

/** Whether the profile figures are invented demo data, not a real census. */
export function profilesAreDemo(teams: TeamLanguages[]): boolean {
  return teams.some((team) => team.profile?.isDemoData);
}

/** Whether any figure can be shown at all, or suppression held back every count. */
export function allSuppressed(table: ReachTable | null): boolean {
  if (!table) return false;
  return table.totalSuppressed && table.groups.every((group) => group.suppressed);
}

/** The query string's choice of question, or what was wrong with it. */
export function readDimension(params: URLSearchParams): {
  dimension: Dimension;
  error: 'dimension_unknown' | null;
} {
  const given = params.get('dimension');
  if (given === null || given === '') return { dimension: 'AGE_BAND', error: null };
  return (DIMENSIONS as readonly string[]).includes(given)
    ? { dimension: given as Dimension, error: null }
    : { dimension: 'AGE_BAND', error: 'dimension_unknown' };
}

/** The same choice carried to another Reach page's address. */
export function reachQuery(dimension: Dimension, roundId: string | null): `?${string}` {
  const params = new URLSearchParams({ dimension });
  if (roundId) params.set('round', roundId);
  return `?${params.toString()}`;
}

/**
 * A sample's total. It is held back when a small group could be worked out from it (fewer than 10
 * did not say, say), however large it is, so it is never called "fewer than 10".
 */
export function totalText(table: Pick<ReachTable, 'total' | 'totalSuppressed'>): string {
  if (table.totalSuppressed || table.total === null) return m.reach_total_held_back();
  return formatCount(table.total);
}
