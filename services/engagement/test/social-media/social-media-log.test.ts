import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { SocialPost } from '../../src/modules/social-media/social-post.entity.ts';
import {
  admin,
  analyst,
  BELGRAVE,
  CASTLE,
  castleOfficer,
  CLOCK_TOWER,
  clockTowerOfficer,
  daysAgo,
  errorCode,
} from '../support/demo-staff-actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const RECORD = `mutation($input: SocialPostInput!) {
  recordSocialPost(input: $input) { id postedOn channel link youSaidWeDid }
}`;
const DELETE = 'mutation($id: ID!) { deleteSocialPost(id: $id) }';
const LIST = `query($slug: String!, $from: LocalDate, $first: Int, $after: String) {
  neighbourhood(slug: $slug) {
    socialPosts(from: $from, first: $first, after: $after) {
      nodes { id postedOn channel link youSaidWeDid } totalCount hasNextPage endCursor
    }
  }
}`;
const IMPORT = `mutation($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean) {
  importSocialPosts(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {
    imported alreadyPresent dryRun errors { row column message }
  }
}`;

type Post = {
  id: string;
  postedOn: string;
  channel: string;
  link: string | null;
  youSaidWeDid: boolean;
};
type List = {
  neighbourhood: {
    socialPosts: {
      nodes: Post[];
      totalCount: number;
      hasNextPage: boolean;
      endCursor: string | null;
    };
  };
};

const post = (overrides: Record<string, unknown> = {}) => ({
  neighbourhoodId: CASTLE.id,
  postedOn: daysAgo(1),
  channel: 'FACEBOOK',
  link: 'https://www.facebook.com/castle.police/posts/1',
  youSaidWeDid: false,
  ...overrides,
});

describe('the social media log', () => {
  it('an officer logs a post, sees it in the log, then deletes it', async () => {
    const recorded = await engagement.execute<{ recordSocialPost: Post }>(RECORD, {
      variables: { input: post({ youSaidWeDid: true }) },
      actor: castleOfficer,
    });
    expect(recorded.errors).toBeUndefined();
    const { id } = recorded.data!.recordSocialPost;

    const list = await engagement.execute<List>(LIST, {
      variables: { slug: CASTLE.slug, from: daysAgo(1) },
      actor: castleOfficer,
    });
    expect(list.data!.neighbourhood.socialPosts.nodes).toContainEqual({
      id,
      postedOn: daysAgo(1),
      channel: 'FACEBOOK',
      link: 'https://www.facebook.com/castle.police/posts/1',
      youSaidWeDid: true,
    });

    const deleted = await engagement.execute(DELETE, { variables: { id }, actor: castleOfficer });
    expect(deleted.data).toEqual({ deleteSocialPost: true });
    expect(await engagement.orm.em.fork().count(SocialPost, { id })).toBe(0);
  });

  it('refuses a link that is not https and a post dated in the future', async () => {
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const results = await Promise.all(
      [{ link: 'http://example.com/post' }, { postedOn: nextWeek }].map((bad) =>
        engagement.execute(RECORD, { variables: { input: post(bad) }, actor: castleOfficer }),
      ),
    );
    expect(results.map(errorCode)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('another team’s officer may not log, delete or read; an analyst may read but not log', async () => {
    const recorded = await engagement.execute<{ recordSocialPost: Post }>(RECORD, {
      variables: { input: post() },
      actor: castleOfficer,
    });
    const results = await Promise.all([
      engagement.execute(RECORD, { variables: { input: post() }, actor: clockTowerOfficer }),
      engagement.execute(DELETE, {
        variables: { id: recorded.data!.recordSocialPost.id },
        actor: clockTowerOfficer,
      }),
      engagement.execute(LIST, { variables: { slug: CASTLE.slug }, actor: clockTowerOfficer }),
      engagement.execute(RECORD, { variables: { input: post() }, actor: analyst }),
      engagement.execute(LIST, { variables: { slug: CASTLE.slug } }),
    ]);
    expect(results.map(errorCode)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'UNAUTHENTICATED',
    ]);
    const read = await engagement.execute<List>(LIST, {
      variables: { slug: CASTLE.slug },
      actor: analyst,
    });
    expect(read.data!.neighbourhood.socialPosts.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe('importing a scheduler’s export', () => {
  // As a scheduler exports it: a byte-order mark, its own headings, extra columns, times.
  const EXPORT =
    '\uFEFFPublished Date,Network,Post Link,Message,Likes\n' +
    '2025-11-03 09:15,Facebook,https://www.facebook.com/clocktower/posts/11,"You said: speeding on Gallowtree Gate. We did: 3 speed checks, 14 tickets.",41\n' +
    '03/11/2025 17:40,Twitter,https://x.com/clocktower/status/12,"Cold-caller warning, please share",5\n' +
    '2025-11-04,Nextdoor,,Beat surgery at the library on Thursday,2\n' +
    '2025-11-05,Instagram,https://www.instagram.com/p/13,"YOU SAID the underpass was dark; the council has fixed the lights",30\n';

  const posts = () =>
    engagement.orm.em
      .fork()
      .find(
        SocialPost,
        { neighbourhood: CLOCK_TOWER.id, importBatch: { $ne: null } },
        { orderBy: { postedOn: 'asc', channel: 'asc' } },
      );

  it('imports the posts, flags “You said” ones, and adds none on a second import', async () => {
    const first = await engagement.execute<{ importSocialPosts: Record<string, unknown> }>(IMPORT, {
      variables: { neighbourhoodId: CLOCK_TOWER.id, csv: EXPORT },
      actor: clockTowerOfficer,
    });
    expect(first.data!.importSocialPosts).toEqual({
      imported: 4,
      alreadyPresent: 0,
      dryRun: false,
      errors: [],
    });
    const rows = await posts();
    expect(
      rows.map(({ postedOn, channel, youSaidWeDid }) => [postedOn, channel, youSaidWeDid]),
    ).toEqual([
      ['2025-11-03', 'FACEBOOK', true],
      ['2025-11-03', 'X', false],
      ['2025-11-04', 'NEXTDOOR', false],
      ['2025-11-05', 'INSTAGRAM', true],
    ]);
    expect(new Set(rows.map((row) => row.importBatch)).size).toBe(1);

    const second = await engagement.execute<{ importSocialPosts: Record<string, unknown> }>(
      IMPORT,
      {
        variables: { neighbourhoodId: CLOCK_TOWER.id, csv: EXPORT },
        actor: clockTowerOfficer,
      },
    );
    expect(second.data!.importSocialPosts).toMatchObject({ imported: 0, alreadyPresent: 4 });
    expect(await posts()).toHaveLength(4);
  });

  it('reads a you_said_we_did column, and reports every bad row without importing any', async () => {
    const csv = `date,channel,url,you_said_we_did
2025-12-01,facebook,https://www.facebook.com/belgrave/posts/1,yes
2025-12-02,MySpace,https://myspace.com/belgrave,no
2025-12-03,x,www.x.com/belgrave,maybe
`;
    const { data } = await engagement.execute<{
      importSocialPosts: { imported: number; errors: { row: number; column: string }[] };
    }>(IMPORT, {
      variables: { neighbourhoodId: BELGRAVE.id, csv },
      actor: admin,
    });
    expect(data!.importSocialPosts.imported).toBe(0);
    expect(data!.importSocialPosts.errors.map(({ row, column }) => [row, column])).toEqual([
      [2, 'channel'],
      [3, 'url'],
      [3, 'you_said_we_did'],
    ]);
    const fixed = csv
      .replace('MySpace', 'Other')
      .replace('www.x.com', 'https://x.com')
      .replace('maybe', 'no');
    const dry = await engagement.execute<{ importSocialPosts: { imported: number } }>(IMPORT, {
      variables: { neighbourhoodId: BELGRAVE.id, csv: fixed, dryRun: true },
      actor: admin,
    });
    expect(dry.data!.importSocialPosts.imported).toBe(3);
    expect(
      await engagement.orm.em
        .fork()
        .count(SocialPost, { neighbourhood: BELGRAVE.id, importBatch: { $ne: null } }),
    ).toBe(0);
    await engagement.execute(IMPORT, {
      variables: { neighbourhoodId: BELGRAVE.id, csv: fixed },
      actor: admin,
    });
    const flagged = await engagement.orm.em.fork().find(SocialPost, {
      neighbourhood: BELGRAVE.id,
      youSaidWeDid: true,
      importBatch: { $ne: null },
    });
    expect(flagged.map((row) => row.postedOn)).toEqual(['2025-12-01']);
  });
});
