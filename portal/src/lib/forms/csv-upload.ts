import type { FormErrorKey } from './error-messages.ts';

/**
 * A month of engagements or a scheduler's export is a few hundred rows, well under 100 KB; 1 MB
 * leaves room and keeps a wrong file (a photo, a spreadsheet) from travelling to the gateway.
 */
export const CSV_MAX_BYTES = 1_000_000;

export type CsvRead = { ok: true; csv: string } | { ok: false; error: FormErrorKey };

/**
 * The CSV to import: the chosen file, or, after a successful check, the checked text the page
 * sent back in a hidden field (a browser never keeps a chosen file across pages).
 */
export async function readCsvUpload(form: FormData): Promise<CsvRead> {
  const file = form.get('file');
  const checked = form.get('csv');
  if (file instanceof File && file.size > 0) {
    if (file.size > CSV_MAX_BYTES) return { ok: false, error: 'file_too_big' };
    const csv = await file.text();
    if (csv.includes('\u0000')) return { ok: false, error: 'file_not_csv' };
    if (!csv.trim()) return { ok: false, error: 'file_empty' };
    return { ok: true, csv };
  }
  if (typeof checked === 'string' && checked.trim()) {
    if (checked.length > CSV_MAX_BYTES) return { ok: false, error: 'file_too_big' };
    return { ok: true, csv: checked };
  }
  return { ok: false, error: 'file_missing' };
}
