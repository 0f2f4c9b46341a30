import type { NotFound, Unavailable } from '../../outside/http-json.ts';
import type { Force } from '../../outside/police-api.ts';

/** Stops a whole import before anything is written; the CLI prints the message as it is. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** How many forces the "Known forces include …" hint names: enough to spot a typo. */
const SUGGESTIONS = 5;

export class UnknownForceError extends ImportError {
  override name = 'UnknownForceError';

  constructor(force: string, known: readonly Force[]) {
    super(
      `No force called ${force} at data.police.uk. Known forces include ` +
        `${suggestForces(force, known).join(', ')}.`,
    );
  }
}

export class PoliceApiUnavailableError extends ImportError {
  override name = 'PoliceApiUnavailableError';

  constructor(what: string, result: NotFound | Unavailable) {
    super(
      `Could not read ${what} from data.police.uk: ${describeFailure(result)}. Try again later.`,
    );
  }
}

/** The forces most like what was typed first ("leics" finds "leicestershire"), then the rest. */
function suggestForces(typed: string, known: readonly Force[]): string[] {
  const words = typed
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const likeness = (force: Force) => {
    const haystack = `${force.id} ${force.name}`.toLowerCase();
    return words.filter((word) => haystack.includes(word.slice(0, 4))).length;
  };
  return [...known]
    .sort((a, b) => likeness(b) - likeness(a) || a.id.localeCompare(b.id))
    .slice(0, SUGGESTIONS)
    .map((force) => `${force.id} (${force.name})`);
}

/** For a report or a log line: what went wrong, in words an administrator can act on. */
export function describeFailure(result: NotFound | Unavailable): string {
  if (result.kind === 'not_found') return 'not found (404)';
  switch (result.cause) {
    case 'status':
      return `it answered ${result.status ?? 'an error'}`;
    case 'timeout':
      return 'it took too long to answer';
    case 'network':
      return 'no connection';
    case 'malformed':
      return 'its answer was not in the shape we expect';
  }
}
