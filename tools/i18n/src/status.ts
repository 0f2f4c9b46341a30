import { I18nError } from './errors.ts';
import { createHash } from 'node:crypto';
import { isRecord } from './formats/format.ts';

/**
 * Whether a translation is a draft or was reviewed by a native speaker, per key. A key is
 * reviewed when its status file lists it with the hash of the English it was reviewed against;
 * when the English changes, the hash no longer matches and the key counts as a draft again
 * ("stale") until someone reviews it anew.
 */
export interface TranslationStatus {
  $comment: string;
  translator: string;
  /** key → `englishHash` of the English source the translation was reviewed against. */
  reviewed: Record<string, string>;
}

export type KeyState = 'missing' | 'draft' | 'stale' | 'reviewed';

export const STATUS_COMMENT =
  'Which translations in the catalogue beside this folder a native speaker has reviewed: key → the first 12 hex digits of the SHA-256 of the English (as ICU) they reviewed. A key not listed is a draft; one whose English has changed since is a draft again. Written by `pnpm i18n import`; see the README, "Translating".';

export const DEVELOPERS_DRAFT =
  'First drafts by the Neighbourhood Link developers; not yet reviewed by a native speaker.';

export function newStatus(): TranslationStatus {
  return { $comment: STATUS_COMMENT, translator: DEVELOPERS_DRAFT, reviewed: {} };
}

export function englishHash(icu: string): string {
  return createHash('sha256').update(icu, 'utf8').digest('hex').slice(0, 12);
}

export function parseStatus(json: unknown): TranslationStatus {
  const valid =
    isRecord(json) &&
    typeof json.$comment === 'string' &&
    typeof json.translator === 'string' &&
    isRecord(json.reviewed) &&
    Object.values(json.reviewed).every((hash) => typeof hash === 'string');
  if (!valid) throw new I18nError('is not { "$comment", "translator", "reviewed": { key: hash } }');
  return json as unknown as TranslationStatus;
}

export function stateOf(
  status: TranslationStatus | undefined,
  key: string,
  englishIcu: string,
  translated: boolean,
): KeyState {
  if (!translated) return 'missing';
  const hash = status?.reviewed[key];
  if (hash === undefined) return 'draft';
  return hash === englishHash(englishIcu) ? 'reviewed' : 'stale';
}

/** The status with `reviewed` in the English key order, so rewrites are stable. */
export function orderedStatus(status: TranslationStatus, keyOrder: string[]): TranslationStatus {
  const position = new Map(keyOrder.map((key, index) => [key, index]));
  const reviewed = Object.entries(status.reviewed).sort(
    ([a], [b]) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity),
  );
  return { ...status, reviewed: Object.fromEntries(reviewed) };
}
