import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NEIGHBOURHOODS, stableId } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { signSurveyInvitation } from '@engage/shared/auth';
import { admin } from './support/actors.ts';
import { demoHistory } from '../src/seed/demo-rounds.ts';
import { INVITATION_SECRET, receiveDemoTeams } from './support/survey-test-stack.ts';
import { surveysService } from '../src/service.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
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
    confidence: { score: number | null; responses: number | null; round: string } | null;
  }[];
};

describe('a neighbourhood’s confidence score', () => {
  it('is computed from the answers of the most recent closed round', async () => {
    const team = DEMO_NEIGHBOURHOODS[7]!;
    // Independently: mean over Q1–Q5 of (agree + strongly agree) / (answers but don't know).
    const rows = await surveys.orm.em.fork().execute<{ share: number; responses: number }[]>(
      `select (count(*) filter (where choice in ('AGREE','STRONGLY_AGREE')))::float8
                / count(*) filter (where choice <> 'DONT_KNOW') as share,
              count(*)::int as responses
       from (select q1, q2, q3, q4, q5 from surveys.survey_response
             where neighbourhood_id = ? and round_id = ?) r,
            unnest(array[q1, q2, q3, q4, q5]) with ordinality as a(choice, question)
       group by question`,
      [team.id, stableId('round', demoHistory().at(-1)!.label)],
    );
    const expected = (rows.reduce((sum, row) => sum + row.share, 0) / rows.length) * 100;
    const { data, errors } = await surveys.execute<Entities>(CONFIDENCE, {
      variables: { representations: [{ __typename: 'Neighbourhood', id: team.id }] },
    });
    expect(errors).toBeUndefined();
    expect(rows).toHaveLength(5);
    const confidence = data?._entities[0]?.confidence;
    expect(confidence?.round).toBe(demoHistory().at(-1)!.label);
    expect(confidence?.responses).toBe(rows[0]!.responses);
    expect(confidence?.score).toBeCloseTo(expected, 9);
  });

  it('shows neither a score nor how many answered when fewer than ten answered the latest closed round', async () => {
    const team = DEMO_NEIGHBOURHOODS[20]!;
    const created = await surveys.execute<{ createSurveyRound: { id: string } }>(
      `mutation { createSurveyRound(input: { label: "Small round", opensOn: "2026-11-01",
        closesOn: "2099-12-31", policingAreaIds: [] }) { id } }`,
      { actor: admin },
    );
    const roundId = created.data!.createSurveyRound.id;
    await surveys.execute(`mutation($id: ID!) { openSurveyRound(id: $id) { id } }`, {
      actor: admin,
      variables: { id: roundId },
    });
    const { data } = await surveys.execute<{ surveyRound: { questions: { id: string }[] } }>(
      `query($id: ID!) { surveyRound(id: $id) { questions { id } } }`,
      { variables: { id: roundId } },
    );
    for (let i = 0; i < 3; i += 1) {
      const token = await signSurveyInvitation(
        {
          roundId,
          neighbourhoodId: team.id,
          invitationId: crypto.randomUUID(),
        },
        INVITATION_SECRET,
        new Date('2099-12-31'),
      );
      const answers = data!.surveyRound.questions.map((q) => ({
        questionId: q.id,
        choice: 'AGREE',
      }));
      const submitted = await surveys.execute(
        `mutation($input: SubmitSurveyInput!) { submitSurveyResponse(input: $input) { verified } }`,
        { variables: { input: { token, answers } } },
      );
      expect(submitted.errors).toBeUndefined();
    }
    await surveys.execute(`mutation($id: ID!) { closeSurveyRound(id: $id) { id } }`, {
      actor: admin,
      variables: { id: roundId },
    });
    const result = await surveys.execute<Entities>(CONFIDENCE, {
      variables: { representations: [{ __typename: 'Neighbourhood', id: team.id }] },
    });
    expect(result.data?._entities[0]?.confidence).toEqual({
      score: null,
      responses: null,
      round: 'Small round',
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
    expect(surveys.queries.filter((sql) => /^\s*(with|select)/i.test(sql))).toHaveLength(1);
  });
});
