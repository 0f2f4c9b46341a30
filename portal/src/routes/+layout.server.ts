import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
  staffName: locals.actor.kind === 'staff' ? locals.actor.name : null,
})) satisfies LayoutServerLoad;
