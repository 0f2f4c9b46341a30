import type { DemographicDimension } from '@engage/shared/demographics';
import type { LanguageCount } from '../geography/profile-figures.ts';
import {
  CensusImportError,
  LSOA_CODE,
  requireColumn,
  wholeNumber,
  type CsvFile,
} from './census-files.ts';

/**
 * The Census 2021 tables the importer reads, as ONS publishes them in its bulk downloads
 * (`census2021-ts021-lsoa.csv`): `date, geography, geography code`, then one column per
 * category named `<label>: <category>`, sub-categories as `<label>: <category>: <sub>`, and a
 * total. Columns are found by their header text, never their position.
 */
export const CENSUS_TABLES = {
  TS007A: { label: 'Age', title: 'Age by five-year age bands', dimension: 'AGE_BAND' },
  TS021: { label: 'Ethnic group', title: 'Ethnic group', dimension: 'ETHNIC_GROUP' },
  TS038: { label: 'Disability', title: 'Disability', dimension: 'DISABILITY' },
  TS008: { label: 'Sex', title: 'Sex', dimension: 'GENDER' },
  TS024: { label: 'Main language (detailed)', title: 'Main language (detailed)', dimension: null },
} as const satisfies Record<
  string,
  { label: string; title: string; dimension: DemographicDimension | null }
>;
export type CensusTableId = keyof typeof CENSUS_TABLES;
export const CENSUS_TABLE_IDS = Object.keys(CENSUS_TABLES) as CensusTableId[];

/** The top-level categories of the tables whose groups are named, in the product's groups. */
const NAMED_GROUPS: Partial<Record<CensusTableId, Record<string, string>>> = {
  TS021: {
    'Asian, Asian British or Asian Welsh': 'ASIAN',
    'Black, Black British, Black Welsh, Caribbean or African': 'BLACK',
    'Mixed or Multiple ethnic groups': 'MIXED',
    White: 'WHITE',
    'Other ethnic group': 'OTHER',
  },
  TS038: {
    'Disabled under the Equality Act': 'YES',
    'Not disabled under the Equality Act': 'NO',
  },
  TS008: { Female: 'WOMAN', Male: 'MAN' },
};

/** The product's age bands as whole years, the last open-ended. */
const AGE_BANDS: { group: string; from: number; to: number }[] = [
  { group: 'UNDER_18', from: 0, to: 17 },
  { group: 'AGE_18_24', from: 18, to: 24 },
  { group: 'AGE_25_34', from: 25, to: 34 },
  { group: 'AGE_35_44', from: 35, to: 44 },
  { group: 'AGE_45_54', from: 45, to: 54 },
  { group: 'AGE_55_64', from: 55, to: 64 },
  { group: 'AGE_65_74', from: 65, to: 74 },
  { group: 'AGE_75_PLUS', from: 75, to: Infinity },
];

/** The years a census age category covers: "Aged 15 to 19 years" is 15–19. */
function ageRange(category: string): { from: number; to: number } | null {
  let match = /^Aged (\d+) years? and under$/.exec(category);
  if (match) return { from: 0, to: Number(match[1]) };
  if (/^Aged under 1 year$/.test(category)) return { from: 0, to: 0 };
  match = /^Aged (\d+) to (\d+) years$/.exec(category);
  if (match) return { from: Number(match[1]), to: Number(match[2]) };
  match = /^Aged (\d+) years? and over$/.exec(category);
  if (match) return { from: Number(match[1]), to: Infinity };
  match = /^Aged (\d+) years?$/.exec(category);
  if (match) return { from: Number(match[1]), to: Number(match[1]) };
  return null;
}

/**
 * How one census age category splits over the product's bands, by the share of its years in
 * each. Only 15–19 straddles a band edge (under 18 | 18–24): 3/5 of it counts as under 18 and
 * 2/5 as 18–24. An approximation (it assumes the five years are equally populous, which they
 * nearly are); TS007's single years would make it exact, at twenty times the file size.
 */
export function ageBandShares(category: string): { group: string; share: number }[] | null {
  const range = ageRange(category);
  if (!range) return null;
  if (range.to === Infinity) {
    const band = AGE_BANDS.find((b) => range.from >= b.from && range.from <= b.to)!;
    return band.to === Infinity ? [{ group: band.group, share: 1 }] : null;
  }
  const years = range.to - range.from + 1;
  return AGE_BANDS.map((band) => ({
    group: band.group,
    share: Math.max(0, Math.min(range.to, band.to) - Math.max(range.from, band.from) + 1) / years,
  })).filter(({ share }) => share > 0);
}

/** A header as a category path: "Ethnic group: Asian…: Bangladeshi" → ["Asian…", "Bangladeshi"]. */
function categoryPath(header: string, label: string): string[] | null {
  const prefix = `${label}: `;
  if (!header.startsWith(prefix)) return null;
  // TS008's headers end "; measures: Value" (the one measure the table has).
  return header
    .slice(prefix.length)
    .replace(/; measures: Value$/, '')
    .split(': ');
}

const isTotal = (path: string[]) => path[0] === 'Total' || path[0] === 'All persons';

