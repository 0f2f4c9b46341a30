import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger.ts';

/** The codes a client can act on; anything else reaches a user as INTERNAL_SERVER_ERROR. */
const CLIENT_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  /** A state conflict: the action does not fit where the thing is now (e.g. its workflow step). */
  'CONFLICT',
  /** Too many attempts; `retryAfterSeconds` says when to try again. */
  'RATE_LIMITED',
  /** A link or token from an email that is tampered with, expired or already spent. */
  'INVALID_LINK',
  /** A survey invitation that has been answered already. */
  'ALREADY_ANSWERED',
  /** A survey round that is not taking answers. */
  'ROUND_CLOSED',
  /** The gateway's estimate of a query's cost is over the caller's limit: ask for less. */
  'QUERY_TOO_COMPLEX',
  /** The gateway stopped a query that ran too long: ask for less, or try later. */
  'QUERY_TIMEOUT',
  /** The gateway's answer would be over its size limit: ask for fewer items or fields. */
  'RESPONSE_TOO_LARGE',
] as const;
export type ErrorCode = (typeof CLIENT_CODES)[number] | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  QUERY_TOO_COMPLEX: 400,
  RESPONSE_TOO_LARGE: 400,
  QUERY_TIMEOUT: 503,
};

export function appError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
) {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) },
  });
}

const EXPECTED = new Set<string>([
  ...CLIENT_CODES,
  // Apollo's own request-shape errors are safe to show as they are.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * GraphQL's "Did you mean …?" hints name fields and enum values the caller did not know, which
 * gives the schema away with introspection off. Removed from every message that goes out.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * PostgreSQL refusing a value it cannot read as its column's type: invalid_text_representation
 * (a uuid that is not one), numeric_value_out_of_range and invalid_datetime_format. The caller's
 * mistake, not a fault: answered BAD_USER_INPUT.
 */
const UNREADABLE_VALUE = new Set(['22P02', '22003', '22007', '22008']);

function unreadableValue(error: unknown): { uuid: boolean; sqlState: string } | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  const sqlState = String(error.code);
  if (!UNREADABLE_VALUE.has(sqlState)) return null;
  return { uuid: /type uuid/.test(error.message), sqlState };
}

/**
 * The one error path: expected errors go out as they are; anything else is logged with its
 * stack and replaced by a message that leaks nothing. No message carries "Did you mean" hints.
 */
export function createErrorFormatter(logger: Logger) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && EXPECTED.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    // type-graphql reports failed class-validator checks as an ArgumentValidationError.
    if (original instanceof Error && original.name === 'ArgumentValidationError') {
      return {
        message: 'Some of the values given are not valid.',
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          validationErrors: (original as Error & { extensions?: { validationErrors?: unknown } })
            .extensions?.validationErrors,
        },
      };
    }
    const unreadable = unreadableValue(original);
    if (unreadable) {
      // Anyone can send these as often as they like: a line without a stack, never an error.
      logger.warn(
        { path: formatted.path, sqlState: unreadable.sqlState },
        'refused a value the database cannot read',
      );
      return {
        message: unreadable.uuid
          ? 'An id given is not a valid id.'
          : 'A value given is not in a form we can read.',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again later.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: withoutSuggestions(result.message) };
  };
}
