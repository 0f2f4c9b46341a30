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

describe('standards that rest on other services’ facts', () => {
  it('see every team’s October newsletter, published by the newsletters service', async () => {
    const october = await eventually(
      () => rollup({ kind: 'MONTH', year: 2026, number: 10 }),
      (r) => r['MONTHLY_NEWSLETTER']!.met === 6,
    );
    expect(october['MONTHLY_NEWSLETTER']).toEqual({ met: 6, due: 0, missed: 0 });
  });

  it('see the May "Your Views" round shared with every team, and no round in the third quarter', async () => {
    const q2 = await eventually(
      () => rollup({ kind: 'QUARTER', year: 2026, number: 2 }),
      (r) => r['QUARTERLY_SURVEY']!.met === 6,
    );
    expect(q2['QUARTERLY_SURVEY']).toEqual({ met: 6, due: 0, missed: 0 });
    const q3 = await rollup({ kind: 'QUARTER', year: 2026, number: 3 });
    expect(q3['QUARTERLY_SURVEY']).toEqual({ met: 0, due: 0, missed: 6 });
  });
});
