import {
  ACTOR_HEADER,
  GATEWAY_SERVICE,
  actorSchema,
  signForwardedCaller,
  type Actor,
} from '@engage/shared/auth';

/** What every analyst's API token starts with (engagement's api-token-secrets.ts). */
export const API_TOKEN_PREFIX = 'nlk_';

/** Who a token acts for: its owner's account as it is now. */
export interface TokenHolder {
  tokenId: string;
  actor: Actor;
}

export interface TokenUse {
  tokenId: string;
  operationName: string | null;
  cost: number | null;
  durationMs: number;
  at: Date;
  outcome: 'OK' | 'REFUSED';
}

/** Resolves API tokens and writes their audit log, asking engagement (which owns both). */
export interface TokenDirectory {
  holderOf(secret: string): Promise<TokenHolder | null>;
  recordUse(use: TokenUse): Promise<void>;
}

const HOLDER = `query ApiTokenHolder($secret: String!) {
  apiTokenHolder(secret: $secret) { tokenId staffId name role }
}`;
const RECORD = `mutation RecordApiTokenUse($use: ApiTokenUseInput!) { recordApiTokenUse(use: $use) }`;

/**
 * A resolved token is never cached: each request asks engagement again, so a revoked token, a
 * disabled account or a changed role counts from the very next request. One small indexed
 * query (an update of `last_used_at`) per request is the price.
 */
export function tokenDirectory(settings: {
  /** Engagement's GraphQL URL, asked directly: these fields are not in the public API. */
  engagementUrl: string;
  /** The secret the gateway signs forwarded callers with (shared with the subgraphs). */
  signingSecret: string;
  /** How long a lookup or a write may take before it is given up. */
  timeoutMs?: number;
}): TokenDirectory {
  const ask = async <Data>(query: string, variables: Record<string, unknown>): Promise<Data> => {
    // Signed as the gateway itself, never as the caller: only this actor may ask these fields.
    const signed = await signForwardedCaller(
      { actor: GATEWAY_SERVICE, client: 'service:gateway' },
      settings.signingSecret,
      'engagement',
    );
    const response = await fetch(settings.engagementUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ACTOR_HEADER]: signed },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(settings.timeoutMs ?? 5_000),
    });
    const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`engagement answered: ${body.errors?.[0]?.message ?? response.status}`);
    }
    return body.data;
  };
  return {
    async holderOf(secret) {
      const { apiTokenHolder: holder } = await ask<{
        apiTokenHolder: { tokenId: string; staffId: string; name: string; role: string } | null;
      }>(HOLDER, { secret });
      if (!holder) return null;
      const actor = actorSchema.parse({
        kind: 'staff',
        id: holder.staffId,
        name: holder.name,
        role: holder.role,
      });
      return { tokenId: holder.tokenId, actor };
    },
    async recordUse(use) {
      await ask(RECORD, { use: { ...use, at: use.at.toISOString() } });
    },
  };
}

/** Engagement's URL as the supergraph names it, when no override is configured. */
export function engagementUrlIn(supergraphSdl: string): string {
  const url = /@join__graph\(name: "engagement", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1];
  if (!url) throw new Error('The supergraph names no engagement subgraph.');
  return url;
}
