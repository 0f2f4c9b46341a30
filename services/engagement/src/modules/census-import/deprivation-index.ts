import { CensusImportError, findColumn, requireColumn, type CsvFile } from './census-files.ts';

const DECILE_HEADER =
  'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)';

export interface DeprivationIndex {
  file: CsvFile;
  /** "LSOA 2011" (IoD2019) or "LSOA 2021" (IoD2025). */
  geographyLevel: string;
  release: string;
  decileByLsoa: Map<string, number>;
}

/**
 * The English Indices of Deprivation, "File 7" (all ranks, deciles and scores) as MHCLG
 * publishes it: an LSOA code column, 2011 codes (IoD2019) or 2021 codes (IoD2025), and the IMD
 * decile. Most LSOA codes did not change in 2021, so 2011 codes are matched as they are; an LSOA
 * that was split or merged has no decile and is left out of the team's average.
 */
export function readDeprivationIndex(file: CsvFile, release?: string): DeprivationIndex {
  const what = 'the English Indices of Deprivation (File 7)';
  const code2021 = findColumn(file, 'LSOA code (2021)');
  const codeColumn = code2021 >= 0 ? code2021 : requireColumn(file, what, 'LSOA code (2011)');
  const decileColumn = requireColumn(file, what, DECILE_HEADER);
  const decileByLsoa = new Map<string, number>();
  file.rows.forEach((row, index) => {
    const decile = Number(row[decileColumn]);
    if (!Number.isInteger(decile) || decile < 1 || decile > 10) {
      throw new CensusImportError(
        `${file.fileName}, row ${index + 2}: the IMD decile is "${row[decileColumn]}", not 1 to 10.`,
      );
    }
    decileByLsoa.set(row[codeColumn]!.trim(), decile);
  });
  return {
    file,
    geographyLevel: code2021 >= 0 ? 'LSOA 2021' : 'LSOA 2011',
    release:
      release ?? `English Indices of Deprivation ${code2021 >= 0 ? '2025' : '2019'} (IMD deciles)`,
    decileByLsoa,
  };
}
