import { defineConfig } from 'vitest/config';

/**
 * One test run for the whole repo: a single PostgreSQL (embedded unless TEST_DATABASE_URL is
 * set) is started once in the global setup and each test file makes its own database on it.
 */
export default defineConfig({
  test: {
    globalSetup: ['./shared/src/testing/global-setup.ts'],
    expect: { requireAssertions: true },
    // Integration tests start real servers; a cold start on a 2-core machine takes seconds.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      ...[
        'shared',
        'services/engagement',
        'services/surveys',
        'services/newsletters',
        'gateway',
        'infra',
      ].map((root) => ({
        extends: true as const,
        test: { name: root.replace('services/', ''), root, include: ['test/**/*.test.ts'] },
      })),
      {
        extends: true as const,
        test: { name: 'i18n-tools', root: 'tools/i18n', include: ['test/**/*.test.ts'] },
      },
      {
        extends: true as const,
        test: { name: 'e2e', root: 'test', include: ['**/*.test.ts'], fileParallelism: false },
      },
      './portal/vitest.config.ts',
    ],
  },
});
