// The generic suppression path is shared by every service; survey scoring builds on it.
export * from '@engage/shared/scoring';
export * from './answers.ts';
export * from './positive-share.ts';
export * from './confidence.ts';
export * from './intervals.ts';
export * from './significance.ts';
export { tQuantile, twoSidedTP } from './student-t.ts';
export * from './published-tables.ts';
export * from './open-link-anomaly.ts';
export * from './headline-choice.ts';
export * from './poll-results.ts';
