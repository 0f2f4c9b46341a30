import type { Handle } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { textDirection } from './direction.ts';

/**
 * Picks the page's language and writes it, with its direction, into app.html's <html>. The order
 * is project.inlang/paraglide.config.js's: the cookie the language list sets, then the browser's
 * Accept-Language on a first visit ("ur-PK" finds Urdu by its base language), then English.
 */
export const pageLanguage: Handle = ({ event, resolve }) =>
  // Without the URL strategy the middleware passes the request on unchanged, so `event` stands.
  paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) =>
        html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', textDirection(locale)),
    }),
  );
