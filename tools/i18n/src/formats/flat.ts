import { I18nError } from '../errors.ts';
import { inlangFormat } from './inlang.ts';
import { IcuError } from '../icu.ts';
import { isRecord, type CatalogueFormat } from './format.ts';

/**
 * The "Your Views" questions: a flat object, key → text. The text is read like an inlang pattern
 * (`{variable}`), but a question has no plurals: the keys are data, one string each.
 */
export const flatFormat: CatalogueFormat = {
  read(json) {
    if (!isRecord(json)) throw new I18nError('the catalogue is not a JSON object');
    const read = inlangFormat.read(json);
    const problems = [...read.problems];
    const entries = read.entries.filter((entry) => {
      if (typeof entry.raw === 'string') return true;
      problems.push({ key: entry.key, problem: 'is not a string' });
      return false;
    });
    return { header: read.header, entries, problems };
  },
  write: inlangFormat.write,
  fromIcu(key, icu, english) {
    const raw = inlangFormat.fromIcu(key, icu, english);
    if (typeof raw !== 'string') throw new IcuError('a question cannot have a plural');
    return raw;
  },
};
