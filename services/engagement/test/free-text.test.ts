import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../src/service.ts';
import { officer, team } from './support/actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const CREATE = `mutation($input: CreatePriorityInput!) {
  createPriority(input: $input) { id title }
}`;

const priority = (title: string) => ({
  neighbourhoodId: team.id,
  year: 2026,
  quarter: 4,
  title,
  residentsSaid: 'Cars race along London Road at school time.',
  source: 'SURVEY',
});

/** "Less speeding" in Gujarati, without the space (a title is trimmed): 6 code points. */
const GUJARATI = 'ઝડપઓછી';

function gujarati(codePoints: number): string {
  const points = [...GUJARATI];
  return Array.from({ length: codePoints }, (_, i) => points[i % points.length]).join('');
}

const create = (title: string) =>
  engagement.execute<{ createPriority: { id: string; title: string } }>(CREATE, {
    variables: { input: priority(title) },
    actor: officer,
  });

const problems = (result: Awaited<ReturnType<typeof create>>) =>
  JSON.stringify(result.errors?.[0]?.extensions?.['validationErrors']);

describe('free text a team types (a priority’s title, as every engagement input)', () => {
  it('refuses a title with a right-to-left override that would show it in another order', async () => {
    const result = await create('Speeding \u202Edaor nodnoL\u202C on London Road');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(problems(result)).toContain('must not contain text-direction control characters');
    expect(result.data?.createPriority).toBeUndefined();
  });

  it('takes a Gujarati title of exactly 200 characters, counted as code points', async () => {
    const title = gujarati(200);
    const result = await create(title);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPriority.title).toBe(title);
  });

  it('counts a character outside the Basic Multilingual Plane once, not as two UTF-16 units', async () => {
    const title = `${gujarati(190)} ${'🚗'.repeat(9)}`;
    expect(title.length).toBeGreaterThan(200);
    const result = await create(title);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPriority.title).toBe(title);
  });

  it('refuses a Gujarati title of 201 characters, saying how long it may be', async () => {
    const result = await create(gujarati(201));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(problems(result)).toContain('must be 200 characters or fewer');
  });
});
