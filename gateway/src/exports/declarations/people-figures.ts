import { ukDay } from '@engage/shared/uk-time';
import type { CountValue, ExportDeclaration } from '../export-declaration.ts';
import { nextPage, PAGE_SIZE, TEAM_COLUMNS, type RecordPage } from './team-columns.ts';

interface DeliveryNode {
  newsletterId: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  month: string;
  status: string;
  publishedAt: string;
  recipients: CountValue;
  queued: CountValue;
  sent: CountValue;
  failed: CountValue;
  suppressed: CountValue;
  cancelled: CountValue;
}

const COUNT = '{ value suppressed }';

/**
 * NOTE for `Newsletter.engagement` (bounced, unsubscribed after the issue, archive views): add
 * its counts to `newsletterDeliveryRecords` in the newsletters subgraph (inside the same
 * suppression table, so they are protected against subtraction with the rest) and as `count`
 * columns here.
 */
export const newsletterDeliveriesExport: ExportDeclaration = {
  name: 'newsletter-deliveries',
  description:
    'One row per published newsletter issue: its recipients by delivery status (withdrawn issues too).',
  sinceMeaning:
    'Issues published or changed, or with a mail queued or sent, at or after `since`; each row has the issue’s current figures.',
  query: `query NewsletterDeliveriesExport($since: DateTimeISO, $after: String) {
    newsletterDeliveryRecords(since: $since, after: $after, first: ${PAGE_SIZE.deliveries}) {
      nodes {
        newsletterId neighbourhoodId neighbourhoodName month status publishedAt
        recipients ${COUNT} queued ${COUNT} sent ${COUNT} failed ${COUNT}
        suppressed ${COUNT} cancelled ${COUNT}
      }
      hasNextPage endCursor
    }
  }`,
  columns: [
    { name: 'newsletter_id', kind: 'id', description: 'The issue.' },
    { name: 'neighbourhood_id', kind: 'id', description: 'The team whose issue it is.' },
    { name: 'neighbourhood_name', kind: 'text', description: 'The team’s name.' },
    { name: 'month', kind: 'text', description: 'The issue’s month, "YYYY-MM".' },
    { name: 'status', kind: 'text', description: 'PUBLISHED or WITHDRAWN.' },
    { name: 'published_at', kind: 'datetime', description: 'When it was published.' },
    { name: 'recipients', kind: 'count', description: 'Subscribers it was addressed to.' },
    { name: 'queued', kind: 'count', description: 'Still waiting or being sent.' },
    { name: 'sent', kind: 'count', description: 'Accepted by the mail relay.' },
    { name: 'failed', kind: 'count', description: 'Refused, or given up after every retry.' },
    {
      name: 'skipped',
      kind: 'count',
      description: 'Not sent because the subscriber left, bounced or was erased before their turn.',
    },
    { name: 'cancelled', kind: 'count', description: 'Not sent: the issue was withdrawn first.' },
  ],
  read(data) {
    const page = (data as { newsletterDeliveryRecords: RecordPage<DeliveryNode> })
      .newsletterDeliveryRecords;
    return {
      rows: page.nodes.map((node) => ({
        newsletter_id: node.newsletterId,
        neighbourhood_id: node.neighbourhoodId,
        neighbourhood_name: node.neighbourhoodName,
        month: node.month,
        status: node.status,
        published_at: node.publishedAt,
        recipients: node.recipients,
        queued: node.queued,
        sent: node.sent,
        failed: node.failed,
        skipped: node.suppressed,
        cancelled: node.cancelled,
      })),
      after: nextPage(page),
    };
  },
};

const DIMENSIONS = ['AGE_BAND', 'ETHNIC_GROUP', 'DISABILITY', 'GENDER'] as const;

interface ReachTable {
  level: string;
  areaId: string | null;
  areaName: string;
  dimension: string;
  total: number | null;
  totalSuppressed: boolean;
  notSaid: number | null;
  groups: { group: string; count: number | null; suppressed: boolean }[];
}

