import { emailPreviewFor } from '#lib/newsletters/preview.server.ts';
import { staffNewsletter } from '#lib/newsletters/staff.server.ts';
import type { PageServerLoad } from './$types';

/** The issue as residents will see it: the web page, and the email (`?format=&language=`). */
export const load = (async ({ locals, params, url }) => {
  const { newsletter } = await staffNewsletter(locals.gateway, params.slug, params.month);
  return { newsletter, ...(await emailPreviewFor(locals.gateway, newsletter.id, url)) };
}) satisfies PageServerLoad;
