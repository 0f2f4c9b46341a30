import { force } from '#lib/server/force.ts';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
  staffName: locals.actor.kind === 'staff' ? locals.actor.name : null,
  /** The force running this deployment: its name on every page, its contact in the footer. */
  force,
})) satisfies LayoutServerLoad;
