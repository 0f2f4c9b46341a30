import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { ukToday } from '@engage/shared/uk-time';
import { demoHistory } from '../src/seed/demo-rounds.ts';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { surveysService } from '../src/service.ts';

/**
 * Issue 12: headlines compare like with like, and a thin new round never hides the last figure
 * that had enough answers.
 */
let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const area = DEMO_FORCE[2]!;
const other = DEMO_FORCE[3]!;
const [busy, thin, quiet] = area.neighbourhoods;
const lastForceWide = () => demoHistory().at(-1)!.label;

type HeadlineRound = {
  round: { label: string };
  confidence: {
    value: number | null;
    lower: number | null;
    upper: number | null;
    suppressed: boolean;
  };
  responses: number | null;
  withheld: string | null;
};
type Headline = { latest: HeadlineRound; shown: HeadlineRound | null } | null;

const FIELDS = `round { label } confidence { value lower upper suppressed } responses withheld`;
async function headline(level: string, areaId: string | null): Promise<Headline> {
  const { data, errors } = await surveys.execute<{ confidenceHeadline: Headline }>(
    `query($level: AreaLevel!, $areaId: ID) { confidenceHeadline(level: $level, areaId: $areaId) {
       latest { ${FIELDS} } shown { ${FIELDS} } } }`,
    { variables: { level, areaId } },
  );
  expect(errors).toBeUndefined();
  return data!.confidenceHeadline;
}

/** A small round for one NPA, closed today, answered as given, straight into the tables. */
async function closedNpaRound(label: string, answers: [string, string, number][]) {
  const em = surveys.orm.em.fork();
  const id = crypto.randomUUID();
  const today = ukToday();
  await em.execute(
    `insert into surveys.survey_round (id, label, opens_on, closes_on, status, question_set_version,
       policing_area_ids, opened_at, closed_at, created_at)
     values (?, ?, ?, ?, 'CLOSED', 1, ?, now(), now(), now())`,
    [id, label, today, today, JSON.stringify([area.id])],
  );
  for (const [teamId, choice, count] of answers) {
    await em.execute(
      `insert into surveys.survey_response (id, round_id, neighbourhood_id, policing_area_id,
         verified, submitted_on, q1, q2, q3, q4, q5)
       select gen_random_uuid(), ?, ?, ?, true, ?, ?, ?, ?, ?, ? from generate_series(1, ?)`,
      [id, teamId, area.id, today, choice, choice, choice, choice, choice, count],
    );
  }
}

describe('the headline confidence', () => {
  it('shows every team its latest seeded round, all with a figure and none the same', async () => {
    const { data, errors } = await surveys.execute<{
      _entities: { confidenceHeadline: Headline }[];
    }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on Neighbourhood { confidenceHeadline { latest { ${FIELDS} } shown { ${FIELDS} } } } } }`,
      {
        variables: {
          r: DEMO_FORCE.flatMap((a) => a.neighbourhoods).map((n) => ({
            __typename: 'Neighbourhood',
            id: n.id,
          })),
        },
      },
    );
    expect(errors).toBeUndefined();
    const headlines = data!._entities.map((entity) => entity.confidenceHeadline!);
    expect(headlines).toHaveLength(54);
    for (const { latest, shown } of headlines) {
      expect(latest.round.label).toBe(lastForceWide());
      expect(latest.withheld).toBeNull();
      expect(shown).toEqual(latest);
      expect(latest.responses).toBeGreaterThanOrEqual(30);
    }
    const shownFigures = headlines.map(({ latest }) => latest.confidence.value!.toFixed(1));
    expect(new Set(shownFigures).size).toBe(54);
  });

  it('keeps the force on force-wide rounds and a team on its last figure with enough answers when a small one-NPA round closes', async () => {
    const forceBefore = await headline('FORCE', null);
    await closedNpaRound('Small NPA round', [
      [busy!.id, 'AGREE', 12],
      [thin!.id, 'STRONGLY_DISAGREE', 3],
    ]);

    // The force: still its last force-wide round, and the NPA's round is not in its trend.
    const force = await headline('FORCE', null);
    expect(force).toEqual(forceBefore);
    expect(force!.latest.round.label).toBe(lastForceWide());
    const trend = await surveys.execute<{ confidenceTrend: { round: { label: string } }[] }>(
      `{ confidenceTrend(level: FORCE) { round { label } } }`,
    );
    expect(trend.data!.confidenceTrend.map((p) => p.round.label)).not.toContain('Small NPA round');

    // The NPA: its own round, from 15 answers, is its latest and shown.
    const npa = await headline('POLICING_AREA', area.id);
    expect(npa!.latest).toMatchObject({ round: { label: 'Small NPA round' }, responses: 15 });
    expect(npa!.shown).toEqual(npa!.latest);

    // A team with 3 answers: too few; its last figure with enough answers beside it.
    const thinTeam = await headline('NEIGHBOURHOOD', thin!.id);
    expect(thinTeam!.latest).toEqual({
      round: { label: 'Small NPA round' },
      confidence: { value: null, lower: null, upper: null, suppressed: true },
      responses: null,
      withheld: 'TOO_FEW_ANSWERS',
    });
    expect(thinTeam!.shown!.round.label).toBe(lastForceWide());
    expect(thinTeam!.shown!.confidence.value).toEqual(expect.any(Number));

    // A team with 12: enough, but showing it would give the 3 away (NPA − 12): held back.
    const busyTeam = await headline('NEIGHBOURHOOD', busy!.id);
    expect(busyTeam!.latest).toMatchObject({
      round: { label: 'Small NPA round' },
      responses: null,
      withheld: 'PROTECTS_SMALLER_GROUP',
    });
    expect(busyTeam!.shown!.round.label).toBe(lastForceWide());

    // A team in the NPA that nobody answered for, and a team of another NPA.
    const quietTeam = await headline('NEIGHBOURHOOD', quiet!.id);
    expect(quietTeam!.latest.withheld).toBe('TOO_FEW_ANSWERS');
    expect(quietTeam!.shown!.round.label).toBe(lastForceWide());
    const elsewhere = await headline('NEIGHBOURHOOD', other.neighbourhoods[0]!.id);
    expect(elsewhere!.latest.round.label).toBe(lastForceWide());
  });

  it('says which area it is for, and has none for an area it does not know', async () => {
    const { errors } = await surveys.execute(
      `{ confidenceHeadline(level: NEIGHBOURHOOD) { shown { responses } } }`,
    );
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await headline('NEIGHBOURHOOD', '00000000-0000-4000-8000-000000000001')).toBeNull();
  });
});
