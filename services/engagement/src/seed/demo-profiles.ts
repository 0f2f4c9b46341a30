import { demoPick, demoRandom, type DemoNeighbourhood } from '@engage/shared';
import type { PopulationShare } from '../modules/geography/neighbourhood-profile.entity.ts';

/**
 * DEMO DATA: invented census-style profiles. City areas are younger, more diverse and more
 * deprived than market towns, as in most English counties; every number is made up.
 */
const AGE_BANDS = ['0–15', '16–24', '25–44', '45–64', '65 and over'] as const;
const ETHNIC_GROUPS = [
  'Asian or Asian British',
  'Black, Black British, Caribbean or African',
  'Mixed or multiple ethnic groups',
  'White',
  'Other ethnic group',
] as const;
const SECOND_LANGUAGES = ['Gujarati', 'Polish', 'Punjabi', 'Urdu', 'Somali', 'Arabic', 'Romanian'];

/** Turns raw weights into per-cent shares that add up to exactly 100.0. */
function shares(groups: readonly string[], weights: number[]): PopulationShare[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const rounded = weights.map((weight) => Math.round((weight / total) * 1000) / 10);
  const drift = Math.round((100 - rounded.reduce((sum, share) => sum + share, 0)) * 10) / 10;
  rounded[rounded.indexOf(Math.max(...rounded))]! += drift;
  return groups.map((group, index) => ({ group, share: Math.round(rounded[index]! * 10) / 10 }));
}

export function demoProfile(neighbourhood: DemoNeighbourhood, urban: boolean) {
  const r = (what: string) => demoRandom(`${neighbourhood.slug}:${what}`);
  const diversity = urban ? 0.35 + r('diversity') * 0.5 : 0.04 + r('diversity') * 0.12;
  return {
    population: Math.round((urban ? 9000 : 6000) + r('population') * 8000),
    deprivationDecile: Math.max(1, Math.min(10, Math.round((urban ? 2 : 6) + r('imd') * 4))),
    ageBands: shares(AGE_BANDS, [
      18 + r('a0') * 4,
      (urban ? 15 : 9) + r('a1') * 4,
      (urban ? 30 : 22) + r('a2') * 5,
      24 + r('a3') * 4,
      (urban ? 11 : 21) + r('a4') * 5,
    ]),
    ethnicity: shares(ETHNIC_GROUPS, [
      diversity * (0.6 + r('e0') * 0.2),
      diversity * (0.12 + r('e1') * 0.08),
      diversity * 0.1 + 0.02,
      1 - diversity,
      diversity * 0.08,
    ]),
    mainLanguages: urban
      ? [
          'English',
          demoPick(`${neighbourhood.slug}:l1`, SECOND_LANGUAGES.slice(0, 4)),
          'Polish',
        ].filter((language, index, all) => all.indexOf(language) === index)
      : ['English', 'Polish'],
    isDemoData: true,
  };
}
