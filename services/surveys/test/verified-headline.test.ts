import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { surveysService } from '../src/service.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const portal: Actor = { kind: 'service', service: 'portal' };
const area = DEMO_FORCE[5]!;
const [team, voidedTeam, trimmedTeam, quietTeam] = area.neighbourhoods;

/** A closed round after every demo round, answered as given, straight into the tables. */
async function closedRound(
  label: string,
  closesOn: string,
  answers: [string, boolean, string, number][],
) {
  const em = surveys.orm.em.fork();
  const id = crypto.randomUUID();
  await em.execute(
    `insert into surveys.survey_round (id, label, opens_on, closes_on, status, question_set_version,
       policing_area_ids, opened_at, closed_at, created_at)
     values (?, ?, ?, ?, 'CLOSED', 1, '[]', now(), now(), now())`,
    [id, label, closesOn, closesOn],
  );
  for (const [teamId, verified, choice, count] of answers) {
    await em.execute(
      `insert into surveys.survey_response (id, round_id, neighbourhood_id, policing_area_id,
         verified, submitted_on, q1, q2, q3, q4, q5)
       select gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from generate_series(1, ?)`,
      [id, teamId, area.id, verified, closesOn, choice, choice, choice, choice, choice, count],
    );
  }
  return id;
}

const CONFIDENCE = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Neighbourhood { confidence { score responses round openLinkResponses openLinkScore openLinkAnomaly } }
  }
}`;
const confidenceOf = async (id: string) => {
  const { data, errors } = await surveys.execute<{
    _entities: { confidence: Record<string, unknown> | null }[];
  }>(CONFIDENCE, { variables: { representations: [{ __typename: 'Neighbourhood', id }] } });
  expect(errors).toBeUndefined();
  return data!._entities[0]!.confidence;
};

const SCORES = `query($roundIds: [ID!], $areaIds: [ID!], $sample: ScoreSample) {
  confidenceScores(level: NEIGHBOURHOOD, roundIds: $roundIds, areaIds: $areaIds, sample: $sample) {
    sample confidence { value respondents suppressed }
    openLink { responses anomaly confidence { value suppressed } }
  }
}`;

describe('a team’s published score', () => {
  it('is from its invitation answers, with a burst of open-link answers beside it and flagged', async () => {
    const roundId = await closedRound('Burst round', '2030-06-30', [
      [team!.id, true, 'AGREE', 12],
      [team!.id, false, 'DISAGREE', 30],
    ]);
    expect(await confidenceOf(team!.id)).toEqual({
      round: 'Burst round',
      score: 100,
      responses: 12,
      openLinkResponses: 30,
      openLinkScore: 0,
      openLinkAnomaly: true,
    });
    const scores = async (sample?: string) => {
      const { data, errors } = await surveys.execute<{
        confidenceScores: Record<string, unknown>[];
      }>(SCORES, {
        actor: portal,
        variables: { roundIds: [roundId], areaIds: [team!.id], ...(sample ? { sample } : {}) },
      });
      expect(errors).toBeUndefined();
      return data!.confidenceScores;
    };
    expect(await scores()).toEqual([
      {
        sample: 'VERIFIED',
        confidence: { value: 100, respondents: 12, suppressed: false },
        openLink: { responses: 30, anomaly: true, confidence: { value: 0, suppressed: false } },
      },
    ]);
    expect((await scores('OPEN_LINK'))[0]).toMatchObject({
      confidence: { value: 0 },
      openLink: null,
    });
    expect((await scores('ALL'))[0]).toMatchObject({
      confidence: { value: (12 / 42) * 100, respondents: 42 },
    });
  });

  it('leaves out a round an admin voided, everywhere', async () => {
    const before = await confidenceOf(voidedTeam!.id);
    const roundId = await closedRound('Voided round', '2030-09-30', [
      [voidedTeam!.id, true, 'AGREE', 20],
    ]);
    expect(await confidenceOf(voidedTeam!.id)).toMatchObject({ round: 'Voided round', score: 100 });
    await surveys.orm.em
      .fork()
      .execute(`update surveys.survey_round set voided_at = now() where id = ?`, [roundId]);
    expect(await confidenceOf(voidedTeam!.id)).toEqual(before);
    const { data } = await surveys.execute<{ confidenceScores: unknown[] }>(SCORES, {
      actor: portal,
      variables: { roundIds: [roundId], areaIds: [voidedTeam!.id] },
    });
    expect(data!.confidenceScores).toEqual([]);
    const trend = await surveys.execute<{ confidenceTrend: { round: { label: string } }[] }>(
      `query($id: ID) { confidenceTrend(level: NEIGHBOURHOOD, areaId: $id) { round { label } } }`,
      { variables: { id: voidedTeam!.id } },
    );
    expect(trend.data!.confidenceTrend.map((p) => p.round.label)).not.toContain('Voided round');
  });

  it('leaves out answers an admin excluded', async () => {
    const roundId = await closedRound('Trimmed round', '2030-12-31', [
      [trimmedTeam!.id, true, 'AGREE', 12],
      [trimmedTeam!.id, true, 'STRONGLY_DISAGREE', 5],
    ]);
    await surveys.orm.em
      .fork()
      .execute(
        `update surveys.survey_response set excluded_at = now() where round_id = ? and q1 = 'STRONGLY_DISAGREE'`,
        [roundId],
      );
    expect(await confidenceOf(trimmedTeam!.id)).toMatchObject({ score: 100, responses: 12 });
    const { data } = await surveys.execute<{
      confidenceScores: { confidence: { respondents: number } }[];
    }>(SCORES, { actor: portal, variables: { roundIds: [roundId], areaIds: [trimmedTeam!.id] } });
    expect(data!.confidenceScores[0]!.confidence.respondents).toBe(12);
  });

  it('says how many answered only beside a figure it shows: never a count of fewer than ten', async () => {
    const roundId = await closedRound('Quiet round', '2031-03-31', [
      [quietTeam!.id, true, 'AGREE', 12],
      [quietTeam!.id, false, 'DISAGREE', 4],
    ]);
    const confidence = await confidenceOf(quietTeam!.id);
    expect(confidence).toMatchObject({
      round: 'Quiet round',
      openLinkResponses: null,
      openLinkScore: null,
      openLinkAnomaly: false,
    });
    // The 12 invitation answers may be held back too (all answers less them would give the 4):
    // either way, the count goes with its score.
    expect(confidence!.responses === null).toBe(confidence!.score === null);
    const { data, errors } = await surveys.execute<{
      confidenceScores: { openLink: Record<string, unknown> }[];
    }>(SCORES, { actor: portal, variables: { roundIds: [roundId], areaIds: [quietTeam!.id] } });
    expect(errors).toBeUndefined();
    expect(data!.confidenceScores[0]!.openLink).toEqual({
      responses: null,
      anomaly: false,
      confidence: { value: null, suppressed: true },
    });
  });
});
