import { pathToFileURL } from 'node:url';

/** A compiled portal message: inputs, and the locale to render it in. */
export type PortalMessage = (
  inputs?: Record<string, string>,
  options?: { locale: string },
) => string;

/**
 * The portal's compiled messages (portal/src/lib/paraglide, written by the portal's build), so a
 * browser test asserts what the catalogue says in a language rather than a copy of it. Loaded on
 * demand: the files exist once usePortalJourney has built the portal.
 */
export async function portalMessages(): Promise<Record<string, PortalMessage>> {
  const url = pathToFileURL(
    new URL('../../portal/src/lib/paraglide/messages.js', import.meta.url).pathname,
  );
  const { m } = (await import(url.href)) as { m: Record<string, PortalMessage> };
  return m;
}
