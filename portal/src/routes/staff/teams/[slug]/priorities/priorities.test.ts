import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { data, fakeGateway, graphQLError } from '../../../../../../test/fake-gateway.ts';
import {
  CASTLE,
  COMMANDER,
  OTHER_OFFICER,
  getEvent,
  outcome,
  postEvent,
} from '../../../../../../test/staff-events.ts';
import { load as layoutLoad } from '../+layout.server.ts';
import { load as listLoad, actions as listActions } from './+page.server.ts';
import { actions as newActions } from './new/+page.server.ts';
import { actions as priorityActions } from './[id]/+page.server.ts';

const gateway = fakeGateway();

type NewEvent = Parameters<typeof newActions.default>[0];
type PriorityEvent = Parameters<typeof priorityActions.addUpdate>[0];

const PATH = '/staff/teams/castle/priorities';
const filled = {
  title: 'Speeding on London Road',
  residentsSaid: 'Cars go too fast past the school.',
  source: 'SURVEY',
  year: '2026',
  quarter: '2',
};

/** The gateway answering the team lookup, then the mutation. */
function teamThen(reply: () => Response) {
  gateway.reply((call) =>
    call.query.includes('StaffTeam') ? data({ neighbourhood: CASTLE }) : reply(),
  );
}

describe("a team's priorities in the staff area", () => {
  it('lists drafts too, asking the gateway as the signed-in officer', async () => {
    gateway.reply(() => data({ neighbourhood: { id: CASTLE.id, priorities: [] } }));

    const result = await listLoad(getEvent(PATH, { slug: 'castle' }));

    expect(result).toEqual({ priorities: [] });
    expect(gateway.calls[0]?.query).toContain('priorities(includeDrafts: true)');
    expect(gateway.calls[0]?.actor).toMatchObject({ role: 'OFFICER', neighbourhoodId: CASTLE.id });
  });

  it('shows the 403 page when the gateway refuses (FORBIDDEN)', async () => {
    gateway.reply(() => graphQLError('Not your team', 'FORBIDDEN'));

    const thrown = await outcome(() => listLoad(getEvent(PATH, { slug: 'castle' })));

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it("refuses an officer another team's pages (403), and lets the NPA's commander in", async () => {
    gateway.reply(() => data({ neighbourhood: CASTLE }));
    type LayoutEvent = Parameters<typeof layoutLoad>[0];

    const refused = await outcome(() =>
      layoutLoad(getEvent<LayoutEvent>(PATH, { slug: 'castle' }, OTHER_OFFICER)),
    );
    expect(isHttpError(refused, 403)).toBe(true);

    const allowed = await layoutLoad(getEvent<LayoutEvent>(PATH, { slug: 'castle' }, COMMANDER));
    expect(allowed).toEqual({ team: CASTLE, manages: true });
  });

  it('asks again for a priority with no title, keeping what was typed, without calling the gateway', async () => {
    const result = await newActions.default(
      postEvent<NewEvent>(`${PATH}/new`, { slug: 'castle' }, { ...filled, title: '  ' }),
    );

    expect(result).toMatchObject({
      status: 400,
      data: { values: { ...filled, title: '' }, errors: { title: 'title_missing' } },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it("creates a draft for the officer's team and goes on to it (303)", async () => {
    teamThen(() => data({ createPriority: { id: 'p1' } }));

    const thrown = await outcome(() =>
      newActions.default(postEvent<NewEvent>(`${PATH}/new`, { slug: 'castle' }, filled)),
    );

    expect(isRedirect(thrown) && [thrown.status, thrown.location]).toEqual([303, `${PATH}/p1`]);
    expect(gateway.calls[1]?.variables).toEqual({
      input: { neighbourhoodId: CASTLE.id, ...filled, year: 2026, quarter: 2 },
    });
  });

  it("shows the service's own words when it refuses the input (BAD_USER_INPUT), keeping the values", async () => {
    teamThen(() => graphQLError('You already have a priority with this title', 'BAD_USER_INPUT'));

    const result = await newActions.default(
      postEvent<NewEvent>(`${PATH}/new`, { slug: 'castle' }, filled),
    );

    expect(result).toMatchObject({
      status: 400,
      data: { values: filled, problem: 'You already have a priority with this title' },
    });
  });

  it('shows the 403 page when the gateway refuses the write (FORBIDDEN)', async () => {
    teamThen(() => graphQLError('Not your team', 'FORBIDDEN'));

    const thrown = await outcome(() =>
      newActions.default(postEvent<NewEvent>(`${PATH}/new`, { slug: 'castle' }, filled)),
    );

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('will not take a “We did” update dated in the future', async () => {
    const result = await priorityActions.addUpdate(
      postEvent<PriorityEvent>(
        `${PATH}/p1`,
        { slug: 'castle', id: 'p1' },
        { actionOn: '2999-01-01', weDid: 'We put up signs.' },
      ),
    );

    expect(result).toMatchObject({
      status: 400,
      data: {
        which: 'update',
        errors: { actionOn: 'date_future' },
        values: { weDid: 'We put up signs.' },
      },
    });
  });

  it('adds a “We did” update and comes back to the priority (303)', async () => {
    gateway.reply(() => data({ addPriorityUpdate: { id: 'u1' } }));

    const thrown = await outcome(() =>
      priorityActions.addUpdate(
        postEvent<PriorityEvent>(
          `${PATH}/p1`,
          { slug: 'castle', id: 'p1' },
          { actionOn: '2026-01-05', weDid: 'We put up signs.' },
        ),
      ),
    );

    expect(isRedirect(thrown) && thrown.location).toBe(`${PATH}/p1#we-did`);
    expect(gateway.calls[0]?.variables).toEqual({
      priorityId: 'p1',
      input: { actionOn: '2026-01-05', weDid: 'We put up signs.' },
    });
  });

  it('publishes from the list with one small form', async () => {
    gateway.reply(() => data({ setPriorityStatus: { id: 'p1', status: 'ACTIVE' } }));

    const thrown = await outcome(() =>
      listActions.setStatus(postEvent(PATH, { slug: 'castle' }, { id: 'p1', status: 'ACTIVE' })),
    );

    expect(isRedirect(thrown) && [thrown.status, thrown.location]).toEqual([303, PATH]);
    expect(gateway.calls[0]?.variables).toEqual({ id: 'p1', status: 'ACTIVE' });
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    const asked = await priorityActions.delete(
      postEvent<PriorityEvent>(`${PATH}/p1`, { slug: 'castle', id: 'p1' }, { id: 'p1' }),
    );
    expect(asked).toEqual({ which: 'delete', confirmDelete: true });
    expect(gateway.calls).toHaveLength(0);

    gateway.reply(() => data({ deletePriority: true }));
    const thrown = await outcome(() =>
      priorityActions.delete(
        postEvent<PriorityEvent>(
          `${PATH}/p1`,
          { slug: 'castle', id: 'p1' },
          { id: 'p1', confirm: 'yes' },
        ),
      ),
    );
    expect(isRedirect(thrown) && thrown.location).toBe(PATH);
    expect(gateway.calls[0]?.variables).toEqual({ id: 'p1' });
  });
});
