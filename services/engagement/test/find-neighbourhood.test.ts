import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../src/service.ts';
import { FIND } from './support/find-neighbourhood.query.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const find = async (postcode: string) =>
  (
    await engagement.execute<{ findNeighbourhood: Record<string, unknown> }>(FIND, {
      variables: { postcode },
    })
  ).data?.findNeighbourhood;

describe('finding your team by postcode, offline', () => {
  it('places a postcode by the sector its team covers, however it was typed', async () => {
    const team = DEMO_FORCE[3]!.neighbourhoods[2]!;
    const typed = team.samplePostcode.toLowerCase().replace(' ', '');
    await expect(find(typed)).resolves.toEqual({
      __typename: 'PostcodeMatch',
      postcode: team.samplePostcode,
      neighbourhood: { slug: team.slug },
    });
  });

  it('says a malformed postcode is malformed, and an empty one empty', async () => {
    await expect(find('LE1 ZZZ9')).resolves.toEqual({
      __typename: 'InvalidPostcode',
      reason: 'MALFORMED',
    });
    await expect(find('   ')).resolves.toEqual({ __typename: 'InvalidPostcode', reason: 'EMPTY' });
  });

  it('answers "not found" for a real postcode no team covers, with no outside lookups on', async () => {
    await expect(find('sw1a 1aa')).resolves.toEqual({
      __typename: 'PostcodeNotFound',
      postcode: 'SW1A 1AA',
      lookupUnavailable: false,
    });
  });
});
