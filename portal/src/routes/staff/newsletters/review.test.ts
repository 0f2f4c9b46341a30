import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import type { Actor } from '@engage/shared/auth';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import { getEvent, OFFICER, outcome, postEvent } from '../../../../test/staff-events.ts';
import { load as queueLoad } from './review/+page.server.ts';
import { actions } from './[id]/+page.server.ts';

const gateway = fakeGateway();

const REVIEWER: Actor = { kind: 'staff', id: 'reviewer-1', name: 'Grace Okafor', role: 'REVIEWER' };
const PATH = '/staff/newsletters/nl-1';

describe('reviewing newsletters', () => {
  it('lists the queue, asking as the signed-in reviewer', async () => {
    const queue = [
      {
        id: 'nl-1',
        month: '2026-11',
        title: 'Castle in November',
        status: 'IN_REVIEW',
        updatedAt: '2026-11-02T10:00:00.000Z',
        neighbourhood: { id: 'n-castle', slug: 'castle', name: 'Castle' },
      },
    ];
    gateway.reply(() => data({ newsletterReviewQueue: queue }));

    const result = await queueLoad(getEvent('/staff/newsletters/review', {}, REVIEWER));

    expect(result).toEqual({ queue, done: null });
    expect(gateway.calls[0]?.actor).toMatchObject({ role: 'REVIEWER' });
  });

  it('shows an officer the 403 page (the service says FORBIDDEN)', async () => {
    gateway.reply(() => graphQLError('Reviewers only', 'FORBIDDEN'));

    const thrown = await outcome(() =>
      queueLoad(getEvent('/staff/newsletters/review', {}, OFFICER)),
    );

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('approves, and goes back to the queue, which says so', async () => {
    gateway.reply(() => data({ approveNewsletter: { id: 'nl-1', status: 'APPROVED' } }));

    const thrown = await outcome(() =>
      actions.approve(postEvent(PATH, { id: 'nl-1' }, {}, REVIEWER)),
    );

    expect(thrown).toMatchObject({
      status: 303,
      location: '/staff/newsletters/review?done=approved',
    });
    expect(gateway.calls[0]?.query).toContain('approveNewsletter(id: $id)');
    expect(gateway.calls[0]?.variables).toEqual({ id: 'nl-1' });
  });

  it('asks for changes only with a comment saying what to change', async () => {
    const refused = await actions.requestChanges(
      postEvent(PATH, { id: 'nl-1' }, { comment: '  ' }, REVIEWER),
    );
    expect(refused).toMatchObject({ status: 400, data: { commentError: 'comment_missing' } });
    expect(gateway.calls).toHaveLength(0);

    gateway.reply(() =>
      data({ requestNewsletterChanges: { id: 'nl-1', status: 'CHANGES_REQUESTED' } }),
    );
    const comment = 'Please name the officer and add the event on the 3rd.';
    const thrown = await outcome(() =>
      actions.requestChanges(postEvent(PATH, { id: 'nl-1' }, { comment }, REVIEWER)),
    );

    expect(thrown).toMatchObject({ status: 303 });
    expect(gateway.calls[0]?.variables).toEqual({ id: 'nl-1', comment });
  });

  it('keeps the comment and shows the service’s words when the issue is no longer waiting', async () => {
    gateway.reply(() => graphQLError('This newsletter is not in review.', 'CONFLICT'));

    const result = await actions.requestChanges(
      postEvent(PATH, { id: 'nl-1' }, { comment: 'Fix the date' }, REVIEWER),
    );

    expect(result).toMatchObject({
      status: 400,
      data: { comment: 'Fix the date', problem: 'This newsletter is not in review.' },
    });
  });
});
