import { createHash } from 'node:crypto';

/**
 * A fingerprint of the English a translation was made from. A translation keeps the fingerprint of
 * the English it was made from; when the English changes (an officer's edit, a data.police.uk
 * import), the fingerprints differ and staff see the translation needs redoing. A fingerprint
 * rather than a date: `updatedAt` also moves when only the status changes, which leaves the words
 * as they were.
 */
export function englishFingerprint(...texts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex');
}
