export * from './names.ts';
export * from './process-metrics.ts';
export * from './graphql-metrics-plugin.ts';
export * from './collectors.ts';
export * from './metrics-access.ts';
