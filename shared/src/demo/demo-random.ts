import { createHash } from 'node:crypto';

/**
 * A repeatable number in [0, 1) from a key. Demo seeds use it instead of Math.random so every
 * run, on every machine, writes the same figures (and tests can recompute them).
 */
export function demoRandom(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/** A repeatable pick from a list. */
export function demoPick<T>(key: string, items: readonly T[]): T {
  return items[Math.floor(demoRandom(key) * items.length)]!;
}
