import {
  EMAIL_FORMATS,
  RESIDENT_LANGUAGES,
  type EmailFormat,
} from '#lib/newsletters/newsletters.ts';
import type { ResidentLanguage } from '#lib/newsletters/newsletters.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { emailPreview } from './staff.server.ts';

/** The email a subscriber would get, in the format and language chosen in the query string. */
export async function emailPreviewFor(gateway: Gateway, id: string, url: URL) {
  const asked = {
    format: url.searchParams.get('format'),
    language: url.searchParams.get('language'),
  };
  const format: EmailFormat = EMAIL_FORMATS.find((value) => value === asked.format) ?? 'HTML';
  const language: ResidentLanguage =
    RESIDENT_LANGUAGES.find((value) => value === asked.language) ?? 'EN';
  return { format, language, email: await emailPreview(gateway, id, format, language) };
}
