export * from './test-database.ts';
export * from './test-secrets.ts';
export * from './subgraph-harness.ts';
export * from './smtp-test-server.ts';
export * from './test-actors.ts';