const REACH_FIELDS = `level areaId areaName dimension total totalSuppressed notSaid
  groups { group count suppressed }`;

/**
 * The reach module's tables (subscriberReach), so these are the very figures the reach pages
 * show, suppressed together across the force, its NPAs and its teams: a second table of the
 * same people, suppressed on its own, could give a hidden count back by difference.
 */
export const subscribersExport: ExportDeclaration = {
  name: 'subscribers',
  description:
    'Confirmed subscribers of the force, each NPA and each team, in all and by each demographic question’s answers, as the reach pages count them.',
  sinceMeaning:
    'Ignored: every download is the whole current table (a count has no time it changed).',
  query: `query SubscribersExport(
    $level: AreaLevel!, $areaId: ID, $dimension: DemographicDimension!, $withForce: Boolean!
  ) {
    force: subscriberReach(level: FORCE, dimension: $dimension, asOf: null) @include(if: $withForce) {
      ${REACH_FIELDS}
    }
    parts: subscriberReachByArea(level: $level, areaId: $areaId, dimension: $dimension) {
      ${REACH_FIELDS}
    }
  }`,
  async runs(_request, query) {
    const { npas } = (await query(
      `{ npas: subscriberReachByArea(level: FORCE, dimension: AGE_BAND) { areaId } }`,
    )) as { npas: { areaId: string }[] };
    // Per question: the force and its NPAs, then each NPA's teams.
    return DIMENSIONS.flatMap((dimension) => [
      { level: 'FORCE', areaId: null, dimension, withForce: true },
      ...npas.map(({ areaId }) => ({
        level: 'POLICING_AREA',
        areaId,
        dimension,
        withForce: false,
      })),
    ]);
  },
  columns: [
    { name: 'level', kind: 'text', description: 'FORCE, POLICING_AREA or NEIGHBOURHOOD.' },
    {
      name: 'policing_area_id',
      kind: 'id',
      description: 'The NPA (of a team, or the NPA itself); empty for the force.',
    },
    { name: 'area_id', kind: 'id', description: 'The NPA or team; empty for the force.' },
    { name: 'area_name', kind: 'text', description: 'What the area is called.' },
    {
      name: 'dimension',
      kind: 'text',
      description: 'The question: AGE_BAND, ETHNIC_GROUP, DISABILITY or GENDER.',
    },
    {
      name: 'group',
      kind: 'text',
      description:
        'The answer (e.g. AGE_25_34); NOT_SAID for those who preferred not to say or gave none; empty for everyone in the area.',
    },
    {
      name: 'subscribers',
      kind: 'count',
      description:
        'Confirmed subscribers (of a team: those who chose the team itself). An area’s groups and NOT_SAID add up to its row with an empty group.',
    },
  ],
  read(data, _request, variables) {
    const { force, parts } = data as { force?: ReachTable; parts: ReachTable[] };
    const npa = (table: ReachTable) =>
      table.level === 'NEIGHBOURHOOD' ? (variables['areaId'] as string) : table.areaId;
    return {
      rows: [...(force ? [force] : []), ...parts].flatMap((table) => {
        const where = {
          level: table.level,
          policing_area_id: npa(table),
          area_id: table.areaId,
          area_name: table.areaName,
          dimension: table.dimension,
        };
        return [
          {
            ...where,
            group: null,
            subscribers: { value: table.total, suppressed: table.totalSuppressed },
          },
          ...table.groups.map((group) => ({
            ...where,
            group: group.group,
            subscribers: { value: group.count, suppressed: group.suppressed },
          })),
          {
            ...where,
            group: 'NOT_SAID',
            subscribers: { value: table.notSaid, suppressed: table.notSaid === null },
          },
        ];
      }),
      after: null,
    };
  },
};

const BREAKDOWNS = [
  'NONE',
  'AGE_BAND',
  'ETHNIC_GROUP',
  'DISABILITY',
  'GENDER',
  'ANSWER_LANGUAGE',
] as const;

