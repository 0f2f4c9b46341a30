export * from './answers.ts';
export * from './positive-share.ts';
export * from './confidence.ts';
export * from './intervals.ts';
export * from './significance.ts';
export * from './suppression.ts';
export { erf, erfc, normalCdf, twoSidedNormalP, Z_95 } from './normal.ts';
export { tQuantile, twoSidedTP } from './student-t.ts';
