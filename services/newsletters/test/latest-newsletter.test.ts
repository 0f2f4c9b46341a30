import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NEIGHBOURHOODS } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { Newsletter } from '../src/modules/newsletter/newsletter.entity.ts';
import { newslettersService } from '../src/service.ts';

let newsletters: SubgraphHarness;
beforeAll(async () => {
  newsletters = await startSubgraphHarness(newslettersService);
});
afterAll(() => newsletters?.close());

const LATEST = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Neighbourhood { id latestNewsletter { id title publishedAt } }
  }
}`;

type Entities = {
  _entities: {
    id: string;
    latestNewsletter: { id: string; title: string; publishedAt: string } | null;
  }[];
};

describe('a neighbourhood’s latest newsletter', () => {
  it('is the newest published issue; a newer draft is never shown', async () => {
    const team = DEMO_NEIGHBOURHOODS[0]!;
    const draft = await newsletters.orm.em.fork().findOneOrFail(Newsletter, {
      neighbourhoodId: team.id,
      status: 'DRAFT',
    });
    const { data, errors } = await newsletters.execute<Entities>(LATEST, {
      variables: { representations: [{ __typename: 'Neighbourhood', id: team.id }] },
    });
    expect(errors).toBeUndefined();
    const latest = data!._entities[0]!.latestNewsletter!;
    expect(latest.title).toBe(`${team.name} neighbourhood news: October 2026`);
    expect(latest.id).not.toBe(draft.id);
    expect(new Date(latest.publishedAt).getUTCMonth()).toBe(9);
  });

  it('is null for a team that has published nothing', async () => {
    const id = '00000000-0000-4000-8000-000000000002';
    const { data } = await newsletters.execute<Entities>(LATEST, {
      variables: { representations: [{ __typename: 'Neighbourhood', id }] },
    });
    expect(data?._entities).toEqual([{ id, latestNewsletter: null }]);
  });

  it('is loaded for every neighbourhood with a single query', async () => {
    newsletters.resetQueries();
    const { data } = await newsletters.execute<Entities>(LATEST, {
      variables: {
        representations: DEMO_NEIGHBOURHOODS.map((n) => ({
          __typename: 'Neighbourhood',
          id: n.id,
        })),
      },
    });
    expect(data?._entities.filter((entity) => entity.latestNewsletter !== null)).toHaveLength(54);
    expect(newsletters.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
  });
});

describe('a newsletter referenced by another subgraph', () => {
  it('resolves when published and is null while still a draft', async () => {
    const em = newsletters.orm.em.fork();
    const team = DEMO_NEIGHBOURHOODS[3]!;
    const published = await em.findOneOrFail(Newsletter, {
      neighbourhoodId: team.id,
      status: 'PUBLISHED',
    });
    const draft = await em.findOneOrFail(Newsletter, { neighbourhoodId: team.id, status: 'DRAFT' });
    const { data } = await newsletters.execute<{ _entities: ({ title: string } | null)[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Newsletter { title } } }`,
      {
        variables: {
          representations: [
            { __typename: 'Newsletter', id: published.id },
            { __typename: 'Newsletter', id: draft.id },
          ],
        },
      },
    );
    expect(data?._entities).toEqual([{ title: published.title }, null]);
  });
});

describe('a team’s public archive', () => {
  const ARCHIVE = `query($representations: [_Any!]!, $after: String) {
    _entities(representations: $representations) {
      ... on Neighbourhood { newsletters(first: 4, after: $after) { totalCount hasNextPage endCursor nodes { month status } } }
    }
  }`;
  type Archive = {
    _entities: {
      newsletters: {
        totalCount: number;
        hasNextPage: boolean;
        endCursor: string | null;
        nodes: { month: string; status: string }[];
      };
    }[];
  };

  it('lists published issues newest month first, a page at a time, never the draft', async () => {
    const representations = [{ __typename: 'Neighbourhood', id: DEMO_NEIGHBOURHOODS[0]!.id }];
    const first = await newsletters.execute<Archive>(ARCHIVE, { variables: { representations } });
    const page = first.data!._entities[0]!.newsletters;
    expect(page.nodes.map((node) => node.month)).toEqual([
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
    ]);
    expect(page).toMatchObject({ totalCount: 6, hasNextPage: true });
    const second = await newsletters.execute<Archive>(ARCHIVE, {
      variables: { representations, after: page.endCursor },
    });
    const rest = second.data!._entities[0]!.newsletters;
    expect(rest.nodes.map((node) => node.month)).toEqual(['2026-06', '2026-05']);
    expect(rest.hasNextPage).toBe(false);
    expect(rest.nodes.every((node) => node.status === 'PUBLISHED')).toBe(true);
  });
});
