import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { cookieName } from '#lib/paraglide/runtime.js';
import { pageLanguage } from './page-language.server.ts';

const APP_HTML = '<html lang="%paraglide.lang%" dir="%paraglide.dir%"><body></body></html>';

/** The <html> tag of the page the portal answers a request with these headers. */
async function htmlTagFor(headers: Record<string, string>): Promise<string> {
  const request = new Request('http://portal.test/find', { headers });
  const resolve: Parameters<Handle>[0]['resolve'] = async (_event, options) =>
    new Response((await options?.transformPageChunk?.({ html: APP_HTML, done: true })) ?? APP_HTML);
  const response = await pageLanguage({
    event: { request, url: new URL(request.url) } as RequestEvent,
    resolve,
  });
  return /<html[^>]*>/.exec(await response.text())![0];
}

describe("the page's language on a first visit and after a choice", () => {
  it('a browser asking for Urdu from Pakistan first gets an Urdu page that runs right to left', async () => {
    expect(await htmlTagFor({ 'accept-language': 'ur-PK,en;q=0.5' })).toBe(
      '<html lang="ur" dir="rtl">',
    );
  });

  it('a browser asking for Polish gets a Polish page, left to right', async () => {
    expect(await htmlTagFor({ 'accept-language': 'pl-PL' })).toBe('<html lang="pl" dir="ltr">');
  });

  it('a language we do not have (French) gives English', async () => {
    expect(await htmlTagFor({ 'accept-language': 'fr' })).toBe('<html lang="en" dir="ltr">');
    expect(await htmlTagFor({})).toBe('<html lang="en" dir="ltr">');
  });

  it('a later choice in a lower-weighted language is still found: "fr, ar;q=0.8" is Arabic', async () => {
    expect(await htmlTagFor({ 'accept-language': 'fr, ar;q=0.8' })).toBe(
      '<html lang="ar" dir="rtl">',
    );
  });

  it('the language chosen from the list (its cookie) beats what the browser asks for', async () => {
    expect(
      await htmlTagFor({ 'accept-language': 'ur-PK,en;q=0.5', cookie: `${cookieName}=pl` }),
    ).toBe('<html lang="pl" dir="ltr">');
    expect(await htmlTagFor({ 'accept-language': 'pl-PL', cookie: `${cookieName}=ar` })).toBe(
      '<html lang="ar" dir="rtl">',
    );
  });

  it('a cookie naming no language of ours is ignored, not trusted', async () => {
    expect(await htmlTagFor({ 'accept-language': 'gu-IN', cookie: `${cookieName}=xx` })).toBe(
      '<html lang="gu" dir="ltr">',
    );
  });
});
