import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { ANONYMOUS, PORTAL_SERVICE } from '@engage/shared/auth';
import { overwriteGetLocale } from '#lib/paraglide/runtime.js';
import { data, fakeGateway, graphQLError } from '../../../../../test/fake-gateway.ts';
import { getEvent, outcome } from '../../../../../test/staff-events.ts';
import { load as archiveLoad } from './+page.server.ts';
import { load as issueLoad } from './[month]/+page.server.ts';
import { load as printLoad } from './[month]/print/+page.server.ts';

const gateway = fakeGateway();

const TEAM = {
  id: 'n-castle',
  slug: 'castle',
  name: 'Castle',
  policingArea: { slug: 'city-centre', name: 'City Centre' },
};
const ISSUE = {
  id: 'nl-1',
  month: '2026-11',
  title: 'Castle in November',
  status: 'PUBLISHED',
  introduction: '<p>Hello</p>',
  author: null,
  priorities: [],
  events: [],
  advice: '',
  contact: 'Call 101',
  publishedAt: '2026-11-03T09:00:00.000Z',
};

describe('the public newsletter archive', () => {
  it('asks anonymously for a year of issues, then the next page from its cursor', async () => {
    const newsletters = { nodes: [], totalCount: 0, hasNextPage: false, endCursor: null };
    gateway.reply(() => data({ neighbourhood: { ...TEAM, newsletters } }));

    const first = await archiveLoad(
      getEvent('/neighbourhoods/castle/newsletters', { slug: 'castle' }, ANONYMOUS),
    );
    await archiveLoad(
      getEvent('/neighbourhoods/castle/newsletters?after=abc', { slug: 'castle' }, ANONYMOUS),
    );

    expect(first).toEqual({ team: TEAM, newsletters, paged: false });
    expect(gateway.calls[0]?.actor).toBeUndefined();
    expect(gateway.calls[0]?.variables).toEqual({ slug: 'castle', first: 12, after: null });
    expect(gateway.calls[1]?.variables).toEqual({ slug: 'castle', first: 12, after: 'abc' });
  });

  it('shows a published issue as a web page', async () => {
    gateway.reply(() => data({ neighbourhood: { ...TEAM, newsletter: ISSUE } }));

    const result = await issueLoad(
      getEvent('/neighbourhoods/castle/newsletters/2026-11', { slug: 'castle', month: '2026-11' }),
    );

    expect(result).toEqual({ team: TEAM, newsletter: ISSUE });
  });

  it('answers 404 for a month that is not one, and for an issue not published', async () => {
    const notAMonth = await outcome(() =>
      issueLoad(getEvent('/x', { slug: 'castle', month: '2026-13' }, ANONYMOUS)),
    );
    expect(isHttpError(notAMonth, 404)).toBe(true);
    expect(gateway.calls).toHaveLength(0);

    gateway.reply(() =>
      data({ neighbourhood: { ...TEAM, newsletter: { ...ISSUE, status: 'APPROVED' } } }),
    );
    const draft = await outcome(() =>
      issueLoad(getEvent('/x', { slug: 'castle', month: '2026-11' })),
    );
    expect(isHttpError(draft, 404)).toBe(true);
  });

  it('answers 410 Gone for an issue withdrawn after publishing, so its page says so', async () => {
    gateway.reply(() =>
      data({ neighbourhood: { ...TEAM, newsletter: null, newsletterWithdrawn: true } }),
    );
    const withdrawn = await outcome(() =>
      issueLoad(getEvent('/x', { slug: 'castle', month: '2026-11' }, ANONYMOUS)),
    );
    expect(isHttpError(withdrawn, 410)).toBe(true);
    expect(gateway.calls[0]?.query).toContain('newsletterWithdrawn(month: $month)');
  });

  it('counts a read of an issue by a visitor, asked as the portal itself, and nothing more', async () => {
    gateway.reply((call) =>
      call.query.includes('recordNewsletterView')
        ? data({ recordNewsletterView: true })
        : data({ neighbourhood: { ...TEAM, newsletter: ISSUE } }),
    );

    const result = await issueLoad(getEvent('/x', { slug: 'castle', month: '2026-11' }, ANONYMOUS));

    expect(result).toEqual({ team: TEAM, newsletter: ISSUE });
    expect(gateway.calls).toHaveLength(2);
    expect(gateway.calls[1]?.query).toContain('recordNewsletterView(id: $id)');
    expect(gateway.calls[1]?.variables).toEqual({ id: ISSUE.id });
    expect(gateway.calls[1]?.actor).toEqual(PORTAL_SERVICE);
  });

  it('asks for the issue’s translation into the page’s language', async () => {
    const urdu = {
      language: 'UR',
      title: 'کیسل کی خبریں',
      introduction: '<p>سلام</p>',
      advice: '',
    };
    gateway.reply(() =>
      data({ neighbourhood: { ...TEAM, newsletter: { ...ISSUE, translation: urdu } } }),
    );
    overwriteGetLocale(() => 'ur');
    try {
      const result = await printLoad(
        getEvent('/x', { slug: 'castle', month: '2026-11' }, ANONYMOUS),
      );
      expect(result.newsletter.translation).toEqual(urdu);
    } finally {
      overwriteGetLocale(() => 'en');
    }
    expect(gateway.calls[0]?.query).toContain('translation(language: $language)');
    expect(gateway.calls[0]?.variables).toMatchObject({ slug: 'castle', language: 'UR' });
  });

  it('does not count staff reading their own page, nor the print version', async () => {
    gateway.reply(() => data({ neighbourhood: { ...TEAM, newsletter: ISSUE } }));

    await issueLoad(getEvent('/x', { slug: 'castle', month: '2026-11' }));
    await printLoad(getEvent('/x', { slug: 'castle', month: '2026-11' }, ANONYMOUS));

    expect(gateway.calls.map((call) => call.query)).not.toContainEqual(
      expect.stringContaining('recordNewsletterView'),
    );
  });

  it('still shows the page when the count cannot be made', async () => {
    gateway.reply((call) =>
      call.query.includes('recordNewsletterView')
        ? graphQLError('Too many requests', 'RATE_LIMITED')
        : data({ neighbourhood: { ...TEAM, newsletter: ISSUE } }),
    );

    const result = await issueLoad(getEvent('/x', { slug: 'castle', month: '2026-11' }, ANONYMOUS));

    expect(result).toEqual({ team: TEAM, newsletter: ISSUE });
  });
});
