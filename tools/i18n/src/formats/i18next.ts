import { I18nError } from '../errors.ts';
import { IcuError, icuOfParts, icuOfVariants, variantsOf, type Part } from '../icu.ts';
import { isRecord, type CatalogueFormat, type Entry, type EntryProblem } from './format.ts';

/**
 * The mail catalogues: i18next's nested JSON. A key is the dotted path ("confirmation.expires"),
 * `{{variable}}` fills in a value, and a plural is one leaf per CLDR category with the category
 * as a suffix ("expires_one", "expires_other"), chosen by `count`; `_other` is the catch-all.
 */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const SUFFIX = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);

/** The leaves of one message: [category, text], or a single ['', text] when it is not a plural. */
type Leaves = [string, string][];

export const i18nextFormat: CatalogueFormat = {
  read(json) {
    if (!isRecord(json)) throw new I18nError('the catalogue is not a JSON object');
    const groups = new Map<string, Leaves>();
    const problems: EntryProblem[] = [];
    const visit = (node: Record<string, unknown>, prefix: string): void => {
      for (const [name, value] of Object.entries(node)) {
        if (isRecord(value)) visit(value, `${prefix}${name}.`);
        else if (typeof value !== 'string') {
          problems.push({ key: `${prefix}${name}`, problem: 'is neither a string nor a group' });
        } else {
          const plural = SUFFIX.exec(name);
          const key = `${prefix}${plural?.[1] ?? name}`;
          groups.set(key, [...(groups.get(key) ?? []), [plural?.[2] ?? '', value]]);
        }
      }
    };
    visit(json, '');
    const entries: Entry[] = [];
    for (const [key, leaves] of groups) {
      try {
        entries.push({ key, icu: icuOfLeaves(leaves), raw: leaves });
      } catch (error) {
        problems.push({ key, problem: (error as Error).message });
      }
    }
    return { header: {}, entries, problems };
  },
  write(header, entries) {
    const root: Record<string, unknown> = { ...header };
    for (const entry of entries) {
      const path = entry.key.split('.');
      const leaf = path.pop() ?? '';
      let node = root;
      for (const name of path) {
        const child = node[name];
        node = isRecord(child) ? child : (node[name] = {});
      }
      for (const [category, text] of entry.raw as Leaves) {
        node[category ? `${leaf}_${category}` : leaf] = text;
      }
    }
    return root;
  },
  fromIcu(key, icu) {
    const variants = variantsOf(icu);
    const plurals = [...new Set(variants.flatMap((variant) => [...variant.selectors.keys()]))];
    if (plurals.length === 0) return [['', textOf(variants[0]?.parts ?? [])]] satisfies Leaves;
    if (plurals.length > 1 || plurals[0] !== 'count') {
      throw new IcuError('a mail message can only have one plural, chosen by {count}');
    }
    const leaves = new Map<string, string>();
    for (const variant of variants) {
      const category = variant.selectors.get('count') ?? 'other';
      if (!(CATEGORIES as readonly string[]).includes(category)) {
        throw new IcuError(`i18next has no plural form "${category}" (use zero, one, …, other)`);
      }
      leaves.set(category, textOf(variant.parts));
    }
    return CATEGORIES.filter((category) => leaves.has(category)).map(
      (category) => [category, leaves.get(category) ?? ''] as [string, string],
    ) satisfies Leaves;
  },
};

function icuOfLeaves(leaves: Leaves): string {
  if (leaves.length === 1 && leaves[0]?.[0] === '') return icuOfParts(partsOf(leaves[0][1]), false);
  if (leaves.some(([category]) => category === '')) {
    throw new IcuError('is both a plain message and a plural');
  }
  if (!leaves.some(([category]) => category === 'other')) {
    throw new IcuError('has a plural without the catch-all "_other"');
  }
  return icuOfVariants(
    ['count'],
    leaves.map(([category, text]) => ({ keys: [category], parts: partsOf(text) })),
  );
}

function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ variable: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

function textOf(parts: Part[]): string {
  return parts
    .map((part) => {
      if ('variable' in part) return `{{${part.variable}}}`;
      if (part.text.includes('{{')) throw new IcuError('i18next text cannot hold "{{"');
      return part.text;
    })
    .join('');
}
