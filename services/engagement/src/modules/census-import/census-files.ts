import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Something wrong with the files or the command: said to the person running it, as it is. */
export class CensusImportError extends Error {
  override name = 'CensusImportError';
}

/** A CSV as read, with what provenance needs: its name, its hash and how many data rows. */
export interface CsvFile {
  path: string;
  fileName: string;
  sha256: string;
  headers: string[];
  rows: string[][];
}

export async function readCsvFile(path: string): Promise<CsvFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new CensusImportError(`Cannot read ${path}: ${reason}.`);
  }
  let records: string[][];
  try {
    records = parse(bytes, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    throw new CensusImportError(
      `${basename(path)} is not a readable CSV file: ${(error as Error).message}`,
    );
  }
  const [headers, ...rows] = records;
  if (!headers) throw new CensusImportError(`${basename(path)} is empty.`);
  return {
    path,
    fileName: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    headers,
    rows,
  };
}

/** The index of a column found by its header text (case and spacing aside), or -1. */
export function findColumn(file: CsvFile, ...names: string[]): number {
  const wanted = names.map(normalise);
  return file.headers.findIndex((header) => wanted.includes(normalise(header)));
}

export function requireColumn(file: CsvFile, what: string, ...names: string[]): number {
  const index = findColumn(file, ...names);
  if (index < 0) {
    throw new CensusImportError(
      `${file.fileName} is not ${what}: it has no "${names[0]}" column. Its columns are: ${file.headers.slice(0, 6).join(', ')}${file.headers.length > 6 ? ', …' : ''}.`,
    );
  }
  return index;
}

/** A count from a cell: a whole number ≥ 0, or a refusal naming the file, row and column. */
export function wholeNumber(file: CsvFile, rowIndex: number, column: number): number {
  const text = file.rows[rowIndex]![column] ?? '';
  if (!/^\d+$/.test(text)) {
    throw new CensusImportError(
      `${file.fileName}, row ${rowIndex + 2}: "${file.headers[column]}" is "${text}", not a whole number.`,
    );
  }
  return Number(text);
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** 2021 LSOA codes: E01… in England, W01… in Wales. */
export const LSOA_CODE = /^[EW]01\d{6}$/;
