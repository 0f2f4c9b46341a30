import { m } from '#lib/paraglide/messages.js';

/**
 * The explorer's saved operations: the questions analysts ask most, written once, so a first
 * query starts from one that works. Each is read-only and runs as the signed-in analyst, so every
 * figure in its answer has been through the same suppression as the staff pages.
 */
export interface ExplorerExample {
  /** In the address (`?example=confidence`), so a link to an example works without JavaScript. */
  id: string;
  title: () => string;
  description: () => string;
  query: string;
  /** Pretty-printed JSON, as it is shown in the variables field. */
  variables: string;
}

const json = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);

/** Shaped like the CSV export's query (gateway/src/exports/confidence-csv.ts). */
const CONFIDENCE = `# Confidence in the police, per NPA, per "Your Views" round, per age band.
# A figure from fewer than 10 respondents comes back with suppressed: true and no numbers.
# roundIds: the rounds to include (the latest closed one to start with); null for every round.
query ConfidenceByAreaRoundAgeBand($roundIds: [ID!]) {
  confidenceScores(level: POLICING_AREA, groupBy: AGE_BAND, roundIds: $roundIds) {
    round {
      label
      opensOn
    }
    policingAreaName
    group
    confidence {
      value
      lower
      upper
      respondents
      suppressed
    }
  }
}
`;

const PROFILE = `# Who lives in each neighbourhood of one NPA: the profile residents' reach is compared with.
# profile is null for a team with no profile yet; isDemoData marks invented demo figures.
query NeighbourhoodProfiles($slug: String!) {
  policingArea(slug: $slug) {
    name
    neighbourhoods {
      name
      profile {
        population
        deprivationDecile
        ageBands {
          group
          share
        }
        ethnicity {
          group
          share
        }
        mainLanguages
        isDemoData
      }
    }
  }
}
`;

const REACH = `# Who the newsletters reach, beside who lives here (the census figures of the profiles).
# ratio: the group's share of subscribers ÷ its share of residents; seldomHeard: under-represented
# (ratio below 0.8, and its 95% interval below 1). Counts under 10 come back suppressed.
# level: FORCE, POLICING_AREA or NEIGHBOURHOOD (then give areaId); respondentReach(roundId: …)
# asks the same of a "Your Views" round's respondents. asOf: a moment in the past, or null for now.
query ReachVersusProfile(
  $level: AreaLevel!
  $dimension: DemographicDimension!
  $asOf: DateTimeISO
) {
  subscriberReach(level: $level, dimension: $dimension, asOf: $asOf) {
    areaName
    total
    population
    perThousandResidents
    isDemoPopulation
    groups {
      group
      count
      suppressed
      share
      populationShare
      ratio
      ratioLow
      ratioHigh
      lowBase
      seldomHeard
    }
  }
}
`;

const COMPLIANCE = `# The whole force against the engagement standards, NPA by NPA, for one quarter.
query ForceComplianceByArea($period: PeriodInput) {
  forceCompliance(period: $period) {
    period {
      label
      startsOn
      endsOn
    }
    areas {
      policingArea {
        name
      }
      rollup {
        standard
        met
        due
        missed
        notApplicable
      }
    }
  }
}
`;

const ENGAGEMENTS = `# How many engagements each team recorded between two dates (totalCount), NPA by NPA.
query EngagementCounts($from: LocalDate!, $to: LocalDate!) {
  policingAreas {
    name
    neighbourhoods {
      name
      engagements(from: $from, to: $to, first: 1) {
        totalCount
      }
    }
  }
}
`;

export const EXAMPLES: readonly ExplorerExample[] = [
  {
    id: 'confidence',
    title: m.explorer_example_confidence_title,
    description: m.explorer_example_confidence_description,
    query: CONFIDENCE,
    variables: json({ roundIds: null }),
  },
  {
    id: 'profile',
    title: m.explorer_example_profile_title,
    description: m.explorer_example_profile_description,
    query: PROFILE,
    variables: json({ slug: 'city-centre' }),
  },
  {
    id: 'reach',
    title: m.explorer_example_reach_title,
    description: m.explorer_example_reach_description,
    query: REACH,
    variables: json({ level: 'FORCE', dimension: 'ETHNIC_GROUP', asOf: null }),
  },
  {
    id: 'compliance',
    title: m.explorer_example_compliance_title,
    description: m.explorer_example_compliance_description,
    query: COMPLIANCE,
    variables: json({ period: { kind: 'QUARTER', year: 2026, number: 3 } }),
  },
  {
    id: 'engagements',
    title: m.explorer_example_engagements_title,
    description: m.explorer_example_engagements_description,
    query: ENGAGEMENTS,
    variables: json({ from: '2026-01-01', to: '2026-12-31' }),
  },
];

export function exampleById(id: string | null): ExplorerExample | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
