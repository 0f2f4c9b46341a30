import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@engage/shared';
import { appError } from '@engage/shared/graphql';
import { estimateCost } from '../limits/query-cost.ts';
import type { TokenDirectory, TokenUse } from './token-directory.ts';

/** What the gateway's context knows of a request made with an API token. */
export interface TokenRequest {
  apiToken?: { id: string };
  /** `performance.now()` when the request arrived, before its token was looked up. */
  receivedAt: number;
}

/**
 * Writes one request to the audit log after it is answered. Never awaited by the request and
 * never failing it: the analyst has their answer; a write that fails is logged for us instead.
 */
export function recordTokenUse(directory: TokenDirectory, logger: Logger, use: TokenUse): void {
  directory.recordUse(use).catch((error: unknown) => {
    logger.error(
      { err: error, tokenId: use.tokenId, operationName: use.operationName },
      'could not write an API token request to the audit log',
    );
  });
}

/** A request refused before it was parsed (the rate limit): written with what is known. */
export function recordEarlyRefusal(
  directory: TokenDirectory,
  logger: Logger,
  { apiToken, receivedAt }: TokenRequest,
): void {
  if (!apiToken) return;
  recordTokenUse(directory, logger, {
    tokenId: apiToken.id,
    operationName: null,
    cost: null,
    durationMs: Math.round(performance.now() - receivedAt),
    at: new Date(),
    outcome: 'REFUSED',
  });
}

/**
 * API tokens read: a mutation (or subscription) sent with one is refused before it runs, as a
 * stolen token must not change anything. Every request made with a token is written to the audit
 * log with its operation, cost, duration and whether it ran.
 */
export function apiTokenPlugin(
  directory: TokenDirectory,
  logger: Logger,
): ApolloServerPlugin<TokenRequest> {
  return {
    async requestDidStart({ contextValue }) {
      const token = contextValue.apiToken;
      if (!token) return;
      let operationName: string | null = null;
      let cost: number | null = null;
      let ran = false;
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          operationName = operation.name?.value ?? request.operationName ?? null;
          try {
            cost = estimateCost(schema, document, request.variables, request.operationName);
          } catch {
            // Variables that do not fit their types: refused by execution, costed by nobody.
          }
          if (operation.operation !== 'query') {
            throw appError(
              'FORBIDDEN',
              `API tokens are read-only: a ${operation.operation} cannot be sent with one. Make changes in the staff area.`,
            );
          }
        },
        async executionDidStart() {
          ran = true;
        },
        async willSendResponse() {
          recordTokenUse(directory, logger, {
            tokenId: token.id,
            operationName,
            cost,
            durationMs: Math.round(performance.now() - contextValue.receivedAt),
            at: new Date(Date.now() - (performance.now() - contextValue.receivedAt)),
            outcome: ran ? 'OK' : 'REFUSED',
          });
        },
      };
    },
  };
}
