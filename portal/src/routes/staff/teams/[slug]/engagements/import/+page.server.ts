import { importCsv, importedCount } from '#lib/teams/csv-import.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => ({ imported: importedCount(url) })) satisfies PageServerLoad;

export const actions = {
  check: (event) => importCsv(event, 'importEngagements', true),
  import: (event) => importCsv(event, 'importEngagements', false),
} satisfies Actions;
