import type { EntityManager } from '@mikro-orm/postgresql';
import { stableId } from '@engage/shared';
import { readCsvTable, type ColumnSpec } from '../csv-import/csv-table.ts';
import type { ImportResult } from '../csv-import/import-result.types.ts';
import { ukToday } from '@engage/shared/uk-time';
import { checkRows } from '../csv-import/row-check.ts';
import { writeImport } from '../csv-import/write-import.ts';
import { Engagement, type EngagementKind } from './engagement.entity.ts';

/** The engagement CSV's columns (API.md, "Engagement CSV columns"), with the names they go by. */
const COLUMNS = {
  date: { aliases: ['date', 'held on', 'date held'], required: true },
  kind: { aliases: ['kind', 'type', 'engagement'], required: true },
  place: { aliases: ['place', 'location', 'venue'], required: true },
  attendance: { aliases: ['attendance', 'attended', 'attendees'] },
  partners: { aliases: ['partners'] },
  communities: { aliases: ['communities', 'communities reached'] },
  notes: { aliases: ['notes', 'note', 'comments'] },
} satisfies Record<string, ColumnSpec>;

const KINDS = new Map<string, EngagementKind>([
  ['ward meeting', 'WARD_OR_PARISH_MEETING'],
  ['parish meeting', 'WARD_OR_PARISH_MEETING'],
  ['ward or parish meeting', 'WARD_OR_PARISH_MEETING'],
  ['patch walk', 'PATCH_WALK'],
  ['beat surgery', 'BEAT_SURGERY'],
  ['community event', 'COMMUNITY_EVENT'],
  ['other', 'OTHER'],
]);
const KIND_HINT =
  'Use one of: ward meeting, parish meeting, patch walk, beat surgery, community event, other.';

/** Same team, day, kind and place: the same engagement, however often the file is imported. */
export const importedEngagementId = (
  neighbourhoodId: string,
  date: string,
  kind: EngagementKind,
  place: string,
) =>
  stableId(
    'engagement',
    `${neighbourhoodId}/${date}/${kind}/${place.toLowerCase().replace(/\s+/g, ' ')}`,
  );

/** Reads, checks and (unless a dry run) writes a team's engagements from a CSV file. */
export async function importEngagementsCsv(
  em: EntityManager,
  options: { neighbourhoodId: string; csv: string; dryRun: boolean; recordedBy: string | null },
): Promise<ImportResult> {
  const { neighbourhoodId, dryRun } = options;
  const table = readCsvTable(options.csv, COLUMNS);
  const latest = ukToday();
  const createdAt = new Date();
  const { records, errors } = checkRows(table, (check) => {
    const heldOn = check.date('date', { label: 'the date', latest });
    const kind = check.choice('kind', { label: 'the kind', choices: KINDS, hint: KIND_HINT });
    const place = check.text('place', {
      label: 'the place',
      max: 200,
      hint: 'Say where it was held, like “Belgrave Library”.',
    });
    return {
      id: kind ? importedEngagementId(neighbourhoodId, heldOn, kind, place) : '',
      neighbourhood: neighbourhoodId,
      kind: kind ?? 'OTHER',
      heldOn,
      place,
      attendance: check.optionalInteger('attendance', { label: 'the attendance', min: 0 }),
      partners: check.list('partners', { label: 'the partners', max: 100, maxItems: 30 }),
      communitiesReached: check.list('communities', {
        label: 'the communities',
        max: 100,
        maxItems: 30,
      }),
      notes: check.optionalText('notes', { label: 'the notes', max: 2000 }),
      recordedBy: options.recordedBy,
      createdAt,
      updatedAt: createdAt,
    };
  });
  if (errors.length > 0) return { imported: 0, alreadyPresent: 0, errors, dryRun };
  return writeImport(em, Engagement, records, {
    dryRun,
    // A re-import corrects: updatedAt moves, so incremental exports pick the row up again.
    merge: ['attendance', 'partners', 'communitiesReached', 'notes', 'updatedAt'],
  });
}
