import { I18nError } from '../errors.ts';
import {
  IcuError,
  icuKeyOf,
  icuOfParts,
  icuOfVariants,
  inlangKeyOf,
  variablesOf,
  variantsOf,
  type Part,
} from '../icu.ts';
import { isRecord, type CatalogueFormat, type Entry, type EntryProblem } from './format.ts';

/**
 * The portal's catalogues: inlang's message format. A message is a pattern string with
 * `{variable}`s, or a one-element array `[{ declarations, selectors, match }]` whose `match` maps
 * "countPlural=one" (several selectors: "a=one, b=*") to a pattern, "*" being the catch-all.
 */
interface Structured {
  declarations: string[];
  selectors: string[];
  match: Record<string, string>;
}

export const inlangFormat: CatalogueFormat = {
  read(json) {
    if (!isRecord(json)) throw new I18nError('the catalogue is not a JSON object');
    const header: Record<string, unknown> = {};
    const entries: Entry[] = [];
    const problems: EntryProblem[] = [];
    for (const [key, raw] of Object.entries(json)) {
      if (key.startsWith('$')) header[key] = raw;
      else {
        try {
          entries.push({ key, icu: icuOfRaw(raw), raw });
        } catch (error) {
          problems.push({ key, problem: (error as Error).message });
        }
      }
    }
    return { header, entries, problems };
  },
  write(header, entries) {
    return { ...header, ...Object.fromEntries(entries.map((entry) => [entry.key, entry.raw])) };
  },
  fromIcu(_key, icu, english) {
    const variants = variantsOf(icu);
    const plurals = [...new Set(variants.flatMap((variant) => [...variant.selectors.keys()]))];
    if (plurals.length === 0) return patternOf(variants[0]?.parts ?? []);
    const { declarations, selectors } = structureFor(plurals, variablesOf(icu), english.raw);
    const match: Record<string, string> = {};
    for (const variant of variants) {
      const key = selectors
        .map(
          ({ name, variable }) =>
            `${name}=${inlangKeyOf(variant.selectors.get(variable) ?? 'other')}`,
        )
        .join(', ');
      match[key] = patternOf(variant.parts);
    }
    return [{ declarations, selectors: selectors.map((selector) => selector.name), match }];
  },
};

function icuOfRaw(raw: unknown): string {
  if (typeof raw === 'string') return icuOfParts(partsOf(raw), false);
  const structured = Array.isArray(raw) && raw.length === 1 ? raw[0] : undefined;
  if (!isStructured(structured)) {
    throw new IcuError('is neither a string nor [{ declarations, selectors, match }]');
  }
  const locals = localsOf(structured.declarations);
  const variables = structured.selectors.map((selector) => locals.get(selector) ?? selector);
  const variants = Object.entries(structured.match).map(([matchKey, pattern]) => {
    const chosen = new Map(
      matchKey.split(',').map((condition) => {
        const [name = '', value = ''] = condition.trim().split('=');
        return [name, value];
      }),
    );
    const keys = structured.selectors.map((selector) => icuKeyOf(chosen.get(selector) ?? '*'));
    return { keys, parts: partsOf(pattern) };
  });
  if (!variants.some((variant) => variant.keys.every((key) => key === 'other'))) {
    const catchAll = structured.selectors.map((selector) => `${selector}=*`).join(', ');
    throw new IcuError(`has a plural without the catch-all variant "${catchAll}"`);
  }
  return icuOfVariants(variables, variants);
}

function isStructured(value: unknown): value is Structured {
  return (
    isRecord(value) &&
    Array.isArray(value.declarations) &&
    value.declarations.every((item) => typeof item === 'string') &&
    Array.isArray(value.selectors) &&
    value.selectors.every((item) => typeof item === 'string') &&
    isRecord(value.match) &&
    Object.values(value.match).every((item) => typeof item === 'string')
  );
}

/** "local countPlural = count: plural" → countPlural → count. */
function localsOf(declarations: string[]): Map<string, string> {
  const locals = new Map<string, string>();
  for (const declaration of declarations) {
    const local = /^local\s+(\w+)\s*=\s*(\w+)\s*:\s*plural\b/.exec(declaration);
    if (local?.[1] && local[2]) locals.set(local[1], local[2]);
  }
  return locals;
}

/** A translation's declarations follow English's when it selects on the same variables. */
function structureFor(
  plurals: string[],
  variables: string[],
  englishRaw: unknown,
): { declarations: string[]; selectors: { name: string; variable: string }[] } {
  const english = Array.isArray(englishRaw) ? englishRaw[0] : undefined;
  if (isStructured(english)) {
    const locals = localsOf(english.declarations);
    const selectors = english.selectors.map((name) => ({
      name,
      variable: locals.get(name) ?? name,
    }));
    const same =
      selectors.length === plurals.length &&
      selectors.every((selector) => plurals.includes(selector.variable));
    if (same) return { declarations: english.declarations, selectors };
  }
  const selectors = plurals.map((variable) => ({ name: `${variable}Plural`, variable }));
  return {
    declarations: [
      ...variables.map((variable) => `input ${variable}`),
      ...selectors.map(({ name, variable }) => `local ${name} = ${variable}: plural`),
    ],
    selectors,
  };
}

/** An inlang pattern: text and `{variable}`s. */
function partsOf(pattern: string): Part[] {
  const parts: Part[] = [];
  let rest = pattern;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const text = open === -1 ? rest : rest.slice(0, open);
    if (text.includes('}')) throw new IcuError('has a "}" without its "{"');
    if (text) parts.push({ text });
    if (open === -1) break;
    const close = rest.indexOf('}', open);
    const variable = rest.slice(open + 1, close);
    if (close === -1 || !/^\w+$/.test(variable)) {
      throw new IcuError(`has a "{" that is not a {variable}`);
    }
    parts.push({ variable });
    rest = rest.slice(close + 1);
  }
  return parts;
}

function patternOf(parts: Part[]): string {
  return parts
    .map((part) => {
      if ('variable' in part) return `{${part.variable}}`;
      if (/[{}]/.test(part.text)) throw new IcuError('inlang patterns cannot hold "{" or "}"');
      return part.text;
    })
    .join('');
}
