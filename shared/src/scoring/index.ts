/**
 * The one suppression code path for every published figure about people, in every service:
 * small counts are withheld (`suppress`), and so is whatever would give them back by subtraction
 * (`complementarySuppression`). Survey scoring builds on it in services/surveys/src/modules/scoring.
 */
export * from './suppression.ts';
export * from './complementary.ts';
export * from './linear-audit.ts';
export * from './wilson.ts';
export { erf, erfc, normalCdf, twoSidedNormalP, Z_95 } from './normal.ts';
export * from './representation.ts';
export * from './reach-table.ts';