interface ResponseCell {
  round: { id: string; label: string; opensOn: string; closesOn: string; status: string };
  policingAreaId: string;
  policingAreaName: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  groupBy: string;
  group: string | null;
  confidence: { respondents: number | null; suppressed: boolean };
}

/**
 * The respondents behind each `confidenceScores` cell at team level: the surveys subgraph
 * suppresses them (a team's groups against its total, small groups and their complements).
 */
export const responsesExport: ExportDeclaration = {
  name: 'responses',
  description:
    '"Your Views" respondents (verified answers) by round × team, in all (group_by NONE), by each demographic question’s answers and by the language they answered in.',
  sinceMeaning:
    'Rounds closing on or after the UK day of `since` (answers arrive until a round closes): all of each such round’s rows, as they are now.',
  // One round and one cut at a time: the surveys subgraph suppresses the whole lattice (force,
  // NPAs, teams) for each answer, and every round's six cuts at once take longer than a query
  // may run (8 s).
  query: `query ResponsesExport($since: DateTimeISO, $roundIds: [ID!], $groupBy: Breakdown!) {
    confidenceScores(level: NEIGHBOURHOOD, groupBy: $groupBy, roundIds: $roundIds, since: $since) {
      round { id label opensOn closesOn status }
      policingAreaId policingAreaName neighbourhoodId neighbourhoodName groupBy group
      confidence { respondents suppressed }
    }
  }`,
  async runs({ since }, query) {
    const { surveyRounds } = (await query('{ surveyRounds { id opensOn closesOn } }')) as {
      surveyRounds: { id: string; opensOn: string; closesOn: string }[];
    };
    // Oldest first. The subgraph applies `since` too; this only skips asking about rounds it
    // would answer with nothing.
    const from = since ? ukDay(since) : '';
    const rounds = surveyRounds
      .filter((round) => round.closesOn >= from)
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
    return rounds.flatMap((round) =>
      BREAKDOWNS.map((groupBy) => ({
        since: since?.toISOString() ?? null,
        roundIds: [round.id],
        groupBy,
      })),
    );
  },
  columns: [
    { name: 'round_id', kind: 'id', description: 'The "Your Views" round.' },
    { name: 'round', kind: 'text', description: 'Its label, e.g. "May 2026".' },
    { name: 'round_opens_on', kind: 'date', description: 'The day it opened.' },
    { name: 'round_closes_on', kind: 'date', description: 'The day it closes or closed.' },
    {
      name: 'round_status',
      kind: 'text',
      description: 'OPEN or CLOSED (figures of an open round change).',
    },
    ...TEAM_COLUMNS,
    {
      name: 'group_by',
      kind: 'text',
      description:
        'NONE (every respondent), AGE_BAND, ETHNIC_GROUP, DISABILITY, GENDER or ANSWER_LANGUAGE.',
    },
    {
      name: 'group',
      kind: 'text',
      description:
        'The answer (e.g. AGE_25_34, PREFER_NOT_TO_SAY), or the answer language (e.g. UR); empty for NONE.',
    },
    {
      name: 'respondents',
      kind: 'count',
      description:
        'Respondents with at least one counted answer (verified sample), as behind the confidence score.',
    },
  ],
  read(data) {
    const cells = (data as { confidenceScores: ResponseCell[] }).confidenceScores;
    return {
      rows: cells.map((cell) => ({
        round_id: cell.round.id,
        round: cell.round.label,
        round_opens_on: cell.round.opensOn,
        round_closes_on: cell.round.closesOn,
        round_status: cell.round.status,
        policing_area_id: cell.policingAreaId,
        policing_area_name: cell.policingAreaName,
        neighbourhood_id: cell.neighbourhoodId,
        neighbourhood_name: cell.neighbourhoodName,
        group_by: cell.groupBy,
        group: cell.group,
        respondents: {
          value: cell.confidence.respondents,
          suppressed: cell.confidence.suppressed,
        },
      })),
      after: null,
    };
  },
};
