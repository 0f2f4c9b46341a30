import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { appError } from '@engage/shared/graphql';
import type { Actor } from '@engage/shared/auth';
import { LANGUAGES } from '@engage/shared/languages';
import type { GatewayLimits } from './limits.ts';

/**
 * The Apollo Gateway is CommonJS, so the schema it builds is made with graphql's CommonJS build;
 * graphql-query-complexity's ES build checks it against graphql's ES build and fails ("from
 * another module or realm"). Its CommonJS build shares the gateway's graphql.
 */
const { getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/**
 * How many items a list field is expected to hold, where the schema gives no `first`. Sized for a
 * large force, not the demo's 9 NPAs and 54 teams, so a real force's pages still fit.
 */
const LIST_SIZES: Record<string, number> = {
  'Query.policingAreas': 12,
  'PolicingArea.neighbourhoods': 10,
  'ForceCompliance.areas': 12,
  'AreaCompliance.teams': 10,
  // A year of quarters with a few priorities each, and a few updates each.
  'Neighbourhood.priorities': 12,
  'Priority.updates': 6,
  // At most one translation per language other than English.
  'Priority.translations': LANGUAGES.length - 1,
  'PriorityUpdate.translations': LANGUAGES.length - 1,
  // Rounds since 2019, quarterly; a breakdown is rounds × areas × groups.
  'Query.confidenceTrend': 30,
  'Query.confidenceScores': 100,
  // A page's nodes are sized by the `first` of the field that returned the page.
  'EngagementPage.nodes': 1,
  'NewsletterPage.nodes': 1,
  'SocialPostPage.nodes': 1,
};

/** Any other list: most hold a handful (officers, options, bands), none more than dozens. */
const DEFAULT_LIST_SIZE = 10;

/** The arguments by which a caller says how many items it wants. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/**
 * Every field costs 1, and a list multiplies what it holds by how many items it may have: the
 * count the caller asks for, or the expected size above. graphql-armor's cost limit counts each
 * field once whatever the list sizes, which let 2.5 KB of aliased lists fetch 12 MB.
 */
const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const asked = PAGE_SIZE_ARGUMENTS.map((name) => args[name]).find(
    (value): value is number => typeof value === 'number',
  );
  const size =
    asked ??
    LIST_SIZES[`${type.name}.${field.name}`] ??
    // By the type's name, `[X]` or `[X]!`: instanceof checks would meet the same two builds.
    (String(field.type).startsWith('[') ? DEFAULT_LIST_SIZE : 1);
  return Math.max(size, 0) * (1 + childComplexity);
};

/** The estimated cost of one operation; throws when its variables do not fit their types. */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [listSizeEstimator],
  });
}

/** Refuses, before anything runs, a query that costs more than the caller's limit. */
export function queryCostLimit(
  limits: Pick<GatewayLimits, 'anonymousMaxCost' | 'staffMaxCost'>,
): ApolloServerPlugin<{ actor: Actor }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          // The portal's own service calls (the public results' one cell, a sign-in) are signed
          // by the portal alone, and are held to the staff limit, as staff pages are.
          const signed = contextValue.actor.kind !== 'anonymous';
          const limit = signed ? limits.staffMaxCost : limits.anonymousMaxCost;
          let cost: number;
          try {
            cost = estimateCost(schema, document, request.variables, request.operationName);
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT
            // before it runs anything, so there is nothing to cost.
            return;
          }
          if (cost <= limit) return;
          throw appError(
            'QUERY_TOO_COMPLEX',
            `This query asks for too much at once (an estimated ${cost}, where the limit is ` +
              `${limit}${signed ? '' : ' without signing in'}). Ask for fewer lists, fields or aliases.`,
            { cost, limit },
          );
        },
      };
    },
  };
}
