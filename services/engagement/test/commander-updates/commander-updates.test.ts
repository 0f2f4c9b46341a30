import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { seedDemoCommanderUpdates } from '../../src/seed/demo-commander-updates.ts';
import {
  admin,
  area,
  codeOf,
  commander,
  officer,
  otherArea,
  otherCommander,
} from '../support/actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const POST = `mutation($input: CommanderUpdateInput!) {
  postCommanderUpdate(input: $input) { id title authorName videoUrl publishedAt }
}`;
const DELETE = `mutation($id: ID!) { deleteCommanderUpdate(id: $id) }`;
const AREA = `query($slug: String!, $first: Int) { policingArea(slug: $slug) {
  latestCommanderUpdate { id title authorName }
  commanderUpdates(first: $first) { id title publishedAt }
} }`;

type Area = {
  latestCommanderUpdate: { id: string; title: string; authorName: string } | null;
  commanderUpdates: { id: string; title: string; publishedAt: string }[];
};

const post = (title: string, policingAreaId = area.id) => ({
  policingAreaId,
  title,
  body: 'This week our teams focused on speeding outside schools.',
  videoUrl: 'https://video.example.police.uk/week-47',
});

describe('a commander’s weekly update', () => {
  it('is posted for their NPA, signed with their name, and shows as the latest', async () => {
    const result = await engagement.execute<{
      postCommanderUpdate: { id: string; authorName: string };
    }>(POST, {
      variables: { input: post('Week 47 in the City Centre') },
      actor: commander,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.postCommanderUpdate.authorName).toBe('Inspector Test Commander');
    const { data } = await engagement.execute<{ policingArea: Area }>(AREA, {
      variables: { slug: area.slug },
    });
    expect(data?.policingArea.latestCommanderUpdate).toEqual({
      id: result.data!.postCommanderUpdate.id,
      title: 'Week 47 in the City Centre',
      authorName: 'Inspector Test Commander',
    });
  });

  it('is refused for another NPA’s commander, an officer and the public', async () => {
    for (const [actor, code] of [
      [otherCommander, 'FORBIDDEN'],
      [officer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await engagement.execute(POST, {
        variables: { input: post('Not theirs') },
        actor,
      });
      expect(codeOf(result)).toBe(code);
    }
    const { data } = await engagement.execute<{ policingArea: Area }>(AREA, {
      variables: { slug: area.slug },
    });
    expect(data?.policingArea.commanderUpdates.map((update) => update.title)).not.toContain(
      'Not theirs',
    );
  });

  it('may be posted by an admin for any NPA, and deleted only by that NPA’s commander or an admin', async () => {
    const posted = await engagement.execute<{ postCommanderUpdate: { id: string } }>(POST, {
      variables: { input: post('From the admin', otherArea.id) },
      actor: admin,
    });
    const id = posted.data!.postCommanderUpdate.id;
    expect(codeOf(await engagement.execute(DELETE, { variables: { id }, actor: commander }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await engagement.execute(DELETE, { variables: { id } }))).toBe('UNAUTHENTICATED');
    expect(
      (await engagement.execute(DELETE, { variables: { id }, actor: otherCommander })).data,
    ).toEqual({
      deleteCommanderUpdate: true,
    });
    expect(codeOf(await engagement.execute(DELETE, { variables: { id }, actor: admin }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a video link that is not https, an empty title or an overlong body', async () => {
    for (const input of [
      { ...post('Plain http'), videoUrl: 'http://video.example.police.uk/1' },
      { ...post('Not a link'), videoUrl: 'my video' },
      post(''),
      { ...post('Too long'), body: 'x'.repeat(10_001) },
    ]) {
      expect(
        codeOf(await engagement.execute(POST, { variables: { input }, actor: commander })),
      ).toBe('BAD_USER_INPUT');
    }
  });
});

describe('an NPA page', () => {
  it('lists the commander’s updates newest first, as many as asked for', async () => {
    await seedDemoCommanderUpdates(engagement.orm.em.fork());
    const { data } = await engagement.execute<{ policingArea: Area }>(AREA, {
      variables: { slug: otherArea.slug, first: 3 },
    });
    const updates = data!.policingArea.commanderUpdates;
    expect(updates).toHaveLength(3);
    const times = updates.map((update) => Date.parse(update.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(data?.policingArea.latestCommanderUpdate?.id).toBe(updates[0]!.id);
    const bad = await engagement.execute(AREA, { variables: { slug: otherArea.slug, first: 0 } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('emailing an update to the NPA’s subscribers', () => {
  const announced = async (updateId: string) =>
    (
      await engagement.orm.em.fork().find(OutboxMessage, { name: 'commander.update.published' })
    ).filter((row) => (row.payload as { updateId: string }).updateId === updateId);

  it('announces the update to newsletters when the commander asks for it to be emailed', async () => {
    const result = await engagement.execute<{ postCommanderUpdate: { id: string } }>(POST, {
      variables: { input: { ...post('Week 48: please email this'), emailSubscribers: true } },
      actor: commander,
    });
    expect(result.errors).toBeUndefined();
    const id = result.data!.postCommanderUpdate.id;
    const [message, ...more] = await announced(id);
    expect(more).toEqual([]);
    expect(message!.payload).toMatchObject({
      updateId: id,
      policingAreaId: area.id,
      title: 'Week 48: please email this',
      authorName: 'Inspector Test Commander',
      videoUrl: 'https://video.example.police.uk/week-47',
    });
  });

  it('announces nothing when the box is left unticked', async () => {
    const result = await engagement.execute<{ postCommanderUpdate: { id: string } }>(POST, {
      variables: { input: post('Week 49: only on the page') },
      actor: commander,
    });
    expect(result.errors).toBeUndefined();
    expect(await announced(result.data!.postCommanderUpdate.id)).toEqual([]);
  });
});
