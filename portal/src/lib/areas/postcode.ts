import type { InvalidPostcodeReason } from '#lib/graphql/graphql.ts';

/** The schema's enums, from the generated code (pnpm codegen): never retyped here. */
export type { InvalidPostcodeReason };

/**
 * The postcode search, in the gateway's terms (`findNeighbourhood`). Shared by the /find load and
 * its pages: the reasons are message keys, shown in the visitor's language.
 */

/** What the /find page's error boundary gets when the postcode cannot be searched for. */
export interface InvalidPostcode {
  /** What the visitor typed, shown again in the field. */
  value: string;
  reason: InvalidPostcodeReason;
}
