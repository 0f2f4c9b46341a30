import { publishedNewsletter } from '#lib/newsletters/archive.server.ts';
import { countArchiveView } from '#lib/newsletters/archive-views.server.ts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const issue = await publishedNewsletter(locals.gateway, params.slug, params.month);
  await countArchiveView(locals.actor, issue.newsletter.id);
  return issue;
}) satisfies PageServerLoad;