/** One LSOA's row of a table: its total and its (fractional, for ages) counts by group. */
export interface LsoaRow {
  total: number;
  groups: Map<string, number>;
  languages?: LanguageCount[];
}

export interface CensusTable {
  id: CensusTableId;
  file: CsvFile;
  rows: Map<string, LsoaRow>;
}

/**
 * Reads one table, refusing a file that is not it: the wrong table, a missing category, a
 * geography other than LSOAs, an LSOA twice, or groups that do not add up to the total (which
 * would mean a category was missed or a sub-category counted twice).
 */
export function readCensusTable(id: CensusTableId, file: CsvFile): CensusTable {
  const { label, title } = CENSUS_TABLES[id];
  const what = `Census 2021 ${id} (${title})`;
  const codeColumn = requireColumn(file, `${what} by LSOA`, 'geography code');
  const columns = file.headers
    .map((header, index) => ({ index, path: categoryPath(header.trim(), label) }))
    .filter((column): column is { index: number; path: string[] } => column.path !== null);
  const total = columns.find(({ path }) => isTotal(path));
  if (!total) {
    throw new CensusImportError(
      `${file.fileName} is not ${what}: no "${label}: Total" column. Its columns start: ${file.headers.slice(0, 5).join(', ')}.`,
    );
  }
  const categories = columns.filter((column) => !isTotal(column.path));
  // Only top-level categories are summed: sub-categories ("…: Bangladeshi") are already in them.
  const topLevel = categories.filter(({ path }) => path.length === 1);
  const weights = topLevel.map(({ index, path }) => ({
    index,
    shares: groupShares(id, path[0]!, file, what),
  }));
  if (id !== 'TS024') {
    const named = NAMED_GROUPS[id];
    const present = new Set(topLevel.map(({ path }) => path[0]!));
    const missing = named
      ? Object.keys(named).filter((category) => !present.has(category))
      : topLevel.length === 0
        ? ['Aged 4 years and under', '…', 'Aged 85 years and over']
        : [];
    if (missing.length > 0) {
      throw new CensusImportError(
        `${file.fileName} is not ${what}: it lacks ${missing.map((m) => `"${label}: ${m}"`).join(', ')}.`,
      );
    }
  }
  // TS024's languages: the leaves of its tree, so "Other European language (EU)" is not counted
  // beside the languages under it.
  const leaves = categories.filter(
    ({ path }) =>
      !categories.some(
        (other) =>
          other.path.length > path.length && path.every((part, k) => other.path[k] === part),
      ),
  );

  const rows = new Map<string, LsoaRow>();
  file.rows.forEach((row, rowIndex) => {
    const code = row[codeColumn]!.trim();
    if (!LSOA_CODE.test(code)) {
      throw new CensusImportError(
        `${file.fileName}, row ${rowIndex + 2}: "${code}" is not a 2021 LSOA code (E01… or W01…). Import the LSOA file (census2021-${id.toLowerCase()}-lsoa.csv); output-area and ward files are not read yet.`,
      );
    }
    if (rows.has(code)) {
      throw new CensusImportError(`${file.fileName}, row ${rowIndex + 2}: ${code} appears twice.`);
    }
    const lsoa: LsoaRow = { total: wholeNumber(file, rowIndex, total.index), groups: new Map() };
    if (id === 'TS024') {
      lsoa.languages = leaves
        .map(({ index, path }) => ({
          language: languageName(path.at(-1)!),
          count: wholeNumber(file, rowIndex, index),
        }))
        .filter(({ count }) => count > 0);
    } else {
      for (const { index, shares } of weights) {
        const count = wholeNumber(file, rowIndex, index);
        for (const { group, share } of shares) {
          lsoa.groups.set(group, (lsoa.groups.get(group) ?? 0) + count * share);
        }
      }
      const sum = Math.round([...lsoa.groups.values()].reduce((a, b) => a + b, 0));
      if (sum !== lsoa.total) {
        throw new CensusImportError(
          `${file.fileName}, row ${rowIndex + 2} (${code}): the ${label.toLowerCase()} groups add up to ${sum} but "${file.headers[total.index]}" is ${lsoa.total}; is a category missing or repeated?`,
        );
      }
    }
    rows.set(code, lsoa);
  });
  return { id, file, rows };
}

function groupShares(id: CensusTableId, category: string, file: CsvFile, what: string) {
  if (id === 'TS024') return [];
  if (id === 'TS007A') {
    const shares = ageBandShares(category);
    if (!shares) {
      throw new CensusImportError(
        `${file.fileName} is not ${what}: "${category}" is not an age band this importer knows.`,
      );
    }
    return shares;
  }
  const group = NAMED_GROUPS[id]![category];
  if (!group) {
    throw new CensusImportError(
      `${file.fileName} is not ${what}: it has a category "${category}" the table does not have.`,
    );
  }
  return [{ group, share: 1 }];
}

/** "English (English or Welsh if in Wales)" → "English". */
const languageName = (category: string) => category.replace(/\s*\([^)]*\)$/, '');
