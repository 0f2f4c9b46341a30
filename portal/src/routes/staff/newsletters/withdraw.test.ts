import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import type { Actor } from '@engage/shared/auth';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import {
  ADMIN,
  ANALYST,
  COMMANDER,
  getEvent,
  OFFICER,
  outcome,
  postEvent,
} from '../../../../test/staff-events.ts';
import { load as issueLoad } from './[id]/+page.server.ts';
import { actions, load } from './[id]/withdraw/+page.server.ts';

const gateway = fakeGateway();

const REVIEWER: Actor = { kind: 'staff', id: 'reviewer-1', name: 'Grace Okafor', role: 'REVIEWER' };
const PATH = '/staff/newsletters/nl-1/withdraw';
const ISSUE = {
  id: 'nl-1',
  month: '2026-11',
  title: 'Castle in November',
  status: 'PUBLISHED',
  neighbourhood: { id: 'n-castle', slug: 'castle', name: 'Castle' },
};
const reason = 'Published the wrong team’s issue.';

describe('withdrawing a newsletter', () => {
  it('is offered to admins only, on a published issue', async () => {
    for (const [actor, offered] of [
      [ADMIN, true],
      [REVIEWER, false],
    ] as const) {
      gateway.reply(({ query }) =>
        query.includes('newsletterEmailPreview')
          ? data({ newsletterEmailPreview: { subject: 's', html: '', text: 't' } })
          : data({ newsletterById: ISSUE }),
      );
      const page = await issueLoad(getEvent('/staff/newsletters/nl-1', { id: 'nl-1' }, actor));
      expect(page).toMatchObject({ mayWithdraw: offered });
    }
  });

  it('shows every other role the 403 page, asking the service nothing', async () => {
    for (const actor of [OFFICER, COMMANDER, REVIEWER, ANALYST]) {
      const page = await outcome(() => load(getEvent(PATH, { id: 'nl-1' }, actor)));
      expect(isHttpError(page, 403)).toBe(true);
      const posted = await outcome(() =>
        actions.withdraw(postEvent(PATH, { id: 'nl-1' }, { reason }, actor)),
      );
      expect(isHttpError(posted, 403)).toBe(true);
    }
    expect(gateway.calls).toHaveLength(0);
  });

  it('asks why, then asks to confirm, before anything is withdrawn', async () => {
    const blank = await actions.check(postEvent(PATH, { id: 'nl-1' }, { reason: '  ' }, ADMIN));
    expect(blank).toMatchObject({ status: 400, data: { reasonError: 'reason_missing' } });
    const tooLong = await actions.check(
      postEvent(PATH, { id: 'nl-1' }, { reason: '📣'.repeat(2001) }, ADMIN),
    );
    expect(tooLong).toMatchObject({ status: 400, data: { reasonError: 'reason_too_long' } });

    const checked = await actions.check(postEvent(PATH, { id: 'nl-1' }, { reason }, ADMIN));
    expect(checked).toEqual({ confirming: true, reason });
    expect(gateway.calls).toHaveLength(0);
  });

  it('withdraws once confirmed, with the reason, and goes back to the issue', async () => {
    gateway.reply(() => data({ withdrawNewsletter: { id: 'nl-1', status: 'WITHDRAWN' } }));
    const thrown = await outcome(() =>
      actions.withdraw(postEvent(PATH, { id: 'nl-1' }, { reason }, ADMIN)),
    );
    expect(thrown).toMatchObject({ status: 303, location: '/staff/newsletters/nl-1' });
    expect(gateway.calls[0]?.query).toContain('withdrawNewsletter(id: $id, reason: $reason)');
    expect(gateway.calls[0]?.variables).toEqual({ id: 'nl-1', reason });
    expect(gateway.calls[0]?.actor).toMatchObject({ role: 'ADMIN' });
  });

  it('keeps the reason and shows the service’s words when the issue is no longer published', async () => {
    gateway.reply(() =>
      graphQLError('This newsletter is withdrawn, so that cannot be done now.', 'CONFLICT'),
    );
    const result = await actions.withdraw(postEvent(PATH, { id: 'nl-1' }, { reason }, ADMIN));
    expect(result).toMatchObject({
      status: 400,
      data: { reason, problem: 'This newsletter is withdrawn, so that cannot be done now.' },
    });
  });
});
