import { v5 as uuidv5 } from 'uuid';

/** Namespace for ids derived from stable names (demo data, imports). */
const NAMESPACE = '6f1c2f7e-5d0b-4b59-9a57-2f8d3c1e9a10';

/**
 * A UUID that is always the same for the same kind and key. The three services seed the same
 * demo force independently, so they must agree on each neighbourhood's id without sharing tables.
 */
export function stableId(kind: string, key: string): string {
  return uuidv5(`${kind}:${key}`, NAMESPACE);
}
