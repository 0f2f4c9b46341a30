import { resolve } from '$app/paths';
import { m } from '#lib/paraglide/messages.js';
import type { Crumb } from './Breadcrumbs.svelte';

/**
 * A staff page's breadcrumb trail: the staff home first, then the crumbs given. Apart from
 * Breadcrumbs.svelte, so that rendering breadcrumbs does not need SvelteKit's paths at hand.
 */
export function staffTrail(...crumbs: Crumb[]): Crumb[] {
  return [{ text: m.breadcrumb_staff(), href: resolve('/staff') }, ...crumbs];
}
