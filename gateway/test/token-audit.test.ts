import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { recordTokenUse } from '../src/api-tokens/token-audit.ts';

describe('writing a token’s request to the audit log', () => {
  it('never fails the request when the write fails: the failure is logged for us instead', async () => {
    const lines: { msg: string; tokenId?: string }[] = [];
    const logger = createLogger(
      'gateway',
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as { msg: string });
          done();
        },
      }),
    );
    const failing = {
      holderOf: async () => null,
      recordUse: () => Promise.reject(new Error('engagement is down')),
    };
    expect(() =>
      recordTokenUse(failing, logger, {
        tokenId: 'token-1',
        operationName: 'Q',
        cost: 1,
        durationMs: 2,
        at: new Date(),
        outcome: 'OK',
      }),
    ).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'could not write an API token request to the audit log',
        tokenId: 'token-1',
      }),
    ]);
  });
});
