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
] as const;
export type ErrorCode = (typeof CLIENT_CODES)[number] | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

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
 * The one error path: expected errors go out as they are; anything else is logged with its
 * stack and replaced by a message that leaks nothing.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again later.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
