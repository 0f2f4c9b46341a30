import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_LIMITS } from '../../gateway/src/limits/limits.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const router = parse(read('infra/apollo-router/router.yaml')) as {
  override_subgraph_url: Record<string, string>;
  limits: { max_depth: number; max_aliases: number; parser_max_tokens: number };
  traffic_shaping: { router: { timeout: string } };
  authentication: {
    router: { jwt: { jwks: { issuers: string[]; audiences: string[]; algorithms: string[] }[] } };
  };
};

/** The router's settings copy values from our gateway; these tests keep the copies in step. */
describe('the Apollo Router settings', () => {
  it('override the URL of every subgraph the supergraph names, and only those', () => {
    const composed = [
      ...read('gateway/supergraph.graphql').matchAll(/@join__graph\(name: "(\w+)"/g),
    ]
      .map((match) => match[1])
      .sort();
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(composed);
  });

  it("check the portal's access tokens as the gateway does", () => {
    const tokens = read('shared/src/auth/tokens.ts');
    const [jwks] = router.authentication.router.jwt.jwks;
    const access = /const ACCESS = \{ issuer: '([^']+)', audience: '([^']+)' \}/.exec(tokens);
    expect(jwks!.issuers).toEqual([access![1]]);
    expect(jwks!.audiences).toEqual([access![2]]);
    expect(tokens).toContain("setProtectedHeader({ alg: 'HS256' })");
    expect(jwks!.algorithms).toEqual(['HS256']);
  });

  it("keep the gateway's shape limits and execution timeout", () => {
    const gateway = read('gateway/src/gateway.ts');
    expect(gateway).toContain(`maxDepth: { n: ${router.limits.max_depth} }`);
    expect(gateway).toContain(`maxAliases: { n: ${router.limits.max_aliases} }`);
    expect(gateway).toMatch(
      new RegExp(
        `MAX_TOKENS = ${router.limits.parser_max_tokens.toLocaleString('en').replace(',', '_')};`,
      ),
    );
    expect(router.traffic_shaping.router.timeout).toBe(
      `${DEFAULT_LIMITS.executionTimeoutMs / 1000}s`,
    );
  });
});
