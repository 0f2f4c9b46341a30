/** Only a path on this site: never "//elsewhere.example" or "https://…" (an open redirect). */
export function sameSitePath(value: FormDataEntryValue | null): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  if (value.includes('\\')) return '/';
  return value;
}
