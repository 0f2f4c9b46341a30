/**
 * The ids a field's aria-describedby lists: its hint and its error, when shown. Form components
 * give their hint the id `<name>-hint` and their error `<name>-error`.
 */
export function describedBy(
  name: string,
  shown: { hint?: string | undefined; error?: string | undefined },
): string | undefined {
  const ids = [shown.hint ? `${name}-hint` : '', shown.error ? `${name}-error` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}
