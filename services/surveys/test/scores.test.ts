import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, stableId, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import {
  admin,
  analyst,
  area,
  commander,
  officer,
  otherArea,
  reviewer,
  team,
} from './support/actors.ts';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { demoHistory } from '../src/seed/demo-rounds.ts';
import { surveysService } from '../src/service.ts';

/**
 * The scores checked against an independent calculation: the responses read straight from the
 * table, and the textbook formulas written out here (Wilson for a share, a t interval on
 * respondents' own scores for the overall score, Welch's test for a change).
 */
let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const THRESHOLD = 10;
const Z = 1.959963984540054;
type Choice = string;
interface Row {
  policing_area_id: string;
  neighbourhood_id: string;
  age_band: string | null;
  answers: Choice[];
}

const responses = async (label: string) =>
  surveys.orm.em.fork().execute<Row[]>(
    `select policing_area_id, neighbourhood_id, age_band, array[q1, q2, q3, q4, q5] as answers
     from surveys.survey_response where round_id = ?`,
    [stableId('round', label)],
  );

const positive = (c: Choice) => c === 'AGREE' || c === 'STRONGLY_AGREE';
const counted = (c: Choice) => c !== 'DONT_KNOW';

/** The expected figures for a group of respondents, as a statistician would work them out. */
function expected(rows: Row[]) {
  const shares = [0, 1, 2, 3, 4].map((q) => {
    const base = rows.filter((r) => counted(r.answers[q]!)).length;
    const pos = rows.filter((r) => positive(r.answers[q]!)).length;
    const p = pos / base;
    const centre = (p + (Z * Z) / (2 * base)) / (1 + (Z * Z) / base);
    const half =
      (Z / (1 + (Z * Z) / base)) * Math.sqrt((p * (1 - p)) / base + (Z * Z) / (4 * base * base));
    return { base, p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
  });
  const score = shares.reduce((sum, s) => sum + s.p, 0) / 5;
  const people = rows
    .filter((r) => r.answers.some(counted))
    .map((r) => r.answers.filter(positive).length / r.answers.filter(counted).length);
  const n = people.length;
  const mean = people.reduce((a, b) => a + b, 0) / n;
  const variance = people.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
  const half = tQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { n, score, variance, lower: score - half, upper: score + half, shares };
}

function welchSignificant(a: ReturnType<typeof expected>, b: ReturnType<typeof expected>): boolean {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const t = (b.score - a.score) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return 2 * tCdf(-Math.abs(t), df) < 0.05;
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

interface Figure {
  value: number | null;
  lower: number | null;
  upper: number | null;
  respondents: number | null;
  suppressed: boolean;
}
interface Cell {
  round: { label: string };
  policingAreaId: string | null;
  neighbourhoodId: string | null;
  group: string | null;
  confidence: Figure;
  questions: { question: { code: string }; figure: Figure }[];
  change: { points: number | null; significant: boolean; suppressed: boolean } | null;
}
const SCORES = `query($level: AreaLevel!, $groupBy: Breakdown, $roundIds: [ID!], $areaIds: [ID!]) {
  confidenceScores(level: $level, groupBy: $groupBy, roundIds: $roundIds, areaIds: $areaIds) {
    round { label } policingAreaId neighbourhoodId group
    confidence { value lower upper respondents suppressed }
    questions { question { code } figure { value lower upper respondents suppressed } }
    change { points significant suppressed }
  }
}`;
const scores = (variables: Record<string, unknown>, actor: Actor = analyst) =>
  surveys.execute<{ confidenceScores: Cell[] }>(SCORES, { actor, variables });

describe('confidence by NPA × round × age band', () => {
  it('matches the independent calculation, with groups under ten suppressed', async () => {
    const [may2024, nov2023] = await Promise.all([
      responses('May 2024'),
      responses('November 2023'),
    ]);
    const { data, errors } = await scores({
      level: 'POLICING_AREA',
      groupBy: 'AGE_BAND',
      roundIds: [stableId('round', 'May 2024')],
    });
    expect(errors).toBeUndefined();
    const cells = data!.confidenceScores;
    const byCell = groupBy(
      may2024.filter((r) => r.age_band),
      (r) => `${r.policing_area_id}|${r.age_band}`,
    );
    const before = groupBy(
      nov2023.filter((r) => r.age_band),
      (r) => `${r.policing_area_id}|${r.age_band}`,
    );
    expect(cells).toHaveLength(byCell.size);
    let suppressed = 0;
    for (const cell of cells) {
      const rows = byCell.get(`${cell.policingAreaId}|${cell.group}`)!;
      const want = expected(rows);
      expect(cell.round.label).toBe('May 2024');
      if (want.n < THRESHOLD) {
        suppressed += 1;
        expect(cell.confidence).toEqual({
          value: null,
          lower: null,
          upper: null,
          respondents: null,
          suppressed: true,
        });
        expect(cell.change).toMatchObject({ points: null, suppressed: true });
        continue;
      }
      expect(cell.confidence.suppressed).toBe(false);
      expect(cell.confidence.respondents).toBe(want.n);
      expect(cell.confidence.value).toBeCloseTo(want.score * 100, 9);
      expect(cell.confidence.lower).toBeCloseTo(want.lower * 100, 9);
      expect(cell.confidence.upper).toBeCloseTo(want.upper * 100, 9);
      cell.questions.forEach(({ question, figure }, q) => {
        expect(question.code).toBe(`Q${q + 1}`);
        const share = want.shares[q]!;
        if (share.base < THRESHOLD) return expect(figure.suppressed).toBe(true);
        expect(figure.respondents).toBe(share.base);
        expect(figure.value).toBeCloseTo(share.p * 100, 9);
        expect(figure.lower).toBeCloseTo(share.lower * 100, 9);
        expect(figure.upper).toBeCloseTo(share.upper * 100, 9);
      });
      const earlierRows = before.get(`${cell.policingAreaId}|${cell.group}`);
      const earlier = earlierRows ? expected(earlierRows) : null;
      if (earlier && earlier.n >= THRESHOLD) {
        expect(cell.change!.points).toBeCloseTo((want.score - earlier.score) * 100, 9);
        expect(cell.change!.significant).toBe(welchSignificant(earlier, want));
      }
    }
    // The seeded history has both: cuts big enough to show and small ones that must not.
    expect(suppressed).toBeGreaterThan(0);
    expect(suppressed).toBeLessThan(cells.length);
  });

  it('suppresses a neighbourhood × age band cut almost everywhere (about 3 people a cell)', async () => {
    const { data } = await scores({
      level: 'NEIGHBOURHOOD',
      groupBy: 'AGE_BAND',
      roundIds: [stableId('round', 'May 2024')],
      areaIds: [team.id],
    });
    const cells = data!.confidenceScores;
    expect(cells.length).toBeGreaterThan(3);
    expect(
      cells.every((cell) => cell.confidence.suppressed && cell.confidence.respondents === null),
    ).toBe(true);
    expect(cells.every((cell) => cell.questions.every((q) => q.figure.value === null))).toBe(true);
  });
});

describe('the force’s confidence trend', () => {
  it('goes back to 2019 along the published path, with the national figures', async () => {
    const { data, errors } = await surveys.execute<{
      confidenceTrend: { round: { label: string }; confidence: Figure; national: number | null }[];
    }>(
      `{ confidenceTrend(level: FORCE) { round { label } confidence { value lower upper respondents suppressed } national } }`,
    );
    expect(errors).toBeUndefined();
    const trend = data!.confidenceTrend;
    const history = demoHistory();
    expect(trend.map((point) => point.round.label)).toEqual(history.map((round) => round.label));
    for (const [i, point] of trend.entries()) {
      expect(Math.abs(point.confidence.value! - history[i]!.forceScore)).toBeLessThan(0.5);
      expect(point.national).toBe(history[i]!.national);
    }
    const want = expected(await responses('November 2023'));
    const nov2023 = trend.find((point) => point.round.label === 'November 2023')!;
    expect(nov2023.confidence.value).toBeCloseTo(want.score * 100, 9);
    expect(nov2023.confidence.respondents).toBe(want.n);
    expect(nov2023.confidence.lower).toBeCloseTo(want.lower * 100, 9);
  });

  it('flags the rise from November 2023 to May 2024 as significant, force-wide', async () => {
    const { data } = await scores({ level: 'FORCE', roundIds: [stableId('round', 'May 2024')] });
    const [cell] = data!.confidenceScores;
    const [before, after] = [
      expected(await responses('November 2023')),
      expected(await responses('May 2024')),
    ];
    expect(cell!.change!.points).toBeCloseTo((after.score - before.score) * 100, 9);
    expect(cell!.change!.significant).toBe(welchSignificant(before, after));
    expect(cell!.change!.significant).toBe(true);
  });

  it('is public for a team, and suppressed where too few answered', async () => {
    const { data } = await surveys.execute<{ confidenceTrend: { confidence: Figure }[] }>(
      `query($id: ID) { confidenceTrend(level: NEIGHBOURHOOD, areaId: $id) { confidence { value suppressed } } }`,
      { variables: { id: team.id } },
    );
    expect(data!.confidenceTrend).toHaveLength(demoHistory().length);
    expect(data!.confidenceTrend.every((point) => point.confidence.value !== null)).toBe(true);
  });
});

describe('who may see scores by group', () => {
  const may2024 = [stableId('round', 'May 2024')];
  const ok = async (actor: Actor, variables: Record<string, unknown>) => {
    const { errors, data } = await scores({ roundIds: may2024, ...variables }, actor);
    expect(errors).toBeUndefined();
    return data!.confidenceScores;
  };
  const refused = async (actor: Actor | undefined, variables: Record<string, unknown>) => {
    const { errors } = await surveys.execute(SCORES, {
      actor,
      variables: { roundIds: may2024, ...variables },
    });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  };

  it('lets analysts and admins see every cut', async () => {
    expect(await ok(analyst, { level: 'FORCE', groupBy: 'GENDER' })).not.toHaveLength(0);
    expect(await ok(admin, { level: 'NEIGHBOURHOOD' })).toHaveLength(54);
  });

  it('lets a commander see their own NPA and its teams only', async () => {
    const own = await ok(commander, { level: 'NEIGHBOURHOOD' });
    expect(own.map((cell) => cell.neighbourhoodId).sort()).toEqual(
      area.neighbourhoods.map((n) => n.id).sort(),
    );
    expect(await ok(commander, { level: 'POLICING_AREA' })).toHaveLength(1);
    await refused(commander, { level: 'POLICING_AREA', areaIds: [otherArea.id] });
    await refused(commander, { level: 'FORCE' });
  });

  it('lets an officer see their own team only', async () => {
    expect(await ok(officer, { level: 'NEIGHBOURHOOD' })).toHaveLength(1);
    await refused(officer, {
      level: 'NEIGHBOURHOOD',
      areaIds: [DEMO_FORCE[0]!.neighbourhoods[0]!.id],
    });
    await refused(officer, { level: 'POLICING_AREA' });
  });

  it('lets the portal read an area’s figures with no breakdown for the public pages', async () => {
    const portal: Actor = { kind: 'service', service: 'portal' };
    expect(await ok(portal, { level: 'NEIGHBOURHOOD', areaIds: [team.id] })).toHaveLength(1);
    await refused(portal, { level: 'NEIGHBOURHOOD', groupBy: 'AGE_BAND', areaIds: [team.id] });
  });

  it('refuses reviewers and the public', async () => {
    await refused(reviewer, { level: 'FORCE' });
    await refused(undefined, { level: 'FORCE' });
  });
});

describe('a round that closed without opening', () => {
  it('is passed over as "the round before": the change is still from the last round that opened', async () => {
    const em = surveys.orm.em.fork();
    const lapsed = crypto.randomUUID();
    // Closed by the calendar when its window passed unopened: no answers, opened_at null.
    await em.execute(
      `insert into surveys.survey_round (id, label, opens_on, closes_on, status, question_set_version,
         policing_area_ids, closed_at, created_at)
       values (?, 'February 2024', '2024-02-01', '2024-02-29', 'CLOSED', 1, '[]', now(), now())`,
      [lapsed],
    );
    try {
      const { data } = await scores({ level: 'FORCE', roundIds: [stableId('round', 'May 2024')] });
      const [before, after] = [
        expected(await responses('November 2023')),
        expected(await responses('May 2024')),
      ];
      expect(data!.confidenceScores[0]!.change!.points).toBeCloseTo(
        (after.score - before.score) * 100,
        9,
      );
    } finally {
      await em.execute(`delete from surveys.survey_round where id = ?`, [lapsed]);
    }
  });
});
