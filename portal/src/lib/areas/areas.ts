import type { PolicingAreaSummaryFieldsFragment } from '#lib/graphql/graphql.ts';
/** A policing area (NPA) and its neighbourhoods, as the browse lists show them. */
export type PolicingAreaSummary = PolicingAreaSummaryFieldsFragment;
