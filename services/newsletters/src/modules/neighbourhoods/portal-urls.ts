/** Pages of the public portal that emails link to, from its base URL (which may carry a path). */
function portalUrl(portalBaseUrl: string, path: string): URL {
  const base = new URL(portalBaseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path, base);
}

/** `<PORTAL_URL>/neighbourhoods/<slug>/newsletters/<YYYY-MM>`: the web page. */
export function newsletterPageUrl(portalBaseUrl: string, slug: string, month: string): string {
  return portalUrl(portalBaseUrl, `neighbourhoods/${encodeURIComponent(slug)}/newsletters/${month}`)
    .href;
}

/** `<PORTAL_URL>/neighbourhoods/<slug>#events`: the team page's events. */
export function teamEventsUrl(portalBaseUrl: string, slug: string): string {
  const url = portalUrl(portalBaseUrl, `neighbourhoods/${encodeURIComponent(slug)}`);
  url.hash = 'events';
  return url.href;
}

/** `<PORTAL_URL>/your-views/answer?token=…`: where a survey invitation leads. */
export function surveyAnswerUrl(portalBaseUrl: string, token: string): string {
  const url = portalUrl(portalBaseUrl, 'your-views/answer');
  url.searchParams.set('token', token);
  return url.href;
}

/** `<PORTAL_URL>/polls/<id>`: where a quick poll is answered. */
export function pollPageUrl(portalBaseUrl: string, pollId: string): string {
  return portalUrl(portalBaseUrl, `polls/${encodeURIComponent(pollId)}`).href;
}
