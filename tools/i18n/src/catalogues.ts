import type { CatalogueFormat } from './formats/format.ts';
import { flatFormat } from './formats/flat.ts';
import { i18nextFormat } from './formats/i18next.ts';
import { inlangFormat } from './formats/inlang.ts';
import { i18nextUsage, paraglideUsage, type UsageRule } from './usage.ts';

/**
 * Every message catalogue of the product. A catalogue is a folder of `<language code>.json`
 * files (English is the source), with `status/<code>.json` (draft / reviewed) and an optional
 * `context.json` (key → a note for translators) beside them. Adding a catalogue is one entry.
 */
export interface CatalogueDefinition {
  /** Named in every problem and as the XLIFF `<file id>`. */
  id: string;
  dir: string;
  /** What the catalogue holds, for the translator (the XLIFF file's note). */
  description: string;
  format: CatalogueFormat;
  /** How to tell a key is used; null when the keys are data (no "unused" rule). */
  usage: UsageRule | null;
  /** Skipped, not an error, when the folder has no en.json yet. */
  optional: boolean;
}

export const CATALOGUES: readonly CatalogueDefinition[] = [
  {
    id: 'portal',
    dir: 'portal/messages',
    description: 'The Neighbourhood Link website: public pages for residents and the staff area.',
    format: inlangFormat,
    usage: paraglideUsage(['portal/src']),
    optional: false,
  },
  {
    id: 'mail',
    dir: 'services/newsletters/src/modules/mail-templates/messages',
    description:
      'Emails to residents: confirmation, newsletters, invitations, alerts (HTML, large print and plain text).',
    format: i18nextFormat,
    usage: i18nextUsage(['services/newsletters/src']),
    optional: false,
  },
  {
    id: 'survey',
    dir: 'services/surveys/src/modules/questions/messages',
    description:
      'The standard "Your Views" survey questions and answer choices. Answers in every language count the same, so keep the meaning exact.',
    format: flatFormat,
    usage: null,
    optional: true,
  },
];

export const catalogueFile = (definition: CatalogueDefinition, code: string): string =>
  `${definition.dir}/${code}.json`;
export const statusFile = (definition: CatalogueDefinition, code: string): string =>
  `${definition.dir}/status/${code}.json`;
export const contextFile = (definition: CatalogueDefinition): string =>
  `${definition.dir}/context.json`;
