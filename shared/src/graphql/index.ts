export * from './errors.ts';
export * from './federated-schema.ts';
export * from './http-server.ts';
export * from './subgraph.ts';
export * from './service.ts';
export * from './service-main.ts';
export * from './demographics-input.ts';
export * from './graphql-enum.ts';
