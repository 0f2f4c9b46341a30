import type { ExportDeclaration } from '../export-declaration.ts';
import {
  nextPage,
  PAGE_SIZE,
  TEAM_COLUMNS,
  TEAM_FIELDS,
  teamCells,
  type RecordPage,
  type TeamFields,
} from './team-columns.ts';

interface EngagementNode extends TeamFields {
  id: string;
  kind: string;
  heldOn: string;
  place: string;
  attendance: number | null;
  partners: string[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Notes and "communities reached" are left out: free text that may name or describe residents.
 * Attendance is a count of people, so it goes through suppression like every other.
 */
export const engagementsExport: ExportDeclaration = {
  name: 'engagements',
  description: 'One row per recorded engagement (meeting, patch walk, beat surgery, event).',
  sinceMeaning: 'Engagements recorded or corrected at or after `since`.',
  query: `query EngagementsExport($since: DateTimeISO, $after: String) {
    engagementRecords(since: $since, after: $after, first: ${PAGE_SIZE.engagements}) {
      nodes { id kind heldOn place attendance partners createdAt updatedAt ${TEAM_FIELDS} }
      hasNextPage endCursor
    }
  }`,
  columns: [
    { name: 'engagement_id', kind: 'id', description: 'The engagement.' },
    ...TEAM_COLUMNS,
    {
      name: 'kind',
      kind: 'text',
      description: 'WARD_OR_PARISH_MEETING, PATCH_WALK, BEAT_SURGERY, COMMUNITY_EVENT or OTHER.',
    },
    { name: 'held_on', kind: 'date', description: 'The day it was held.' },
    { name: 'place', kind: 'text', description: 'Where, as the team recorded it.' },
    {
      name: 'attendance',
      kind: 'count',
      description: 'Residents who took part, when counted (empty when not counted or suppressed).',
    },
    { name: 'partners', kind: 'text', description: 'Partners who joined, separated by "; ".' },
    { name: 'created_at', kind: 'datetime', description: 'When it was recorded.' },
    {
      name: 'updated_at',
      kind: 'datetime',
      description: 'When it was last recorded or corrected.',
    },
  ],
  read(data) {
    const page = (data as { engagementRecords: RecordPage<EngagementNode> }).engagementRecords;
    return {
      rows: page.nodes.map((node) => ({
        engagement_id: node.id,
        ...teamCells(node),
        kind: node.kind,
        held_on: node.heldOn,
        place: node.place,
        // Not counted is not a count: written empty, never as "suppressed".
        attendance: node.attendance,
        partners: node.partners,
        created_at: node.createdAt,
        updated_at: node.updatedAt,
      })),
      after: nextPage(page),
    };
  },
};

interface PriorityNode extends TeamFields {
  id: string;
  year: number;
  quarter: number;
  title: string;
  residentsSaid: string;
  source: string;
  status: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const prioritiesExport: ExportDeclaration = {
  name: 'priorities',
  description:
    'One row per published quarterly priority ("You said"); drafts stay with their teams.',
  sinceMeaning: 'Priorities published or changed at or after `since`.',
  query: `query PrioritiesExport($since: DateTimeISO, $after: String) {
    priorityRecords(since: $since, after: $after, first: ${PAGE_SIZE.priorities}) {
      nodes {
        id year quarter title residentsSaid source status publishedAt createdAt updatedAt
        ${TEAM_FIELDS}
      }
      hasNextPage endCursor
    }
  }`,
  columns: [
    { name: 'priority_id', kind: 'id', description: 'The priority.' },
    ...TEAM_COLUMNS,
    { name: 'year', kind: 'number', description: 'The year of its quarter.' },
    { name: 'quarter', kind: 'number', description: 'The quarter, 1 to 4.' },
    { name: 'title', kind: 'text', description: 'The priority, in a few words.' },
    {
      name: 'residents_said',
      kind: 'text',
      description: '"You said": what residents raised, as published.',
    },
    { name: 'source', kind: 'text', description: 'Where it came from (e.g. SURVEY, MEETING).' },
    { name: 'status', kind: 'text', description: 'ACTIVE or COMPLETED.' },
    { name: 'published_at', kind: 'datetime', description: 'When it was first published.' },
    { name: 'created_at', kind: 'datetime', description: 'When it was written.' },
    { name: 'updated_at', kind: 'datetime', description: 'When it last changed.' },
  ],
  read(data) {
    const page = (data as { priorityRecords: RecordPage<PriorityNode> }).priorityRecords;
    return {
      rows: page.nodes.map((node) => ({
        priority_id: node.id,
        ...teamCells(node),
        year: node.year,
        quarter: node.quarter,
        title: node.title,
        residents_said: node.residentsSaid,
        source: node.source,
        status: node.status,
        published_at: node.publishedAt,
        created_at: node.createdAt,
        updated_at: node.updatedAt,
      })),
      after: nextPage(page),
    };
  },
};

interface PriorityUpdateNode {
  id: string;
  priorityId: string;
  actionOn: string;
  weDid: string;
  createdAt: string;
}

export const priorityUpdatesExport: ExportDeclaration = {
  name: 'priority-updates',
  description:
    'One row per "We did" update on a published priority; join to priorities on priority_id.',
  sinceMeaning: 'Updates recorded at or after `since` (updates are never edited).',
  query: `query PriorityUpdatesExport($since: DateTimeISO, $after: String) {
    priorityUpdateRecords(since: $since, after: $after, first: ${PAGE_SIZE.priorityUpdates}) {
      nodes { id priorityId actionOn weDid createdAt }
      hasNextPage endCursor
    }
  }`,
  columns: [
    { name: 'update_id', kind: 'id', description: 'The update.' },
    { name: 'priority_id', kind: 'id', description: 'The priority it is about.' },
    { name: 'action_on', kind: 'date', description: 'The day the action was taken.' },
    { name: 'we_did', kind: 'text', description: '"We did": what the team did, as published.' },
    { name: 'created_at', kind: 'datetime', description: 'When it was recorded.' },
  ],
  read(data) {
    const page = (data as { priorityUpdateRecords: RecordPage<PriorityUpdateNode> })
      .priorityUpdateRecords;
    return {
      rows: page.nodes.map((node) => ({
        update_id: node.id,
        priority_id: node.priorityId,
        action_on: node.actionOn,
        we_did: node.weDid,
        created_at: node.createdAt,
      })),
      after: nextPage(page),
    };
  },
};

interface SocialPostNode extends TeamFields {
  id: string;
  postedOn: string;
  channel: string;
  link: string | null;
  youSaidWeDid: boolean;
  createdAt: string;
}

export const socialPostsExport: ExportDeclaration = {
  name: 'social-posts',
  description: 'One row per social media post a team logged.',
  sinceMeaning: 'Posts logged at or after `since` (posts are never edited).',
  query: `query SocialPostsExport($since: DateTimeISO, $after: String) {
    socialPostRecords(since: $since, after: $after, first: ${PAGE_SIZE.socialPosts}) {
      nodes { id postedOn channel link youSaidWeDid createdAt ${TEAM_FIELDS} }
      hasNextPage endCursor
    }
  }`,
  columns: [
    { name: 'post_id', kind: 'id', description: 'The logged post.' },
    ...TEAM_COLUMNS,
    { name: 'posted_on', kind: 'date', description: 'The day it was posted.' },
    {
      name: 'channel',
      kind: 'text',
      description: 'FACEBOOK, X, INSTAGRAM, NEXTDOOR, WHATSAPP or OTHER.',
    },
    { name: 'link', kind: 'text', description: 'The post’s address, when recorded.' },
    {
      name: 'you_said_we_did',
      kind: 'boolean',
      description: 'Whether it was a "You said – We did" update.',
    },
    { name: 'created_at', kind: 'datetime', description: 'When it was logged.' },
  ],
  read(data) {
    const page = (data as { socialPostRecords: RecordPage<SocialPostNode> }).socialPostRecords;
    return {
      rows: page.nodes.map((node) => ({
        post_id: node.id,
        ...teamCells(node),
        posted_on: node.postedOn,
        channel: node.channel,
        link: node.link,
        you_said_we_did: node.youSaidWeDid,
        created_at: node.createdAt,
      })),
      after: nextPage(page),
    };
  },
};
