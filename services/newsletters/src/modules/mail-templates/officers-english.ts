import { languageOf } from '@engage/shared/languages';
import type { Block, ForeignLanguage, TextBlock } from './mail-document.ts';
import type { MailMessages } from './mail-messages.ts';

const ENGLISH: ForeignLanguage = { tag: languageOf('en').tag, dir: languageOf('en').dir };

/**
 * Officers write in English (an alert, an issue nobody has translated). In a mail in another
 * language, what they wrote is marked English (`lang`, `dir`, aligned left even in an Urdu mail);
 * in an English mail it is just text.
 */
export function officersEnglish(m: MailMessages): (blocks: TextBlock[]) => Block[] {
  if (m.language.code === 'en') return (blocks) => blocks;
  return (blocks) => (blocks.length === 0 ? [] : [{ kind: 'foreign', language: ENGLISH, blocks }]);
}
