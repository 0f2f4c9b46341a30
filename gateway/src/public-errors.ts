import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@engage/shared';
import { createErrorFormatter } from '@engage/shared/graphql';

/** graphql-js's own words (typo and all) when a query has more tokens than it will read. */
const TOO_MANY_TOKENS = /Document contains more th(?:an|at) (\d+) tokens/;

/** What a subgraph answered when it answered with an HTTP error (e.g. 401 for a refusal). */
interface SubgraphHttpError {
  body?: { errors?: GraphQLFormattedError[] };
}

/**
 * The gateway's error path: the shared formatter (which logs faults and strips "Did you mean"),
 * after taking out what the public must not see of the federation behind it. The Apollo Gateway
 * adds the subgraph's name (`serviceName`) to every error it passes on, and wraps a subgraph's
 * HTTP error with the subgraph's URL and whole response; callers get the subgraph's own error
 * message and code instead, and nothing that names or locates a subgraph.
 */
export function createPublicErrorFormatter(logger: Logger) {
  const format = createErrorFormatter(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { serviceName, response, ...extensions } = formatted.extensions ?? {};
    const fromSubgraph = (response as SubgraphHttpError | undefined)?.body?.errors?.[0];
    let plain: GraphQLFormattedError = fromSubgraph
      ? {
          message: fromSubgraph.message,
          path: formatted.path,
          extensions: { code: fromSubgraph.extensions?.['code'] ?? extensions['code'] },
        }
      : { ...formatted, extensions };
    const code = plain.extensions?.['code'];
    if (serviceName !== undefined && code === 'INTERNAL_SERVER_ERROR') {
      // The subgraph has logged this fault with its stack; a second stack here adds nothing.
      logger.warn({ subgraph: serviceName, path: formatted.path }, 'a subgraph reported a fault');
      return {
        message: 'Something went wrong on our side. Please try again later.',
        path: formatted.path,
        extensions: { code },
      };
    }
    const tokens = code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.exec(plain.message);
    if (tokens) {
      plain = {
        message:
          `This query is too long: the gateway reads at most ${tokens[1]} tokens (names, ` +
          'punctuation and values). Ask for fewer fields, or split it into several queries.',
        extensions: { code },
      };
    }
    return format(plain, error);
  };
}
