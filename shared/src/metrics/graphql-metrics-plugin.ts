import type { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ProcessMetrics } from './process-metrics.ts';

/**
 * Operation names are chosen by the client, so a label taken from them unchecked would let
 * anyone grow the series without bound. Names are counted only once the operation has parsed
 * and validated, only while they look like names, and only the first few hundred distinct ones;
 * the portal uses well under a hundred. Anything else is counted as "other".
 */
const MAX_OPERATION_NAMES = 300;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** A request that never became an operation (bad JSON, a syntax or validation error). */
const UNRESOLVED = '(unresolved)';
const ANONYMOUS = '(anonymous)';

/** Times every operation and counts the errors in responses, for subgraphs and the gateway. */
export function graphqlMetricsPlugin<Context extends BaseContext>(
  metrics: ProcessMetrics,
): ApolloServerPlugin<Context> {
  const known = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return ANONYMOUS;
    if (!NAME.test(name)) return 'other';
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_NAMES) return 'other';
    known.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      let operation = UNRESOLVED;
      let type = 'unknown';
      return {
        async didResolveOperation(request) {
          operation = label(request.operationName);
          type = request.operation?.operation ?? 'unknown';
        },
        async didEncounterErrors(request) {
          for (const error of request.errors) {
            // Errors a subgraph sent back through the gateway's executor may come without
            // `extensions`, whatever GraphQLError's type says: a missing code is an internal one.
            const extensions = error.extensions as GraphQLError['extensions'] | undefined;
            const code = extensions?.['code'];
            metrics.graphqlErrors.inc({
              operation,
              code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
            });
          }
        },
        async willSendResponse() {
          metrics.graphqlDuration.observe(
            { operation, type },
            (performance.now() - startedAt) / 1000,
          );
        },
      };
    },
  };
}
