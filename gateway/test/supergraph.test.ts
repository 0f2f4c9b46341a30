import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compose, composeSupergraph } from '../src/compose/compose.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../src/compose/supergraph-file.ts';

describe('the committed supergraph', () => {
  it('composes from the three subgraphs without errors and matches the committed file', async () => {
    const composed = await composeSupergraph();
    const committed = await readFile(SUPERGRAPH_FILE, 'utf8');
    // When this fails: run `pnpm compose` and commit gateway/supergraph.graphql.
    expect(committed).toBe(composed);
  });

  it('has a committed API schema (what the portal’s documents are checked against) that matches it', async () => {
    const { apiSchema } = await compose();
    const committed = await readFile(API_SCHEMA_FILE, 'utf8');
    // When this fails: run `pnpm compose` and commit gateway/api-schema.graphql.
    expect(committed).toBe(apiSchema);
    expect(apiSchema).not.toMatch(/join__|link__/);
  });

  it('lets each subgraph add its own fields to Neighbourhood', async () => {
    const composed = await composeSupergraph();
    expect(composed).toMatch(/confidence: Confidence @join__field\(graph: SURVEYS\)/);
    expect(composed).toMatch(/latestNewsletter: Newsletter @join__field\(graph: NEWSLETTERS\)/);
    expect(composed).toMatch(/@join__type\(graph: ENGAGEMENT, key: "id"\)/);
  });
});
