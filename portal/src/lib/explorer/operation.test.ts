import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.ts';
import { checkOperation, MAX_QUERY_CHARACTERS } from './operation.ts';

const apiSchema = readFileSync(
  new URL('../../../../gateway/api-schema.graphql', import.meta.url),
  'utf8',
);

describe('what the explorer sends to the gateway', () => {
  it('sends a query with its variables', () => {
    expect(
      checkOperation(
        'query Q($slug: String!) { neighbourhood(slug: $slug) { name } }',
        '{"slug": "castle"}',
      ),
    ).toEqual({
      ok: true,
      variables: { slug: 'castle' },
    });
  });

  it('reads empty variables as none', () => {
    expect(checkOperation('{ me { name } }', '  ')).toEqual({ ok: true, variables: {} });
  });

  it('refuses a mutation, even written without its name or beside a query', () => {
    for (const query of [
      'mutation { deletePriority(id: "x") }',
      'query A { me { name } }\nmutation B { deletePriority(id: "x") }',
      'subscription { anything }',
    ]) {
      expect(checkOperation(query, '')).toEqual({
        ok: false,
        field: 'query',
        reason: 'changes_data',
      });
    }
  });

  it('leaves a query that does not parse for the gateway to explain', () => {
    expect(checkOperation('{ me { name }', '')).toEqual({ ok: true, variables: {} });
  });

  it('refuses variables that are not a JSON object', () => {
    for (const variables of ['[1, 2]', '"castle"', '{slug: castle}', 'null']) {
      expect(checkOperation('{ me { name } }', variables)).toEqual({
        ok: false,
        field: 'variables',
        reason: 'variables_not_object',
      });
    }
  });

  it('refuses an empty query, and one too long to be a question', () => {
    expect(checkOperation('  ', '')).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkOperation(`{ me { name } }${' '.repeat(MAX_QUERY_CHARACTERS)}`, '')).toMatchObject({
      ok: false,
      field: 'query',
      reason: 'too_long',
    });
  });
});

describe('the saved examples', () => {
  it('are queries the API schema accepts, so each runs as written', () => {
    const schema = buildSchema(apiSchema);
    for (const example of EXAMPLES) {
      const document = parse(example.query);
      expect({ example: example.id, errors: validate(schema, document).map(String) }).toEqual({
        example: example.id,
        errors: [],
      });
      expect(checkOperation(example.query, example.variables)).toMatchObject({ ok: true });
    }
  });
});
