import type { HttpJsonResult } from '../../outside/http-json.ts';
import type {
  BoundaryPoint,
  NeighbourhoodSummary,
  Person,
  PoliceApiClient,
  PoliceEvent,
  Priority,
} from '../../outside/police-api.ts';
import { describeFailure } from './import-errors.ts';

/** One neighbourhood as data.police.uk has it: everything the importer writes, read first. */
export interface UpstreamNeighbourhood {
  force: string;
  policeId: string;
  name: string;
  /** Plain text (the client turns the force's HTML into text). */
  description: string | null;
  boundary: BoundaryPoint[] | null;
  people: Person[];
}

/** The team's priorities and events, or why they could not be read (the team imports anyway). */
export type UpstreamActivity =
  | { kind: 'ok'; priorities: Priority[]; events: PoliceEvent[] }
  | { kind: 'failed'; reason: string };

export type FetchResult =
  | { kind: 'ok'; neighbourhood: UpstreamNeighbourhood; activity: UpstreamActivity }
  | { kind: 'failed'; reason: string };

/**
 * Reads the detail, boundary, people, priorities and events of one neighbourhood, all at once.
 * Any of the first three failing fails the neighbourhood, so we never write a team without its
 * boundary or officers; priorities or events failing fails only them, and the team imports.
 */
export async function fetchNeighbourhood(
  client: PoliceApiClient,
  force: string,
  summary: NeighbourhoodSummary,
): Promise<FetchResult> {
  const [detail, boundary, people, priorities, events] = await Promise.all([
    client.neighbourhood(force, summary.id),
    client.boundary(force, summary.id),
    client.people(force, summary.id),
    client.priorities(force, summary.id),
    client.events(force, summary.id),
  ]);
  if (detail.kind !== 'ok' || boundary.kind !== 'ok' || people.kind !== 'ok') {
    const calls = { details: detail, boundary, people };
    return { kind: 'failed', reason: describeFailedCalls(calls) };
  }
  return {
    kind: 'ok',
    neighbourhood: {
      force,
      policeId: summary.id,
      name: detail.value.name.trim() || summary.name.trim(),
      description: detail.value.description,
      // An empty outline places nobody: store none rather than a polygon with no points.
      boundary: boundary.value.length > 0 ? boundary.value : null,
      people: people.value,
    },
    activity:
      priorities.kind === 'ok' && events.kind === 'ok'
        ? { kind: 'ok', priorities: priorities.value, events: events.value }
        : { kind: 'failed', reason: describeFailedCalls({ priorities, events }) },
  };
}

/** "the boundary call failed: it answered 500"; calls that failed alike share one clause. */
function describeFailedCalls(calls: Record<string, HttpJsonResult<unknown>>): string {
  const byProblem = new Map<string, string[]>();
  for (const [call, result] of Object.entries(calls)) {
    if (result.kind === 'ok') continue;
    const problem = describeFailure(result);
    byProblem.set(problem, [...(byProblem.get(problem) ?? []), call]);
  }
  return [...byProblem]
    .map(([problem, names]) => {
      const list =
        names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
      return `the ${list} call${names.length > 1 ? 's' : ''} failed: ${problem}`;
    })
    .join('; ');
}
