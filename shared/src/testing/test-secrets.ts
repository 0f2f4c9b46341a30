import { randomBytes } from 'node:crypto';

/** A fresh secret per test run: tests never depend on a value written in the repository. */
export function testSecret(): string {
  return randomBytes(32).toString('hex');
}
