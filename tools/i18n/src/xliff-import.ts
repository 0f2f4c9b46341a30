import { existsSync, readFileSync } from 'node:fs';
import { LANGUAGES, SOURCE_LANGUAGE, languageOf } from '@engage/shared/languages';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { differentPlaceholders } from './check.ts';
import { I18nError } from './errors.ts';
import type { Entry } from './formats/format.ts';
import { isRecord } from './formats/format.ts';
import { IcuError } from './icu.ts';
import { canonicalText, loadCatalogues, type LanguageFile, type LoadedCatalogue } from './load.ts';
import type { Repo } from './repo.ts';
import { englishHash, newStatus, orderedStatus, type TranslationStatus } from './status.ts';
import { SEGMENT_STATES, XLIFF_NAMESPACE, type SegmentState } from './xliff-shape.ts';

/** The file was not imported: nothing was written. `reasons` has one line per problem. */
export class ImportRefused extends I18nError {
  constructor(
    message: string,
    readonly reasons: string[],
  ) {
    super(message);
  }
}

/** A translator's unit, as read from the file. */
interface Unit {
  key: string;
  source: string;
  target: string | undefined;
  state: SegmentState;
}

/** What one catalogue will become, checked in full before anything is written. */
interface Change {
  catalogue: LoadedCatalogue;
  language: LanguageFile;
  entries: Entry[];
  status: TranslationStatus;
  written: number;
  reviewed: number;
}

/**
 * Reads an XLIFF 2.0 file (one of `export`'s, back from a translator) and writes its targets into
 * the catalogues and its states into the status files: reviewed/final → reviewed against today's
 * English; initial/translated → draft. Everything is checked first; any problem refuses the
 * whole file, so a half-imported language never happens.
 */
export async function importXliff(repo: Repo, path: string): Promise<string[]> {
  if (!existsSync(path)) throw new I18nError(`${path} does not exist`);
  const xml = readFileSync(path, 'utf8');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportRefused(`${path} is not well-formed XML`, [
      `line ${valid.err.line}: ${valid.err.msg}`,
    ]);
  }
  const root = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['file', 'unit', 'group', 'segment', 'note'].includes(name),
  }).parse(xml) as Record<string, unknown>;
  const xliff = root.xliff;
  if (!isRecord(xliff) || xliff['@_version'] !== '2.0' || xliff['@_xmlns'] !== XLIFF_NAMESPACE) {
    throw new ImportRefused(`${path} is not an XLIFF 2.0 document`, []);
  }
  const code = languageFor(String(xliff['@_trgLang'] ?? ''), path);
  if (xliff['@_srcLang'] !== languageOf(SOURCE_LANGUAGE).tag) {
    throw new ImportRefused(`${path} is not translated from English`, [
      `its srcLang is "${String(xliff['@_srcLang'])}", not "${languageOf(SOURCE_LANGUAGE).tag}"`,
    ]);
  }
  const catalogues = new Map(loadCatalogues(repo).map((c) => [c.definition.id, c]));
  const reasons: string[] = [];
  const warnings: string[] = [];
  const changes: Change[] = [];
  for (const file of asArray(xliff.file)) {
    const id = String(file['@_id'] ?? '');
    const catalogue = catalogues.get(id);
    if (!catalogue) {
      reasons.push(`<file id="${id}"> is not a catalogue (${[...catalogues.keys()].join(', ')})`);
      continue;
    }
    const change = plan(catalogue, code, unitsOf(file), reasons, warnings);
    if (change) changes.push(change);
  }
  if (reasons.length > 0) {
    throw new ImportRefused(`${path} was not imported; nothing was written:`, reasons);
  }
  const report = warnings.map((warning) => `warning: ${warning}`);
  for (const change of changes) {
    const { catalogue, language } = change;
    // A language with no file and nothing translated stays without one.
    if (language.text !== undefined || change.entries.length > 0) {
      const text = await canonicalText(repo, catalogue, language, change.entries);
      if (text !== language.text) repo.write(language.file, text);
    }
    const order = catalogue.english.entries.map((entry) => entry.key);
    const status = await repo.formatJson(language.statusFile, orderedStatus(change.status, order));
    if (status !== language.statusText) repo.write(language.statusFile, status);
    report.push(
      `${catalogue.definition.id}: ${change.written} translations, ${change.reviewed} reviewed (${language.file})`,
    );
  }
  return report;
}

