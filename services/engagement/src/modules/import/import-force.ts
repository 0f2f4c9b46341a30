import type { EntityManager } from '@mikro-orm/postgresql';
import { slugify, type Logger } from '@engage/shared';
import { createConcurrencyLimit } from '../../outside/concurrency-limit.ts';
import type { NeighbourhoodSummary, PoliceApiClient } from '../../outside/police-api.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { fetchNeighbourhood, type UpstreamActivity } from './fetch-neighbourhood.ts';
import { PoliceApiUnavailableError, UnknownForceError } from './import-errors.ts';
import { addActivity, emptyReport, type ImportReport } from './import-report.ts';
import { writeActivity } from './write-activity.ts';
import { writeNeighbourhood } from './write-neighbourhood.ts';

export type { ImportReport } from './import-report.ts';

export interface ImportForceOptions {
  /** data.police.uk's force id, e.g. "leicestershire". */
  force: string;
  /**
   * Where new neighbourhoods go: data.police.uk has no policing areas (NPAs), so an import puts
   * every team it creates in one, "<force name> (imported)" unless told otherwise, for an
   * administrator to share out.
   */
  policingArea?: { slug: string; name: string };
  logger: Logger;
}

/**
 * Upserts a force's neighbourhoods, their officers, priorities and events from data.police.uk.
 * Idempotent: a second run with the same data changes nothing. A neighbourhood whose calls fail is
 * skipped and reported, and one whose priorities or events fail is imported without them and
 * reported; the others carry on. Throws an `ImportError` when the force itself cannot be read.
 */
export async function importForce(
  em: EntityManager,
  client: PoliceApiClient,
  options: ImportForceOptions,
): Promise<ImportReport> {
  const { force, logger } = options;
  const forces = await client.forces();
  if (forces.kind !== 'ok') throw new PoliceApiUnavailableError('the list of forces', forces);
  const known = forces.value.find((candidate) => candidate.id === force);
  if (!known) throw new UnknownForceError(force, forces.value);
  const listed = await client.neighbourhoods(force);
  if (listed.kind !== 'ok') {
    throw new PoliceApiUnavailableError(`the neighbourhoods of ${known.name}`, listed);
  }

  const area = options.policingArea ?? defaultArea(known.name);
  const report = emptyReport({ id: known.id, name: known.name }, area);
  // Reading runs as wide as the client allows; writing goes one team at a time, so two new
  // teams never both create the area or race for the same slug.
  const oneWriteAtATime = createConcurrencyLimit(1);

  const importOne = async (summary: NeighbourhoodSummary) => {
    const fetched = await fetchNeighbourhood(client, force, summary);
    const failed = (reason: string) => {
      report.neighbourhoods.failed.push({ policeId: summary.id, name: summary.name, reason });
    };
    if (fetched.kind === 'failed') {
      logger.warn({ neighbourhood: summary.id, reason: fetched.reason }, 'neighbourhood skipped');
      failed(fetched.reason);
      return;
    }
    try {
      // A fork per team keeps the identity map from growing with the force.
      const outcome = await oneWriteAtATime(() =>
        writeNeighbourhood(em.fork(), fetched.neighbourhood, area),
      );
      report.neighbourhoods[outcome.neighbourhood] += 1;
      report.officers.created += outcome.officers.created;
      report.officers.updated += outcome.officers.updated;
      report.officers.removed += outcome.officers.removed;
      if (outcome.areaCreated) report.policingArea.created = true;
      logger.debug(
        { neighbourhood: summary.id, outcome: outcome.neighbourhood, officers: outcome.officers },
        'neighbourhood imported',
      );
    } catch (error) {
      logger.error({ neighbourhood: summary.id, err: error }, 'neighbourhood not written');
      failed(`it could not be saved: ${messageOf(error)}`);
      return;
    }
    await importActivity(summary, fetched.activity);
  };

  const importActivity = async (summary: NeighbourhoodSummary, activity: UpstreamActivity) => {
    const failed = (reason: string) => {
      report.activity.failed.push({ policeId: summary.id, name: summary.name, reason });
    };
    if (activity.kind === 'failed') {
      logger.warn({ neighbourhood: summary.id, reason: activity.reason }, 'activity skipped');
      failed(activity.reason);
      return;
    }
    try {
      const counts = await oneWriteAtATime(() =>
        writeActivity(em.fork(), { force, policeId: summary.id }, activity),
      );
      addActivity(report.activity, counts);
    } catch (error) {
      logger.error({ neighbourhood: summary.id, err: error }, 'activity not written');
      failed(`they could not be saved: ${messageOf(error)}`);
    }
  };
  await Promise.all(listed.value.map(importOne));

  report.neighbourhoods.failed.sort((a, b) => a.policeId.localeCompare(b.policeId));
  report.activity.failed.sort((a, b) => a.policeId.localeCompare(b.policeId));
  report.notListedUpstream = await notListedUpstream(em, force, listed.value);
  return report;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function defaultArea(forceName: string) {
  const name = `${forceName} (imported)`;
  return { slug: slugify(name), name };
}

async function notListedUpstream(
  em: EntityManager,
  force: string,
  listed: NeighbourhoodSummary[],
): Promise<string[]> {
  const ours = await em
    .fork()
    .find(
      Neighbourhood,
      { policeForceRef: force, policeNeighbourhoodRef: { $nin: listed.map((n) => n.id) } },
      { orderBy: { policeNeighbourhoodRef: 'asc' } },
    );
  return ours.map((neighbourhood) => neighbourhood.policeNeighbourhoodRef!);
}
