import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, signAccessToken, stableId, type Actor } from '@engage/shared';
import { bootStack, graphql, type TestStack } from '../support/stack.ts';

let stack: TestStack;
let token: string;
const area = DEMO_FORCE[0]!;

beforeAll(async () => {
  stack = await bootStack({ withPortal: false });
  const commander: Actor = {
    kind: 'staff',
    id: stableId('staff', 'commander@demo.police.uk'),
    name: 'Inspector Tom Walsh',
    role: 'COMMANDER',
    policingAreaId: area.id,
  };
  token = await signAccessToken(commander, stack.secrets.gatewayJwtSecret);
});
afterAll(() => stack?.stop());

type Rollup = { standard: string; met: number; due: number; missed: number }[];
const ROLLUP = `query($slug: String!, $period: PeriodInput) {
  policingArea(slug: $slug) { compliance(period: $period) { rollup { standard met due missed } } }
}`;

async function rollup(
  period: object,
): Promise<Record<string, { met: number; due: number; missed: number }>> {
  const { data, errors } = await graphql<{ policingArea: { compliance: { rollup: Rollup } } }>(
    stack.urls.gateway,
    ROLLUP,
    {
      token,
      variables: { slug: area.slug, period },
    },
  );
  expect(errors).toBeUndefined();
  return Object.fromEntries(
    data!.policingArea.compliance.rollup.map(({ standard, ...counts }) => [standard, counts]),
  );
}

/** Events cross services through the queue within seconds; poll rather than sleep. */
async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

describe('an officer’s work', () => {
  const team = area.neighbourhoods[0]!;
  const officer: Actor = {
    kind: 'staff',
    id: stableId('staff', 'officer@demo.police.uk'),
    name: 'PC Amira Patel',
    role: 'OFFICER',
    neighbourhoodId: team.id,
  };
  const TEAM = `query($slug: String!) { neighbourhood(slug: $slug) {
    compliance(period: { kind: YEAR_TO_DATE, year: 2026 }) { standards { standard evidenceCount } }
  } }`;
  const evidenceCount = async (officerToken: string, standard: string) => {
    const { data, errors } = await graphql<{
      neighbourhood: { compliance: { standards: { standard: string; evidenceCount: number }[] } };
    }>(stack.urls.gateway, TEAM, { token: officerToken, variables: { slug: team.slug } });
    expect(errors).toBeUndefined();
    return data!.neighbourhood.compliance.standards.find((s) => s.standard === standard)!
      .evidenceCount;
  };

  it('counts at once towards the team’s standards: a patch walk with a partner', async () => {
    const officerToken = await signAccessToken(officer, stack.secrets.gatewayJwtSecret);
    const before = await evidenceCount(officerToken, 'PATCH_WALKS');
    const today = new Date().toISOString().slice(0, 10);
    const { errors } = await graphql(
      stack.urls.gateway,
      `
        mutation ($input: EngagementInput!) {
          recordEngagement(input: $input) {
            id
          }
        }
      `,
      {
        token: officerToken,
        variables: {
          input: {
            neighbourhoodId: team.id,
            kind: 'PATCH_WALK',
            heldOn: today,
            place: 'Castle Gardens',
            partners: ['City Council'],
          },
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(await evidenceCount(officerToken, 'PATCH_WALKS')).toBe(before + 1);
  });
});

describe('standards that rest on other services’ facts', () => {
  it('see every team’s October newsletter, published by the newsletters service', async () => {
    const october = await eventually(
      () => rollup({ kind: 'MONTH', year: 2026, number: 10 }),
      (r) => r['MONTHLY_NEWSLETTER']!.met === 6,
    );
    expect(october['MONTHLY_NEWSLETTER']).toEqual({ met: 6, due: 0, missed: 0 });
  });

  it('see the last quarter’s "Your Views" round shared with every team', async () => {
    // The demo surveys every quarter up to the day it is seeded (surveys' demo-rounds.ts).
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const current = Math.ceil(month / 3);
    const last = current === 1 ? { year: year - 1, number: 4 } : { year, number: current - 1 };
    const quarter = await eventually(
      () => rollup({ kind: 'QUARTER', ...last }),
      (r) => r['QUARTERLY_SURVEY']!.met === 6,
    );
    expect(quarter['QUARTERLY_SURVEY']).toEqual({ met: 6, due: 0, missed: 0 });
  });
});
