/**
 * What one request may ask of the gateway. Each default is sized from the demo force (9 NPAs, 54
 * teams) and the portal's own queries; a force with more may raise them through the environment
 * (GATEWAY_* variables, read in src/index.ts).
 */
export interface GatewayLimits {
  /** Estimated cost (see query-cost.ts) an anonymous caller may ask for in one query. */
  anonymousMaxCost: number;
  /** The same for a signed-in member of staff, whose pages list every team. */
  staffMaxCost: number;
  /** Requests per minute from one anonymous client (one visitor's browser, or one address). */
  anonymousRequestsPerMinute: number;
  /** Requests per minute from one member of staff's browser. */
  staffRequestsPerMinute: number;
  /** How long one query may run before it is abandoned. */
  executionTimeoutMs: number;
  /** The largest answer the gateway sends, in bytes of JSON. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS = {
  // The portal's costliest public query is a subscriber's preferences page (about 920), the team
  // page about 650: 3,000 leaves room for new panels and refuses every team's priorities at once.
  anonymousMaxCost: 3_000,
  // The costliest staff query is the analyst's confidence table (13,200); every team's priorities
  // with their updates is about 30,000. 50,000 allows both, and refuses aliased copies of them.
  staffMaxCost: 50_000,
  // A team page is 2 requests and a visitor reads a page every few seconds at most: 120 a
  // minute is far above any person and well below a script hammering the gateway.
  anonymousRequestsPerMinute: 120,
  // Staff forms re-load after each save and the dashboards fan out: 600 a minute.
  staffRequestsPerMinute: 600,
  // The slowest page query takes well under a second on the demo force; a query still running
  // after 8 s is stuck or far too big. Under the portal's own 10 s (portal/src/lib/server/
  // gateway.ts), so the portal gets this clear answer rather than giving up on its own.
  executionTimeoutMs: 8_000,
  // Far above any page the portal shows, and well below the 12 MB the probe drew out in one
  // answer: a cap on memory and bandwidth should the cost estimate ever under-count.
  maxResponseBytes: 5_000_000,
} as const satisfies GatewayLimits;
