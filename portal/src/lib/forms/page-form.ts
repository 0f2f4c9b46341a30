import { hasContext } from 'svelte';
import { browser } from '$app/env';
import { page } from '$app/state';

/**
 * What the page's last form action returned (`page.form`), for form components that show a
 * service's words beside the field it named (`saidAbout`). Call it while a component starts.
 *
 * On the server `page` lives in the request's context ('__request__', SvelteKit's); a component
 * rendered on its own (the portal's unit tests render pages with `svelte/server`) has none, and
 * then there is no form result to show.
 */
export function pageFormReader(): () => unknown {
  const available = browser || hasContext('__request__');
  return () => (available ? page.form : null);
}
