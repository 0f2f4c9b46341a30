export * from './actor.ts';
export * from './tokens.ts';
export * from './invitation-tokens.ts';
export * from './client-key.ts';
export * from './policy.ts';
