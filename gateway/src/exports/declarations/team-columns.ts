import type { ExportColumn } from '../export-declaration.ts';

/** The team and NPA a row belongs to, by id for joins and by name for a reader. */
export const TEAM_COLUMNS: readonly ExportColumn[] = [
  { name: 'policing_area_id', kind: 'id', description: 'The NPA.' },
  { name: 'policing_area_name', kind: 'text', description: 'The NPA’s name.' },
  { name: 'neighbourhood_id', kind: 'id', description: 'The neighbourhood team.' },
  { name: 'neighbourhood_name', kind: 'text', description: 'The team’s name.' },
];

/** The selection that fills TEAM_COLUMNS, from a `Neighbourhood`. */
export const TEAM_FIELDS = 'neighbourhood { id name policingArea { id name } }';

export interface TeamFields {
  neighbourhood: { id: string; name: string; policingArea: { id: string; name: string } };
}

export function teamCells({ neighbourhood }: TeamFields) {
  return {
    policing_area_id: neighbourhood.policingArea.id,
    policing_area_name: neighbourhood.policingArea.name,
    neighbourhood_id: neighbourhood.id,
    neighbourhood_name: neighbourhood.name,
  };
}

/**
 * How many rows a page of each export asks for: as many as keep the query's estimated cost
 * (each field 1, lists multiplied by `first`) under the staff limit of 50,000.
 */
export const PAGE_SIZE = {
  engagements: 150,
  priorities: 200,
  priorityUpdates: 300,
  socialPosts: 300,
  deliveries: 60,
} as const;

/** A subgraph page of records, as every `*Records` query answers. */
export interface RecordPage<Node> {
  nodes: Node[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const nextPage = (page: RecordPage<unknown>) => (page.hasNextPage ? page.endCursor : null);
