export * from './audit-entry.entity.ts';
