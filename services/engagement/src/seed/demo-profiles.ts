import { demoPick, demoPopulation, demoRandom, type DemoNeighbourhood } from '@engage/shared';
import type { ProfileFigures } from '../modules/geography/save-profile.ts';

const SECOND_LANGUAGES = ['Gujarati', 'Polish', 'Punjabi', 'Urdu', 'Somali', 'Arabic', 'Romanian'];

/**
 * DEMO DATA: an invented census-style profile. Its population and counts per group are
 * `demoPopulation`'s, the same ones surveys and newsletters seed, so the three services agree;
 * deprivation and languages are invented here. City areas are more deprived and speak more
 * languages than market towns, as in most English counties; every number is made up.
 */
export function demoProfile(neighbourhood: DemoNeighbourhood, urban: boolean): ProfileFigures {
  const r = (what: string) => demoRandom(`${neighbourhood.slug}:${what}`);
  const { population, counts } = demoPopulation(neighbourhood);
  const average = Math.max(1, Math.min(10, (urban ? 2 : 6) + r('imd') * 4));
  const deprivationDecile = Math.max(1, Math.min(10, Math.round(average)));
  const deprivedShare =
    average <= 2.5 ? 0.5 + r('imd20') * 0.4 : average <= 4 ? r('imd20') * 0.3 : 0;
  const aged3Plus = Math.round(population * 0.965);
  const second = urban
    ? [demoPick(`${neighbourhood.slug}:l1`, SECOND_LANGUAGES.slice(0, 4)), 'Polish']
    : ['Polish'];
  const others = [...new Set(second)].map((language, index) => ({
    language,
    count: Math.round(
      aged3Plus * (urban ? 0.08 - index * 0.05 : 0.015) * (0.8 + r(language) * 0.4),
    ),
  }));
  const english = aged3Plus - others.reduce((sum, other) => sum + other.count, 0);
  return {
    population,
    deprivationDecile,
    averageDeprivationDecile: Math.round(average * 10) / 10,
    mostDeprivedResidents: Math.round(population * deprivedShare),
    counts,
    languageCounts: [{ language: 'English', count: english }, ...others],
    languageBase: aged3Plus,
    lsoaCodes: [],
    sources: [],
    isDemoData: true,
  };
}
