import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * ICU MessageFormat is the common language of the three catalogue formats: what the XLIFF file
 * carries, what placeholders are compared in, and what the English hash is taken of. We support
 * the subset our catalogues can express: text, `{variable}` and (nested) `plural`.
 */

/** A piece of a message with every plural resolved: text, or a variable to fill in. */
export type Part = { text: string } | { variable: string };

/** One way the message reads: the plural category chosen for each plural variable. */
export interface Variant {
  /** variable → ICU plural key ("one", "other", "=0"), in the order the plurals nest. */
  selectors: Map<string, string>;
  parts: Part[];
}

export class IcuError extends Error {}

export function parseIcu(message: string): MessageFormatElement[] {
  try {
    return parse(message, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    throw new IcuError(`invalid ICU message (${(error as Error).message})`);
  }
}

/** Every variable a message uses, plural selectors included, sorted. */
export function variablesOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) names.add(element.value);
      if (element.type === TYPE.plural) {
        names.add(element.value);
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parseIcu(message));
  return [...names].sort();
}

/**
 * The message's variants: each plural is expanded into one variant per option, nested plurals
 * multiply out. `#` becomes the plural's variable. Anything else (select, number formats, tags)
 * is refused: none of our catalogue formats could carry it back.
 */
export function variantsOf(message: string): Variant[] {
  const expand = (elements: MessageFormatElement[], selectors: Map<string, string>): Variant[] => {
    const index = elements.findIndex((element) => element.type === TYPE.plural);
    if (index === -1) return [{ selectors, parts: elements.map(partOf) }];
    const plural = elements[index];
    if (plural?.type !== TYPE.plural) throw new IcuError('unreachable');
    if (plural.pluralType === 'ordinal' || plural.offset !== 0) {
      throw new IcuError(`"{${plural.value}, selectordinal}" and plural offsets are not supported`);
    }
    return Object.entries(plural.options).flatMap(([key, option]) => {
      const chosen: MessageFormatElement[] = option.value.map((element) =>
        element.type === TYPE.pound
          ? { type: TYPE.argument, value: plural.value, location: element.location }
          : element,
      );
      const inner = new Map(selectors).set(plural.value, key);
      return expand([...elements.slice(0, index), ...chosen, ...elements.slice(index + 1)], inner);
    });
  };
  return expand(parseIcu(message), new Map());
}

function partOf(element: MessageFormatElement): Part {
  if (element.type === TYPE.literal) return { text: element.value };
  if (element.type === TYPE.argument) return { variable: element.value };
  throw new IcuError(
    `only {variables} and {count, plural, …} are supported, not "${TYPE[element.type]}"`,
  );
}

/** Text as an ICU literal: braces quoted, apostrophes doubled only where ICU would read them. */
export function icuLiteral(text: string, inPlural: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (char === '{' || char === '}' || (inPlural && char === '#')) out += `'${char}'`;
    else if (char === "'" && (next === "'" || next === '{' || next === '}' || next === '#'))
      out += "''";
    else out += char;
  }
  return out;
}

export function icuOfParts(parts: Part[], inPlural: boolean): string {
  return parts
    .map((part) => ('variable' in part ? `{${part.variable}}` : icuLiteral(part.text, inPlural)))
    .join('');
}

/**
 * Nested ICU plurals from variants that each choose a key per selector variable (in `order`).
 * Options keep the order the variants come in.
 */
export function icuOfVariants(
  order: string[],
  variants: { keys: string[]; parts: Part[] }[],
): string {
  const build = (depth: number, group: { keys: string[]; parts: Part[] }[]): string => {
    if (depth === order.length) return icuOfParts(group[0]?.parts ?? [], depth > 0);
    const options = new Map<string, { keys: string[]; parts: Part[] }[]>();
    for (const variant of group) {
      const key = variant.keys[depth] ?? 'other';
      options.set(key, [...(options.get(key) ?? []), variant]);
    }
    const body = [...options]
      .map(([key, members]) => `${key} {${build(depth + 1, members)}}`)
      .join(' ');
    return `{${order[depth]}, plural, ${body}}`;
  };
  return build(0, variants);
}

/** The plural key of ICU ("other", "=2") as inlang writes it ("*", "2"), and back. */
export const inlangKeyOf = (icuKey: string): string =>
  icuKey === 'other' ? '*' : icuKey.replace(/^=/, '');
export const icuKeyOf = (inlangKey: string): string =>
  inlangKey === '*' ? 'other' : /^\d+$/.test(inlangKey) ? `=${inlangKey}` : inlangKey;
