/** A policing area (NPA) and its neighbourhoods, as the browse lists show them. */
export interface PolicingAreaSummary {
  id: string;
  slug: string;
  name: string;
  neighbourhoods: { id: string; slug: string; name: string }[];
}
