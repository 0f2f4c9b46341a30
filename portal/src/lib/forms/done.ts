/**
 * What an action just did, told to the page it redirects to as `?done=<what>` (POST, redirect,
 * GET): the page shows a success banner, with or without JavaScript. Only the words a page
 * expects are read; anything else in the address shows nothing.
 */
export function doneIn<Done extends string>(url: URL, expected: readonly Done[]): Done | null {
  const done = url.searchParams.get('done');
  return done !== null && (expected as readonly string[]).includes(done) ? (done as Done) : null;
}

/** The address to redirect to after a successful action: `path?done=<what>`. */
export function withDone(path: string, done: string): string {
  return `${path}?done=${encodeURIComponent(done)}`;
}