function languageFor(trgLang: string, path: string): string {
  const language = LANGUAGES.find(({ tag, code }) => tag === trgLang || code === trgLang);
  if (!language) {
    throw new ImportRefused(`${path} is for a language we do not have`, [
      `its trgLang is "${trgLang}"; the languages are ${LANGUAGES.map((l) => l.tag).join(', ')} (shared/src/languages.ts)`,
    ]);
  }
  if (language.code === SOURCE_LANGUAGE) {
    throw new ImportRefused(`${path} translates into English, the source language`, []);
  }
  return language.code;
}

function plan(
  catalogue: LoadedCatalogue,
  code: string,
  units: Unit[],
  reasons: string[],
  warnings: string[],
): Change | undefined {
  const { definition, english } = catalogue;
  const language = catalogue.languages.find((candidate) => candidate.code === code);
  if (!language) return undefined;
  if (language.error || (language.read?.problems.length ?? 0) > 0) {
    reasons.push(`${definition.id}: ${language.file} has problems of its own: run pnpm i18n check`);
    return undefined;
  }
  const entries = new Map(language.read?.entries.map((entry) => [entry.key, entry]));
  const status = structuredClone(language.status ?? newStatus());
  let written = 0;
  let reviewed = 0;
  for (const unit of units) {
    const where = `${definition.id}: "${unit.key}"`;
    const source = english.byKey.get(unit.key);
    if (!source) {
      reasons.push(`${where} is not a key of the English catalogue (${english.file})`);
      continue;
    }
    if (unit.target === undefined || unit.target === '') continue;
    const existing = entries.get(unit.key);
    try {
      const placeholders = differentPlaceholders(source.icu, unit.target);
      if (placeholders) {
        reasons.push(`${where}: the translation ${placeholders}`);
        continue;
      }
      // The same ICU as the catalogue holds: keep the file's own form of it, byte for byte.
      if (existing?.icu !== unit.target) {
        const raw = definition.format.fromIcu(unit.key, unit.target, source);
        entries.set(unit.key, { key: unit.key, icu: unit.target, raw });
      }
    } catch (error) {
      if (!(error instanceof IcuError)) throw error;
      reasons.push(`${where}: ${error.message}`);
      continue;
    }
    written++;
    const hash = englishHash(source.icu);
    if (unit.state === 'reviewed' || unit.state === 'final') {
      if (unit.source === source.icu) {
        status.reviewed[unit.key] = hash;
        reviewed++;
      } else {
        delete status.reviewed[unit.key];
        warnings.push(
          `${where}: the English has changed since this file was exported, so the translation stays a draft`,
        );
      }
    } else if (status.reviewed[unit.key] === hash) {
      // A draft now. A stale entry stays as it is: it is a draft already, and it records what
      // was last reviewed.
      delete status.reviewed[unit.key];
    }
  }
  return { catalogue, language, entries: [...entries.values()], status, written, reviewed };
}

function unitsOf(file: Record<string, unknown>): Unit[] {
  const units: Unit[] = [];
  const visit = (node: Record<string, unknown>): void => {
    for (const group of asArray(node.group)) visit(group);
    for (const unit of asArray(node.unit)) {
      const segments = asArray(unit.segment);
      // A tool may split a unit into segments; the message is all of them, in order.
      const join = (part: 'source' | 'target'): string | undefined => {
        const texts = segments.map((segment) => textOf(segment[part]));
        return texts.every((text) => text === undefined) ? undefined : texts.join('');
      };
      const states = segments.map((segment) => stateOf(segment['@_state']));
      const state = SEGMENT_STATES.find((candidate) => states.includes(candidate)) ?? 'initial';
      units.push({
        key: String(unit['@_id'] ?? ''),
        source: join('source') ?? '',
        target: join('target'),
        state,
      });
    }
  };
  visit(file);
  return units;
}

function stateOf(value: unknown): SegmentState {
  return SEGMENT_STATES.find((state) => state === value) ?? 'initial';
}

function textOf(node: unknown): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node === 'string') return node;
  if (isRecord(node)) return typeof node['#text'] === 'string' ? node['#text'] : '';
  return undefined;
}

function asArray(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isRecord);
}
