import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NEIGHBOURHOODS } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { RoundResult } from '../src/modules/confidence/round-result.entity.ts';
import { surveysService } from '../src/service.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
});
afterAll(() => surveys?.close());

const CONFIDENCE = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Neighbourhood { id confidence { score responses round } }
  }
}`;

type Entities = {
  _entities: {
    id: string;
    confidence: { score: number; responses: number; round: string } | null;
  }[];
};

describe('a neighbourhood’s confidence score', () => {
  it('comes from the most recent round, as stored', async () => {
    const team = DEMO_NEIGHBOURHOODS[7]!;
    const latest = await surveys.orm.em
      .fork()
      .findOneOrFail(RoundResult, { neighbourhoodId: team.id }, { orderBy: { closedOn: 'desc' } });
    const { data, errors } = await surveys.execute<Entities>(CONFIDENCE, {
      variables: { representations: [{ __typename: 'Neighbourhood', id: team.id }] },
    });
    expect(errors).toBeUndefined();
    expect(latest.roundLabel).toBe('May 2026');
    expect(data?._entities[0]).toEqual({
      id: team.id,
      confidence: { score: Number(latest.score), responses: latest.responses, round: 'May 2026' },
    });
  });

  it('is null for a neighbourhood with no finished round yet', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const { data } = await surveys.execute<Entities>(CONFIDENCE, {
      variables: { representations: [{ __typename: 'Neighbourhood', id }] },
    });
    expect(data?._entities).toEqual([{ id, confidence: null }]);
  });

  it('is loaded for every neighbourhood of the force with a single query', async () => {
    surveys.resetQueries();
    const { data } = await surveys.execute<Entities>(CONFIDENCE, {
      variables: {
        representations: DEMO_NEIGHBOURHOODS.map((n) => ({
          __typename: 'Neighbourhood',
          id: n.id,
        })),
      },
    });
    expect(data?._entities).toHaveLength(54);
    expect(data?._entities.every((entity) => entity.confidence !== null)).toBe(true);
    expect(surveys.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
  });
});

describe('the seeded history', () => {
  it('follows the force’s published path back to 2019', async () => {
    const rows = await surveys.orm.em.fork().find(RoundResult, {});
    const mean = (label: string) => {
      const round = rows.filter((row) => row.roundLabel === label);
      return round.reduce((sum, row) => sum + Number(row.score), 0) / round.length;
    };
    expect(rows).toHaveLength(54 * 15);
    // Each team sits within ±8 points of the force path, so the mean lands close to it.
    expect(mean('May 2019')).toBeCloseTo(78, -0.5);
    expect(mean('November 2023')).toBeCloseTo(49.6, -0.5);
    expect(mean('May 2024')).toBeCloseTo(52.5, -0.5);
  });
});
