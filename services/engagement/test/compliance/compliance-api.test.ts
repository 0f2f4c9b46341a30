import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { complianceSubscriptions } from '../../src/modules/compliance/compliance.subscriptions.ts';
import { Engagement } from '../../src/modules/engagements/engagement.entity.ts';
import { engagementService } from '../../src/service.ts';
import { createLogger, stableId } from '@engage/shared';

let engagement: SubgraphHarness;
const area = DEMO_FORCE[2]!;
const team = area.neighbourhoods[1]!;
const otherArea = DEMO_FORCE[4]!;
const commander: Actor = {
  kind: 'staff',
  id: 'c-1',
  name: 'Insp A',
  role: 'COMMANDER',
  policingAreaId: area.id,
};
const officer: Actor = {
  kind: 'staff',
  id: 'o-1',
  name: 'PC B',
  role: 'OFFICER',
  neighbourhoodId: team.id,
};
const analyst: Actor = { kind: 'staff', id: 'a-1', name: 'C', role: 'ANALYST' };
const otherCommander: Actor = {
  kind: 'staff',
  id: 'c-2',
  name: 'Insp D',
  role: 'COMMANDER',
  policingAreaId: otherArea.id,
};

beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
  const em = engagement.orm.em.fork();
  // A past month with: one newsletter (through the event handler, as in production), a ward
  // meeting and a patch walk without partners (which must not count).
  await complianceSubscriptions['newsletter.published']!(
    em,
    {
      newsletterId: stableId('test', 'n1'),
      neighbourhoodId: team.id,
      publishedAt: '2025-03-02T09:00:00Z',
    },
    createLogger('test', 'silent'),
  );
  em.create(Engagement, {
    id: stableId('test', 'e1'),
    neighbourhood: team.id,
    kind: 'WARD_OR_PARISH_MEETING',
    heldOn: '2025-03-10',
    place: 'Library',
    partners: [],
    communitiesReached: [],
    createdAt: new Date(),
  });
  em.create(Engagement, {
    id: stableId('test', 'e2'),
    neighbourhood: team.id,
    kind: 'PATCH_WALK',
    heldOn: '2025-03-12',
    place: 'Park',
    partners: [],
    communitiesReached: [],
    createdAt: new Date(),
  });
  await em.flush();
});
afterAll(() => engagement?.close());

const TEAM = `query($slug: String!, $period: PeriodInput) { neighbourhood(slug: $slug) {
  compliance(period: $period) { period { label asOf } standards { standard status dueBy required achieved evidence { date description } evidenceCount } }
} }`;
type Standards = {
  standard: string;
  status: string;
  required: number;
  achieved: number;
  evidence: { date: string; description: string }[];
}[];

describe('a team’s compliance', () => {
  it('shows March 2025 judged from the recorded facts, with the evidence', async () => {
    const { data, errors } = await engagement.execute<{
      neighbourhood: {
        compliance: { period: { label: string; asOf: string }; standards: Standards };
      };
    }>(TEAM, {
      variables: { slug: team.slug, period: { kind: 'MONTH', year: 2025, number: 3 } },
      actor: officer,
    });
    expect(errors).toBeUndefined();
    const { period, standards } = data!.neighbourhood.compliance;
    expect(period).toEqual({ label: '2025-03', asOf: '2025-03-31' });
    const byCode = Object.fromEntries(standards.map((s) => [s.standard, s]));
    expect(byCode['MONTHLY_NEWSLETTER']).toMatchObject({ status: 'MET', required: 1, achieved: 1 });
    expect(byCode['WARD_MEETING']).toMatchObject({
      status: 'MET',
      evidence: [{ date: '2025-03-10', description: 'Meeting at Library' }],
    });
    // The walk had no partners: at the end of March the yearly standard was still due.
    expect(byCode['PATCH_WALKS']).toMatchObject({
      status: 'DUE',
      dueBy: '2025-12-31',
      achieved: 0,
      required: 2,
    });
    expect(byCode['DAILY_SOCIAL_MEDIA']).toMatchObject({
      status: 'MISSED',
      required: 31,
      achieved: 0,
    });
  });

  it('is the team’s own business, its commander’s and analysts’, not another NPA’s', async () => {
    for (const actor of [officer, commander, analyst]) {
      const { errors } = await engagement.execute(TEAM, { variables: { slug: team.slug }, actor });
      expect(errors).toBeUndefined();
    }
    const refused = await engagement.execute(TEAM, {
      variables: { slug: team.slug },
      actor: otherCommander,
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await engagement.execute(TEAM, { variables: { slug: team.slug } });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that has not started, and a month that does not exist', async () => {
    for (const period of [
      { kind: 'MONTH', year: 2031, number: 1 },
      { kind: 'MONTH', year: 2026, number: 13 },
    ]) {
      const { errors } = await engagement.execute(TEAM, {
        variables: { slug: team.slug, period },
        actor: officer,
      });
      expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });
});

describe('an NPA and the force', () => {
  it('roll every team up per standard, with one query per kind of fact', async () => {
    engagement.resetQueries();
    const { data, errors } = await engagement.execute<{
      forceCompliance: {
        areas: { teams: unknown[] }[];
        rollup: {
          standard: string;
          met: number;
          due: number;
          missed: number;
          notApplicable: number;
        }[];
      };
    }>(
      `{ forceCompliance(period: { kind: QUARTER, year: 2025, number: 1 }) { areas { teams { neighbourhood { name } } } rollup { standard met due missed notApplicable } } }`,
      { actor: analyst },
    );
    expect(errors).toBeUndefined();
    expect(data!.forceCompliance.areas.flatMap((a) => a.teams)).toHaveLength(54);
    for (const row of data!.forceCompliance.rollup) {
      expect(row.met + row.due + row.missed + row.notApplicable).toBe(54);
    }
    const newsletters = data!.forceCompliance.rollup.find(
      (r) => r.standard === 'MONTHLY_NEWSLETTER',
    )!;
    // Before the demo history begins only our team published, and only in March: all missed.
    expect(newsletters).toMatchObject({ met: 0, missed: 54 });
    // areas, teams, six kinds of fact (and nothing per team).
    expect(engagement.queries.filter((sql) => sql.startsWith('select')).length).toBeLessThanOrEqual(
      8,
    );
  });

  it('keeps the force view to administrators and analysts', async () => {
    const { errors } = await engagement.execute('{ forceCompliance { period { label } } }', {
      actor: commander,
    });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('lets a commander see their own NPA', async () => {
    const { data, errors } = await engagement.execute<{
      policingArea: { compliance: { teams: unknown[] } };
    }>(
      'query($slug: String!) { policingArea(slug: $slug) { compliance { teams { neighbourhood { name } } } } }',
      { variables: { slug: area.slug }, actor: commander },
    );
    expect(errors).toBeUndefined();
    expect(data?.policingArea.compliance.teams).toHaveLength(6);
  });
});
