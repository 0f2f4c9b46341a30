import { LANGUAGES, RESIDENT_LANGUAGES, type ResidentLanguage } from '../languages.ts';
import { graphqlEnum } from './graphql-enum.ts';

/**
 * The supergraph's one `ResidentLanguage` enum, registered from shared/src/languages.ts by every
 * subgraph that has it, so federation always sees the same values.
 */
export const ResidentLanguageEnum = graphqlEnum(
  'ResidentLanguage',
  RESIDENT_LANGUAGES,
  `A language residents can choose: ${LANGUAGES.map((language) => language.englishName).join(', ')}.`,
  Object.fromEntries(
    LANGUAGES.map((language) => [
      language.code.toUpperCase(),
      language.englishName === language.name
        ? `${language.englishName}.`
        : `${language.englishName} (${language.name}).`,
    ]),
  ) as Record<ResidentLanguage, string>,
);
