import {
  POPULATION_GROUPS,
  type DemographicDimension,
  type PopulationCount,
} from '@engage/shared/demographics';
import { suppress } from '@engage/shared/scoring';

/** One language's speakers among residents aged 3 and over (TS024). */
export interface LanguageCount {
  language: string;
  count: number;
}

/** What the census calls each of the product's groups, for the tables on the public page. */
export const GROUP_LABELS: Record<DemographicDimension, Record<string, string>> = {
  AGE_BAND: {
    UNDER_18: 'Aged 17 and under',
    AGE_18_24: 'Aged 18 to 24',
    AGE_25_34: 'Aged 25 to 34',
    AGE_35_44: 'Aged 35 to 44',
    AGE_45_54: 'Aged 45 to 54',
    AGE_55_64: 'Aged 55 to 64',
    AGE_65_74: 'Aged 65 to 74',
    AGE_75_PLUS: 'Aged 75 and over',
  },
  ETHNIC_GROUP: {
    ASIAN: 'Asian, Asian British or Asian Welsh',
    BLACK: 'Black, Black British, Black Welsh, Caribbean or African',
    MIXED: 'Mixed or Multiple ethnic groups',
    WHITE: 'White',
    OTHER: 'Other ethnic group',
  },
  DISABILITY: {
    YES: 'Disabled under the Equality Act',
    NO: 'Not disabled under the Equality Act',
  },
  GENDER: { WOMAN: 'Female', MAN: 'Male' },
};

/** Per-cent shares to one decimal place that add up to exactly 100.0 (largest remainder). */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const tenths = counts.map((count) => (count / total) * 1000);
  const parts = tenths.map(Math.floor);
  const order = tenths
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const left = 1000 - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k += 1) parts[order[k]!.index]! += 1;
  return parts.map((part) => part / 10);
}

export function displayShares(counts: readonly PopulationCount[], dimension: DemographicDimension) {
  const groups = POPULATION_GROUPS[dimension];
  const values = groups.map(
    (group) =>
      counts.find((count) => count.dimension === dimension && count.group === group)?.count ?? 0,
  );
  if (values.every((value) => value === 0)) return [];
  const shares = percentages(values);
  return groups.map((group, index) => ({
    group: GROUP_LABELS[dimension][group] ?? group,
    code: group,
    share: shares[index]!,
  }));
}

/**
 * Languages in the public list: ONS publishes every count, but the product shows no figure about
 * fewer than 10 people, so a language with fewer speakers is left out (the shared suppression
 * rule decides). Shares are of all residents aged 3 and over, so the listed ones need not add up
 * to 100 and the left-out ones cannot be told apart.
 */
export function languageShares(languages: readonly LanguageCount[], base: number) {
  if (base <= 0) return [];
  return languages
    .filter(({ count }) => suppress(count, count).kind === 'value')
    .map(({ language, count }) => ({
      language,
      count,
      share: Math.round((count / base) * 1000) / 10,
    }));
}

/** "Any other …" and "Other …" catch-alls are groups of languages, not a language to name. */
const CATCH_ALL = /^(any )?other\b/i;
const MAIN_LANGUAGE_SHARE = 0.01;
const MAIN_LANGUAGES_AT_MOST = 6;

/** The languages worth naming on a team page: at least 1% of residents aged 3+, at most six. */
export function mainLanguages(languages: readonly LanguageCount[], base: number): string[] {
  return languages
    .filter(
      ({ language, count }) =>
        !CATCH_ALL.test(language) && base > 0 && count / base >= MAIN_LANGUAGE_SHARE,
    )
    .slice(0, MAIN_LANGUAGES_AT_MOST)
    .map(({ language }) => language);
}

/** Adds up counts by (dimension, group), in POPULATION_GROUPS order. */
export function sumCounts(lists: readonly (readonly PopulationCount[])[]): PopulationCount[] {
  return (Object.keys(POPULATION_GROUPS) as DemographicDimension[]).flatMap((dimension) =>
    POPULATION_GROUPS[dimension].map((group) => ({
      dimension,
      group,
      count: lists
        .flat()
        .filter((count) => count.dimension === dimension && count.group === group)
        .reduce((sum, count) => sum + count.count, 0),
    })),
  );
}

/** Adds up language counts by name, most spoken first (ties by name, so the order is stable). */
export function sumLanguages(lists: readonly (readonly LanguageCount[])[]): LanguageCount[] {
  const totals = new Map<string, number>();
  for (const { language, count } of lists.flat()) {
    totals.set(language, (totals.get(language) ?? 0) + count);
  }
  return [...totals]
    .map(([language, count]) => ({ language, count }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
}

/** A decile from 1 to 10, rounded from a population-weighted average. */
export const roundDecile = (average: number) => Math.max(1, Math.min(10, Math.round(average)));
