/** What one run of the importer did, for the CLI to print and a test to check. */
export interface ImportReport {
  force: { id: string; name: string };
  /** Where new neighbourhoods went; `created` when this run made it. */
  policingArea: { slug: string; name: string; created: boolean };
  neighbourhoods: {
    created: number;
    updated: number;
    unchanged: number;
    /** Skipped, with nothing of them written: each is tried again on the next run. */
    failed: FailedNeighbourhood[];
  };
  officers: OfficerCounts;
  /** Each team's priorities and events, read with the team and written after it. */
  activity: ActivityCounts & {
    /**
     * Teams whose priorities or events could not be read or saved: the team itself was imported,
     * and its priorities and events are as the last good run left them.
     */
    failed: FailedNeighbourhood[];
  };
  /**
   * data.police.uk ids of neighbourhoods we imported before that it no longer lists. They are
   * kept (subscribers and history hang off them): an administrator decides what becomes of them.
   */
  notListedUpstream: string[];
}

export interface FailedNeighbourhood {
  policeId: string;
  name: string;
  reason: string;
}

export interface OfficerCounts {
  created: number;
  updated: number;
  removed: number;
}

export interface ActivityCounts {
  /** `closed`: imported before, no longer listed, so now COMPLETED. */
  priorities: { created: number; updated: number; unchanged: number; closed: number };
  /** `cancelled`: still to come, imported before, no longer listed. */
  events: { created: number; updated: number; unchanged: number; cancelled: number };
}

export function addActivity(total: ActivityCounts, add: ActivityCounts): void {
  for (const kind of ['priorities', 'events'] as const) {
    const sum = total[kind] as Record<string, number>;
    for (const [key, value] of Object.entries(add[kind])) sum[key] = (sum[key] ?? 0) + value;
  }
}

export function emptyReport(
  force: ImportReport['force'],
  policingArea: { slug: string; name: string },
): ImportReport {
  return {
    force,
    policingArea: { ...policingArea, created: false },
    neighbourhoods: { created: 0, updated: 0, unchanged: 0, failed: [] },
    officers: { created: 0, updated: 0, removed: 0 },
    activity: {
      priorities: { created: 0, updated: 0, unchanged: 0, closed: 0 },
      events: { created: 0, updated: 0, unchanged: 0, cancelled: 0 },
      failed: [],
    },
    notListedUpstream: [],
  };
}

/** The report as short lines of plain English, one fact a line. */
export function summariseReport(report: ImportReport): string[] {
  const { neighbourhoods: n, officers: o, policingArea: area } = report;
  const { priorities: p, events: e } = report.activity;
  return [
    `Imported ${report.force.name} (${report.force.id}) from data.police.uk.`,
    `New teams go in the policing area "${area.name}" (${area.slug})` +
      `${area.created ? ', created by this import' : ''}.`,
    `Neighbourhoods: ${n.created} created, ${n.updated} updated, ${n.unchanged} unchanged, ` +
      `${n.failed.length} failed.`,
    `Officers: ${o.created} created, ${o.updated} updated, ${o.removed} removed.`,
    `Priorities: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ` +
      `${p.closed} closed (no longer listed).`,
    `Events: ${e.created} created, ${e.updated} updated, ${e.unchanged} unchanged, ` +
      `${e.cancelled} cancelled (no longer listed).`,
    ...n.failed.map(
      (failure) => `Failed: ${failure.name} (${failure.policeId}): ${failure.reason}.`,
    ),
    ...report.activity.failed.map(
      (failure) =>
        `Priorities and events not imported: ${failure.name} (${failure.policeId}): ` +
        `${failure.reason}.`,
    ),
    ...(report.notListedUpstream.length > 0
      ? [`No longer listed at data.police.uk, kept here: ${report.notListedUpstream.join(', ')}.`]
      : []),
  ];
}
