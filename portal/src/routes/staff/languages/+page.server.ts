import { error } from '@sveltejs/kit';
import { translationProgress } from '#lib/i18n/translation-status.ts';
import type { PageServerLoad } from './$types';

/**
 * Admins only: how much of each language a native speaker has reviewed. The figures come from
 * the repository (translation-status.json), not the service, so the portal checks the role itself.
 */
export const load = (({ locals }) => {
  if (locals.actor.kind !== 'staff' || locals.actor.role !== 'ADMIN') error(403, 'FORBIDDEN');
  return { languages: translationProgress() };
}) satisfies PageServerLoad;
