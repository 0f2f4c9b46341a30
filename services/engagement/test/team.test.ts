import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, OutboxMessage, createLogger, demoPopulation } from '@engage/shared';
import type { PopulationCount } from '@engage/shared/demographics';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../src/service.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

type Team = {
  officers: { name: string; role: string; photoUrl: string | null }[];
  coverage: { name: string; kind: string }[];
  postcodeSectors: string[];
  profile: {
    population: number;
    deprivationDecile: number;
    ageBands: { group: string; share: number }[];
    ethnicity: { group: string; share: number }[];
    mainLanguages: string[];
    isDemoData: boolean;
  } | null;
};

const TEAM = `query($slug: String!) { neighbourhood(slug: $slug) {
  officers { name role photoUrl }
  coverage { name kind }
  postcodeSectors
  profile { population deprivationDecile ageBands { group share } ethnicity { group share } mainLanguages isDemoData }
} }`;

describe('a team page', () => {
  it('names the team’s officers, sergeant first, each with a photo', async () => {
    const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
    const { data, errors } = await engagement.execute<{ neighbourhood: Team }>(TEAM, {
      variables: { slug: team.slug },
    });
    expect(errors).toBeUndefined();
    const { officers } = data!.neighbourhood;
    expect(officers.map((officer) => officer.role)).toEqual([
      'Sergeant',
      'Police Constable',
      'PCSO',
    ]);
    expect(officers[0]!.name).toMatch(/^Sgt /);
    // PNG, not SVG: the same photo goes into newsletters, and mail programs show no SVG.
    for (const officer of officers) {
      expect(officer.photoUrl).toMatch(/^\/demo-officers\/officer-\d+\.png$/);
    }
  });

  it('says which wards, parishes and postcode sectors the team covers', async () => {
    const county = DEMO_FORCE[5]!.neighbourhoods[1]!;
    const { data } = await engagement.execute<{ neighbourhood: Team }>(TEAM, {
      variables: { slug: county.slug },
    });
    expect(data?.neighbourhood.coverage).toEqual([
      { name: `${county.name} parish`, kind: 'PARISH' },
      { name: `${county.name} ward`, kind: 'WARD' },
    ]);
    expect(data?.neighbourhood.postcodeSectors).toEqual(
      [1, 2, 3].map((digit) => `${county.postcodeDistrict} ${digit}`),
    );
  });

  it('profiles who lives there, with shares that add up and a demo-data flag', async () => {
    const team = DEMO_FORCE[1]!.neighbourhoods[0]!;
    const { data } = await engagement.execute<{ neighbourhood: Team }>(TEAM, {
      variables: { slug: team.slug },
    });
    const profile = data!.neighbourhood.profile!;
    const total = (shares: { share: number }[]) =>
      Math.round(shares.reduce((sum, { share }) => sum + share, 0) * 10) / 10;
    expect(profile.isDemoData).toBe(true);
    expect(profile.population).toBeGreaterThan(1000);
    expect(profile.deprivationDecile).toBeGreaterThanOrEqual(1);
    expect(profile.deprivationDecile).toBeLessThanOrEqual(10);
    expect(total(profile.ageBands)).toBe(100);
    expect(total(profile.ethnicity)).toBe(100);
    expect(profile.mainLanguages[0]).toBe('English');
  });

  it('shows the same demo population surveys and newsletters seed, announced once', async () => {
    const team = DEMO_FORCE[1]!.neighbourhoods[0]!;
    const { data } = await engagement.execute<{
      neighbourhood: { profile: { population: number; counts: PopulationCount[]; sources: [] } };
    }>(
      'query($slug: String!) { neighbourhood(slug: $slug) { profile { population counts { dimension group count } sources { table } } } }',
      { variables: { slug: team.slug } },
    );
    const demo = demoPopulation(team);
    expect(data!.neighbourhood.profile).toEqual({
      population: demo.population,
      counts: demo.counts,
      sources: [],
    });
    await engagementService.seedDemoData(engagement.orm.em.fork(), createLogger('test', 'silent'));
    const announced = await engagement.orm.em
      .fork()
      .find(OutboxMessage, { name: 'neighbourhood.profile.updated' });
    expect(announced).toHaveLength(54);
    expect(
      announced.find(
        ({ payload }) => (payload as { neighbourhoodId: string }).neighbourhoodId === team.id,
      )!.payload,
    ).toMatchObject({
      population: demo.population,
      counts: demo.counts,
      isDemoData: true,
    });
  });

  it('loads officers, coverage, sectors and profiles for the whole force with one query each', async () => {
    engagement.resetQueries();
    const { data } = await engagement.execute<{ policingAreas: { neighbourhoods: Team[] }[] }>(
      `{ policingAreas { neighbourhoods { officers { name } coverage { name } postcodeSectors profile { population } } } }`,
    );
    const teams = data!.policingAreas.flatMap((area) => area.neighbourhoods);
    expect(teams).toHaveLength(54);
    expect(teams.every((team) => team.officers.length === 3 && team.profile !== null)).toBe(true);
    // areas + neighbourhoods + one each for officers, coverage, sectors and profiles.
    expect(engagement.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(6);
  });
});
