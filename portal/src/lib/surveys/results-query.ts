import type { Actor } from '@engage/shared/auth';
import { BREAKDOWNS, SAMPLES, type AreaLevel, type Breakdown, type Sample } from './surveys.ts';

/**
 * The staff results query as a GET form sends it (so it works without JavaScript, and a result
 * can be bookmarked): level, breakdown and rounds. The CSV download takes the same parameters.
 */

const LEVELS: readonly AreaLevel[] = ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD'];

export interface ResultsChoice {
  level: AreaLevel;
  groupBy: Breakdown;
  /** Empty: the latest closed round (the page picks it). */
  roundIds: string[];
  /** A commander's own NPA, an officer's own team; empty for the force's analysts. */
  areaIds: string[];
  /** Which answers: the verified ones (the published figures) unless asked otherwise. */
  sample: Sample;
}

/** The level each role starts at, and the areas it may see (the service checks it again). */
export function defaultsFor(actor: Actor): { level: AreaLevel; areaIds: string[] } {
  if (actor.kind === 'staff' && actor.role === 'COMMANDER' && actor.policingAreaId) {
    return { level: 'POLICING_AREA', areaIds: [actor.policingAreaId] };
  }
  if (actor.kind === 'staff' && actor.role === 'OFFICER' && actor.neighbourhoodId) {
    return { level: 'NEIGHBOURHOOD', areaIds: [actor.neighbourhoodId] };
  }
  return { level: 'FORCE', areaIds: [] };
}

export function readResultsChoice(url: URL, actor: Actor): ResultsChoice {
  const defaults = defaultsFor(actor);
  const level = url.searchParams.get('level') ?? '';
  const groupBy = url.searchParams.get('groupBy') ?? '';
  const sample = url.searchParams.get('sample') ?? '';
  const chosenLevel = (LEVELS as readonly string[]).includes(level)
    ? (level as AreaLevel)
    : defaults.level;
  return {
    level: chosenLevel,
    groupBy: (BREAKDOWNS as readonly string[]).includes(groupBy) ? (groupBy as Breakdown) : 'NONE',
    roundIds: url.searchParams.getAll('roundIds').filter(Boolean),
    // Their own area only at their own level; elsewhere the service decides what they may see.
    areaIds: chosenLevel === defaults.level ? defaults.areaIds : [],
    sample: (SAMPLES as readonly string[]).includes(sample) ? (sample as Sample) : 'VERIFIED',
  };
}

/** The same choice as the results page's own query string, for the CSV link. */
export function choiceQuery(choice: ResultsChoice): string {
  const query = new URLSearchParams({ level: choice.level, groupBy: choice.groupBy });
  for (const id of choice.roundIds) query.append('roundIds', id);
  if (choice.sample !== 'VERIFIED') query.set('sample', choice.sample);
  return query.toString();
}

/** The choice as the gateway's export reads it: lists comma-separated (API.md, "CSV"). */
export function exportQuery(choice: ResultsChoice): string {
  const query = new URLSearchParams({ level: choice.level, groupBy: choice.groupBy });
  if (choice.roundIds.length > 0) query.set('roundIds', choice.roundIds.join(','));
  if (choice.areaIds.length > 0) query.set('areaIds', choice.areaIds.join(','));
  if (choice.sample !== 'VERIFIED') query.set('sample', choice.sample);
  return query.toString();
}
