import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, withoutSuggestions } from '../src/graphql/errors.ts';
import { createLogger } from '../src/logging/logger.ts';

function formatterWithLog() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { format: createErrorFormatter(createLogger('test', 'info', destination)), lines };
}

/** What MikroORM throws when PostgreSQL cannot cast a value: the driver's code, copied over. */
function driverError(message: string, code: string) {
  return Object.assign(new Error(message), { name: 'DriverException', code });
}

describe('the one error formatter every subgraph uses', () => {
  it('answers an id PostgreSQL cannot read as a uuid with BAD_USER_INPUT, and logs a warning without a stack', () => {
    const { format, lines } = formatterWithLog();
    const error = driverError(
      'select "p0".* from "social_post" where "id" = $1 - invalid input syntax for type uuid: "x"',
      '22P02',
    );
    const formatted = format({ message: error.message, path: ['deleteSocialPost'] }, error);
    expect(formatted).toEqual({
      message: 'An id given is not a valid id.',
      path: ['deleteSocialPost'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, sqlState: '22P02' });
    expect(JSON.stringify(lines)).not.toMatch(/stack|invalid input syntax/);
  });

  it('still logs anything unexpected with its stack, and tells the caller nothing of it', () => {
    const { format, lines } = formatterWithLog();
    const error = new Error('connection terminated');
    const formatted = format({ message: error.message }, error);
    expect(formatted.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).not.toContain('connection');
    expect(lines[0]).toMatchObject({ level: 50, err: { stack: expect.stringContaining('Error') } });
  });

  it('sends no "Did you mean" hint in any message', () => {
    const { format } = formatterWithLog();
    const error = new GraphQLError(
      'Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(format({ message: error.message, extensions: error.extensions }, error).message).toBe(
      'Value "ADMN" does not exist in "Role" enum.',
    );
    expect(withoutSuggestions('Cannot query field "nam". Did you mean "name" or "names"?')).toBe(
      'Cannot query field "nam".',
    );
  });
});
