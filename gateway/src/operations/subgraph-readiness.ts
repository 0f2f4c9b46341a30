import { answers, type ReadinessChecks } from '@engage/shared/graphql';

/** Every subgraph the supergraph names, with its URL (the composed one unless overridden). */
export function subgraphUrls(
  supergraphSdl: string,
  overrides: Partial<Record<string, string>>,
): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [, name, url] of supergraphSdl.matchAll(
    /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
  )) {
    urls[name!] = overrides[name!] ?? url!;
  }
  return urls;
}

/**
 * The gateway is ready when each subgraph's own /readyz answers 200 (so a subgraph whose
 * database is down counts as not answering). Asked on each probe, with a short timeout each, so
 * a probe never waits longer than the slowest subgraph's 2 s.
 */
export function subgraphReadiness(urls: Record<string, string>): ReadinessChecks {
  return async () => {
    const entries = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const ready = await answers(async () => {
          const response = await fetch(new URL('/readyz', url), {
            signal: AbortSignal.timeout(2000),
          });
          await response.body?.cancel();
          if (!response.ok) throw new Error(`${name} answered ${response.status}`);
        });
        return [`subgraph ${name}`, ready] as const;
      }),
    );
    return Object.fromEntries(entries);
  };
}
