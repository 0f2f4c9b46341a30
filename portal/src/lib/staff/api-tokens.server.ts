import { graphql } from '#lib/graphql/index.ts';

/** Your own tokens, newest first: revoked and expired ones stay listed, marked as such. */
export const MY_API_TOKENS = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      active
    }
  }
`);

/** Everyone's tokens, for an admin to see who has what and revoke any of them. */
export const ALL_API_TOKENS = graphql(`
  query AllApiTokens {
    apiTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      active
      owner {
        id
        name
      }
    }
  }
`);

/** The secret comes back here and nowhere else: the page shows it once, from this answer. */
export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($name: String!, $expiresInDays: Int!) {
    createApiToken(name: $name, expiresInDays: $expiresInDays) {
      secret
      token {
        id
        name
        expiresAt
      }
    }
  }
`);

export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
    }
  }
`);

/** A page of the audit log: 50 rows, about a day of one analyst's dashboard refreshes. */
export const AUDIT_PER_PAGE = 50;

export const API_TOKEN_USES = graphql(`
  query ApiTokenUses($first: Int!, $after: String, $tokenId: ID) {
    apiTokenUses(first: $first, after: $after, tokenId: $tokenId) {
      nodes {
        id
        tokenId
        tokenName
        staffName
        operationName
        cost
        durationMs
        at
        outcome
      }
      totalCount
      hasNextPage
      endCursor
    }
  }
`);

/** How many days a new token works for unless the analyst says otherwise (as the service). */
export const DEFAULT_TOKEN_DAYS = '30';
