/**
 * A catalogue format reads a catalogue file into entries (one per message key, with the message
 * as ICU and the file's own representation kept as `raw`) and writes entries back. Keeping `raw`
 * is what lets an import that changes nothing leave the file byte-identical.
 */
export interface Entry {
  key: string;
  /** The message in ICU MessageFormat. */
  icu: string;
  /** The message as the file holds it; only the format that read it looks inside. */
  raw: unknown;
}

/** A message the format could not read: reported by `check`, refused by `import`. */
export interface EntryProblem {
  key: string;
  problem: string;
}

export interface ReadCatalogue {
  /** Fields that are not messages (inlang's `$schema`), written back first, unchanged. */
  header: Record<string, unknown>;
  entries: Entry[];
  problems: EntryProblem[];
}

export interface CatalogueFormat {
  read(json: unknown): ReadCatalogue;
  /** The file's JSON value for these entries, in the order given. */
  write(header: Record<string, unknown>, entries: readonly Entry[]): unknown;
  /**
   * The raw form of a translation given as ICU. `english` is English's entry for the key, whose
   * structure (inlang's declarations) a translation follows. Throws `IcuError` when the format
   * cannot carry the message.
   */
  fromIcu(key: string, icu: string, english: Entry): unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
