import { describe, expect, it } from 'vitest';
import { DEMOGRAPHIC_DIMENSIONS, POPULATION_GROUPS } from '../src/demographics.ts';
import { DEMO_NEIGHBOURHOODS, demoPopulation } from '../src/index.ts';

describe('the demo population every service compares its reach with', () => {
  it('counts every resident once in each question, in the product’s own groups', () => {
    for (const team of DEMO_NEIGHBOURHOODS) {
      const { population, counts } = demoPopulation(team);
      for (const dimension of DEMOGRAPHIC_DIMENSIONS) {
        const groups = counts.filter((count) => count.dimension === dimension);
        expect(groups.map((count) => count.group)).toEqual(POPULATION_GROUPS[dimension]);
        expect(groups.reduce((sum, count) => sum + count.count, 0)).toBe(population);
      }
    }
  });

  it('is the same on every call, and differs between teams', () => {
    const [first, second] = DEMO_NEIGHBOURHOODS;
    expect(demoPopulation(first!)).toEqual(demoPopulation(first!));
    expect(demoPopulation(first!).counts).not.toEqual(demoPopulation(second!).counts);
  });

  it('makes city teams more diverse than market towns', () => {
    const whiteShare = (team: (typeof DEMO_NEIGHBOURHOODS)[number]) => {
      const { population, counts } = demoPopulation(team);
      return counts.find((count) => count.group === 'WHITE')!.count / population;
    };
    const city = DEMO_NEIGHBOURHOODS.slice(0, 18).map(whiteShare);
    const towns = DEMO_NEIGHBOURHOODS.slice(18).map(whiteShare);
    expect(Math.max(...city)).toBeLessThan(Math.min(...towns));
  });
});
