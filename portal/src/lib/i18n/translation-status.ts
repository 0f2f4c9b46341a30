import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '@engage/shared/languages';
import summary from './translation-status.json' with { type: 'json' };

/**
 * How far each language's translation has got, for admins: written by `pnpm i18n sync` from
 * the catalogues' status files (tools/i18n), which the portal does not ship.
 */
export type CatalogueId = 'portal' | 'mail' | 'survey';

export interface CatalogueProgress {
  catalogue: CatalogueId;
  keys: number;
  translated: number;
  reviewed: number;
  /** Reviewed against English that has changed since: drafts again. */
  stale: number;
  /** 0–100. */
  reviewedPercent: number;
}

export interface LanguageProgress {
  language: Language;
  catalogues: CatalogueProgress[];
  total: Omit<CatalogueProgress, 'catalogue'>;
}

const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

export function translationProgress(): LanguageProgress[] {
  return LANGUAGES.filter(({ code }) => code !== SOURCE_LANGUAGE).map((language) => {
    const found = summary.languages.find(({ code }) => code === language.code);
    const catalogues = (found?.catalogues ?? []).map((row) => ({
      catalogue: row.catalogue as CatalogueId,
      keys: row.keys,
      translated: row.translated,
      reviewed: row.reviewed,
      stale: row.stale,
      reviewedPercent: percent(row.reviewed, row.keys),
    }));
    const sum = (field: 'keys' | 'translated' | 'reviewed' | 'stale') =>
      catalogues.reduce((total, row) => total + row[field], 0);
    const keys = sum('keys');
    const reviewed = sum('reviewed');
    return {
      language,
      catalogues,
      total: {
        keys,
        translated: sum('translated'),
        reviewed,
        stale: sum('stale'),
        reviewedPercent: percent(reviewed, keys),
      },
    };
  });
}
