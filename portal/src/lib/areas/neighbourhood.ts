import type { CommanderUpdate, CommunityEvent, PublicPriority } from '#lib/teams/team-work.ts';
import type { Headline } from '#lib/surveys/surveys.ts';

/** A neighbourhood as its team page shows it (the gateway's `Neighbourhood`, as far as we ask). */
export interface Neighbourhood {
  id: string;
  slug: string;
  name: string;
  /** What the team covers, in its own words; null when it has not written one. */
  description: string | null;
  policingArea: {
    id: string;
    slug: string;
    name: string;
    /** The NPA commander's newest update; null until they post one. */
    latestCommanderUpdate: Omit<CommanderUpdate, 'id' | 'videoUrl'> | null;
  };
  /** The team, sergeant first. */
  officers: Officer[];
  coverage: CoverageArea[];
  /** "LE1 2" and so on. */
  postcodeSectors: string[];
  /** Null until census-style figures are loaded for the neighbourhood. */
  profile: NeighbourhoodProfile | null;
  /**
   * The team's headline confidence as the surveys service chooses it (its latest round, and the
   * last figure with enough answers); null until a Your Views round that asked the team closes.
   */
  confidenceHeadline: Headline | null;
  /** Null until the team publishes its first newsletter. */
  latestNewsletter: { title: string; month: string; publishedAt: string } | null;
  /** The team's own phone and email, for non-urgent contact; null when it has not given one. */
  contactPhone: string | null;
  contactEmail: string | null;
  /**
   * The published ones (ACTIVE, COMPLETED), newest quarter first, each with its "We did" updates,
   * and their translations into the page's language where there are.
   */
  priorities: PublicPriority[];
  /** Published, not yet started, soonest first (at most 10). */
  upcomingEvents: Omit<CommunityEvent, 'description' | 'status'>[];
}

export interface Officer {
  id: string;
  name: string;
  /** "Sergeant", "Police Constable", "PCSO". */
  role: string;
  bio: string | null;
  /** A path on this site ("/demo-officers/officer-3.svg"), or null: the page shows initials. */
  photoUrl: string | null;
}

export interface CoverageArea {
  name: string;
  kind: 'WARD' | 'PARISH';
}

export interface PopulationShare {
  /** The census's own name for the group, in English. */
  group: string;
  /** The group in the product's answer values ("AGE_25_34", "ASIAN"), for a translated label. */
  code: string;
  /** Per cent. */
  share: number;
}

export interface NeighbourhoodProfile {
  population: number;
  /** Index of Multiple Deprivation decile: 1 is the most deprived tenth of England. */
  deprivationDecile: number;
  ageBands: PopulationShare[];
  ethnicity: PopulationShare[];
  mainLanguages: string[];
  isDemoData: boolean;
  /** The published tables the figures come from; empty for demo figures. */
  sources: { table: string; release: string }[];
}

/**
 * Where imported figures come from, as one line: "ONS Census 2021 (TS007A, TS021) and English
 * Indices of Deprivation 2019". The releases are the publishers' own titles, so not translated.
 */
export function describeProfileSources(sources: NeighbourhoodProfile['sources']): string | null {
  const census = sources.filter((source) => /^TS\d/.test(source.table));
  const others = sources.filter((source) => source.table === 'IMD').map((source) => source.release);
  const parts = [
    ...(census.length > 0
      ? [`ONS ${census[0]!.release} (${census.map((source) => source.table).join(', ')})`]
      : []),
    ...others,
  ];
  return parts.length > 0 ? parts.join('; ') : null;
}

/** The decile in three plain-English bands: 1–3 more deprived than most, 8–10 less. */
export function deprivationBand(decile: number): 'more' | 'average' | 'less' {
  if (decile <= 3) return 'more';
  if (decile >= 8) return 'less';
  return 'average';
}
