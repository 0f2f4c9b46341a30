import { POPULATION_GROUPS, type PopulationCount } from '../demographics.ts';
import { DEMO_FORCE, type DemoNeighbourhood } from './demo-force.ts';
import { demoRandom } from './demo-random.ts';

/** The first three demo NPAs are city areas: younger, more diverse, more deprived. */
const URBAN_AREAS = 3;

export function isUrbanDemoTeam(neighbourhoodId: string): boolean {
  const areaIndex = DEMO_FORCE.findIndex((area) =>
    area.neighbourhoods.some((team) => team.id === neighbourhoodId),
  );
  return areaIndex >= 0 && areaIndex < URBAN_AREAS;
}

export interface DemoPopulation {
  neighbourhoodId: string;
  /** Usual residents. */
  population: number;
  /** Residents by group, for every question; each question's groups add up to `population`. */
  counts: PopulationCount[];
  isDemoData: true;
}

/** Splits a whole number by weights into whole parts that add up to it (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k += 1) parts[order[k % order.length]!.index]! += 1;
  return parts;
}

/**
 * DEMO DATA: an invented census population for a demo team, in the product's own groups, the
 * same on every run and in every service (engagement shows it as the team's profile; surveys and
 * newsletters compare their samples with it). City teams are younger and more diverse than
 * market towns, as in most English counties; every number is made up.
 */
export function demoPopulation(team: Pick<DemoNeighbourhood, 'id' | 'slug'>): DemoPopulation {
  const r = (what: string) => demoRandom(`${team.slug}:${what}`);
  const urban = isUrbanDemoTeam(team.id);
  const population = Math.round((urban ? 9000 : 6000) + r('population') * 8000);
  const diversity = urban ? 0.35 + r('diversity') * 0.5 : 0.04 + r('diversity') * 0.12;
  const weights: Record<keyof typeof POPULATION_GROUPS, number[]> = {
    // UNDER_18, 18–24, 25–34, 35–44, 45–54, 55–64, 65–74, 75+
    AGE_BAND: [
      20 + r('a0') * 4,
      (urban ? 13 : 7) + r('a1') * 3,
      (urban ? 17 : 11) + r('a2') * 3,
      13 + r('a3') * 3,
      12 + r('a4') * 3,
      (urban ? 9 : 13) + r('a5') * 3,
      (urban ? 6 : 11) + r('a6') * 3,
      (urban ? 5 : 9) + r('a7') * 2,
    ],
    // ASIAN, BLACK, MIXED, WHITE, OTHER
    ETHNIC_GROUP: [
      diversity * (0.6 + r('e0') * 0.2),
      diversity * (0.12 + r('e1') * 0.08),
      diversity * 0.1 + 0.02,
      1 - diversity,
      diversity * 0.08,
    ],
    // YES, NO: about one in six disabled under the Equality Act, more in older towns.
    DISABILITY: [(urban ? 15 : 19) + r('d0') * 4, 100 - ((urban ? 15 : 19) + r('d0') * 4)],
    // WOMAN, MAN
    GENDER: [50.5 + r('g0') * 1.5, 49.5 - r('g0') * 1.5],
  };
  const counts = (Object.keys(POPULATION_GROUPS) as (keyof typeof POPULATION_GROUPS)[]).flatMap(
    (dimension) => {
      const parts = apportion(population, weights[dimension]);
      return POPULATION_GROUPS[dimension].map((group, index) => ({
        dimension,
        group,
        count: parts[index]!,
      }));
    },
  );
  return { neighbourhoodId: team.id, population, counts, isDemoData: true };
}
