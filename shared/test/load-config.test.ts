import { describe, expect, it } from 'vitest';
import { ConfigError, env, loadConfig } from '../src/config/load-config.ts';

const shape = {
  PORT: env.port(4001),
  GATEWAY_SIGNING_SECRET: env.secret(),
  DATABASE_URL: env.databaseUrl(),
};

describe('configuration from the environment', () => {
  it('reads valid settings and applies defaults', () => {
    const config = loadConfig(shape, {
      GATEWAY_SIGNING_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/engage',
    });
    expect(config).toEqual({
      PORT: 4001,
      GATEWAY_SIGNING_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/engage',
    });
  });

  it('names every missing or bad variable in one message', () => {
    const attempt = () => loadConfig(shape, { PORT: 'eighty', GATEWAY_SIGNING_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT is not valid/);
    expect(attempt).toThrow(/GATEWAY_SIGNING_SECRET is not valid: must be at least 32 characters/);
    expect(attempt).toThrow(/DATABASE_URL is not set/);
  });
});
