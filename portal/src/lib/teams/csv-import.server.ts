import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readCsvUpload } from '#lib/forms/csv-upload.ts';
import type { ImportOutcome } from '#lib/teams/team-work.ts';
import { teamFor } from './team.server.ts';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';

/** The two imports the gateway offers; both are all-or-nothing and report every bad row. */
export type ImportMutation = 'importEngagements' | 'importSocialPosts';

const IMPORT_ENGAGEMENTS = graphql(`
  mutation ImportEngagements($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {
    importEngagements(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

const IMPORT_SOCIAL_POSTS = graphql(`
  mutation ImportSocialPosts($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {
    importSocialPosts(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

graphql(`
  fragment ImportResultFields on ImportResult {
    imported
    dryRun
    errors {
      row
      column
      message
    }
  }
`);

/**
 * "Check file" (dryRun) and "Import": the file's text goes to the gateway as it is; the service
 * parses and validates it. A clean import redirects (303) to `?imported=N`, so reloading the page
 * never imports twice.
 */
export async function importCsv(
  event: RequestEvent<{ slug: string }>,
  name: ImportMutation,
  dryRun: boolean,
) {
  const upload = await readCsvUpload(await event.request.formData());
  if (!upload.ok) return fail(400, { fileError: upload.error } satisfies ImportOutcome);

  const { locals, params } = event;
  const team = await teamFor(locals.gateway, locals.actor, params.slug);
  const variables = { neighbourhoodId: team.id, csv: upload.csv, dryRun };
  const { gateway } = locals;
  const outcome = await formWrite(async () =>
    name === 'importEngagements'
      ? (await gateway.request(IMPORT_ENGAGEMENTS, variables)).importEngagements
      : (await gateway.request(IMPORT_SOCIAL_POSTS, variables)).importSocialPosts,
  );
  if (!outcome.ok) return fail(400, { problem: outcome.problem } satisfies ImportOutcome);
  const result = outcome.value;
  if (result.errors.length > 0) return fail(400, { result } satisfies ImportOutcome);
  if (dryRun) return { result, csv: upload.csv } satisfies ImportOutcome;
  redirect(303, `${event.url.pathname}?imported=${result.imported}`);
}

/** How many rows the last import brought in, from `?imported=N`; null when there was none. */
export function importedCount(url: URL): number | null {
  const value = url.searchParams.get('imported');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
