import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { AGE_BANDS, GENDERS } from '@engage/shared/demographics';
import { analyst } from './support/actors.ts';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import {
  emptyView,
  learnCells,
  structure,
  type ResultCell,
} from './support/attack/published-view.ts';
import { subtractionAttack } from './support/attack/subtraction-attack.ts';
import { determinedByElimination } from './support/attack/elimination-attack.ts';
import { TEMPTING_ROUNDS, seedTemptingRounds } from './support/attack/tempting-data.ts';
import { surveysService } from '../src/service.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
  await seedTemptingRounds(surveys.orm.em.fork());
});
afterAll(() => surveys?.close());

const roundIds = TEMPTING_ROUNDS.map((round) => round.id);
const FIGURE = 'value respondents suppressed';
const scores = (
  sample: string | null,
) => `query($level: AreaLevel!, $groupBy: Breakdown, $roundIds: [ID!]) {
  confidenceScores(level: $level, groupBy: $groupBy, roundIds: $roundIds${sample ? `, sample: ${sample}` : ''}) {
    round { id } policingAreaId neighbourhoodId group
    confidence { ${FIGURE} } questions { question { code } figure { ${FIGURE} } }
  }
}`;

/** Everything an analyst can fetch about the rounds, filed as one reader's knowledge. */
async function everythingPublished(samples: readonly (string | null)[]) {
  const view = emptyView();
  for (const sample of samples) {
    for (const level of ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD']) {
      for (const groupBy of ['NONE', 'AGE_BAND', 'GENDER']) {
        const { data, errors } = await surveys.execute<{ confidenceScores: ResultCell[] }>(
          scores(sample),
          { actor: analyst, variables: { level, groupBy, roundIds } },
        );
        expect(errors).toBeUndefined();
        learnCells(view, data!.confidenceScores, level, sample ?? 'VERIFIED');
      }
    }
  }
  return view;
}

describe('complementary suppression against the subtraction attack', () => {
  it('lets a reader of every level and breakdown of a round recover no hidden figure', async () => {
    const view = await everythingPublished([null]);
    expect(view.hidden.size).toBeGreaterThan(0);
    expect(view.known.size).toBeGreaterThan(0);
    const sums = structure(roundIds, ['VERIFIED'], [AGE_BANDS, GENDERS]);
    expect([...subtractionAttack(view, sums).keys()]).toEqual([]);
    expect(determinedByElimination(view, sums)).toEqual([]);
  });

  it('holds across the verified, open-link and all-answers samples too', async () => {
    const view = await everythingPublished(['VERIFIED', 'OPEN_LINK', 'ALL']);
    const sums = structure(roundIds, ['VERIFIED', 'OPEN_LINK', 'ALL'], [AGE_BANDS, GENDERS]);
    expect([...subtractionAttack(view, sums).keys()]).toEqual([]);
    expect(determinedByElimination(view, sums)).toEqual([]);
  });
});
