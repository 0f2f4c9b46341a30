import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { HttpResponse } from 'msw';
import { ukMonth } from '@engage/shared/uk-time';
import {
  data,
  fakeGateway,
  graphQLError,
  type GatewayCall,
} from '../../../../../../test/fake-gateway.ts';
import {
  CASTLE,
  getEvent,
  OTHER_OFFICER,
  outcome,
  postEvent,
} from '../../../../../../test/staff-events.ts';
import { actions as listActions, load as listLoad } from './+page.server.ts';
import { actions as issueActions, load as issueLoad } from './[month]/+page.server.ts';
import { load as previewLoad } from './[month]/preview/+page.server.ts';

const gateway = fakeGateway();

const PATH = '/staff/teams/castle/newsletters';
const MONTH = '2026-11';
const ISSUE_PATH = `${PATH}/${MONTH}`;
const params = { slug: 'castle', month: MONTH };

const OFFICERS = [
  {
    id: 'o1',
    name: 'Sgt Priya Khan',
    role: 'Sergeant',
    bio: null,
    photoUrl: '/demo-officers/officer-1.svg',
  },
  { id: 'o2', name: 'PCSO Marek Novak', role: 'PCSO', bio: null, photoUrl: null },
];

const FROZEN = {
  priorityId: 'p-old',
  title: 'Parking by the school',
  youSaid: 'Cars on the pavement.',
  weDid: ['Warning letters.'],
};

const DRAFT = {
  id: 'nl-1',
  month: MONTH,
  title: 'Castle newsletter: November 2026',
  status: 'DRAFT',
  introduction: '<p>Hello</p>',
  author: null,
  priorities: [FROZEN],
  events: [],
  advice: '',
  contact: 'Call 101',
  publishedAt: null,
  reviewComment: null,
  scheduledFor: null,
  updatedAt: '2026-11-02T10:00:00.000Z',
  delivery: null,
};

const TEAM_WORK = {
  id: CASTLE.id,
  priorities: [
    {
      id: 'p1',
      year: 2026,
      quarter: 4,
      title: 'Speeding on London Road',
      residentsSaid: 'Cars go too fast.',
      status: 'ACTIVE',
      updates: [
        { actionOn: '2026-11-20', weDid: 'Speed checks on 3 days.' },
        { actionOn: '2026-11-10', weDid: 'A' },
      ],
    },
    {
      id: 'p2',
      year: 2026,
      quarter: 4,
      title: 'Bikes stolen at the station',
      residentsSaid: 'Bikes go missing.',
      status: 'COMPLETED',
      updates: [],
    },
    {
      id: 'p3',
      year: 2026,
      quarter: 2,
      title: 'Old and done',
      residentsSaid: 'Long ago.',
      status: 'COMPLETED',
      updates: [],
    },
  ],
  upcomingEvents: [
    {
      id: 'e1',
      title: 'Beat surgery',
      startsAt: '2026-12-01T18:00:00.000Z',
      place: 'Castle Library',
    },
  ],
};

/** Answers each operation by its name, like the gateway would. */
function answers(replies: Record<string, (call: GatewayCall) => Response>) {
  gateway.reply((call) => {
    const name = /(?:query|mutation) (\w+)/.exec(call.query)?.[1] ?? '';
    const reply = replies[name];
    if (!reply) throw new Error(`unexpected operation ${name}`);
    return reply(call);
  });
}

const issue = () =>
  data({ neighbourhood: { id: CASTLE.id, officers: OFFICERS, newsletter: DRAFT } });
const updated = () => data({ updateNewsletterDraft: { id: DRAFT.id, status: 'DRAFT' } });
const calls = (name: string) => gateway.calls.filter((call) => call.query.includes(name));

const filled = {
  title: 'Castle in November',
  authorOfficerId: 'o1',
  introduction: '<p>Hello from the team</p>',
  advice: '<p>Lock your bike.</p>',
  contact: 'Call 101',
};

describe("a team's newsletters in the staff area", () => {
  it("lists drafts and published issues, and offers to start this month's", async () => {
    answers({
      TeamNewsletters: () =>
        data({
          neighbourhood: {
            id: CASTLE.id,
            subscriberCount: 42,
            newsletterDrafts: [],
            newsletters: { nodes: [] },
          },
        }),
    });

    const result = await listLoad(getEvent(PATH, { slug: 'castle' }));

    expect(result).toEqual({
      subscriberCount: 42,
      drafts: [],
      published: [],
      startMonth: ukMonth(),
    });
  });

  it('shows the 403 page when the service refuses (FORBIDDEN)', async () => {
    answers({ TeamNewsletters: () => graphQLError('Not your team', 'FORBIDDEN') });

    const thrown = await outcome(() => listLoad(getEvent(PATH, { slug: 'castle' }, OTHER_OFFICER)));

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it("starts a month's draft with the team's work, for the service to choose what it features", async () => {
    answers({
      StaffTeam: () => data({ neighbourhood: CASTLE }),
      CreateNewsletterDraft: () => data({ createNewsletterDraft: { id: 'nl-1', month: MONTH } }),
      NewsletterTeamWork: () => data({ neighbourhood: TEAM_WORK }),
      UpdateNewsletterDraft: updated,
    });

    const thrown = await outcome(() =>
      listActions.create(postEvent(PATH, { slug: 'castle' }, { month: MONTH })),
    );

    expect(thrown).toMatchObject({ status: 303, location: ISSUE_PATH });
    expect(calls('createNewsletterDraft')[0]?.variables).toEqual({
      input: { neighbourhoodId: CASTLE.id, month: MONTH },
    });
    const input = calls('updateNewsletterDraft')[0]?.variables['input'] as Record<string, unknown>;
    expect(input['title']).toBe('Castle newsletter: November 2026');
    expect(input['teamWork']).toEqual({
      priorities: [
        {
          priorityId: 'p1',
          year: 2026,
          quarter: 4,
          status: 'ACTIVE',
          title: 'Speeding on London Road',
          residentsSaid: 'Cars go too fast.',
          updates: [
            { actionOn: '2026-11-20', weDid: 'Speed checks on 3 days.' },
            { actionOn: '2026-11-10', weDid: 'A' },
          ],
        },
        {
          priorityId: 'p2',
          year: 2026,
          quarter: 4,
          status: 'COMPLETED',
          title: 'Bikes stolen at the station',
          residentsSaid: 'Bikes go missing.',
          updates: [],
        },
        {
          priorityId: 'p3',
          year: 2026,
          quarter: 2,
          status: 'COMPLETED',
          title: 'Old and done',
          residentsSaid: 'Long ago.',
          updates: [],
        },
      ],
      events: [
        {
          eventId: 'e1',
          title: 'Beat surgery',
          startsAt: '2026-12-01T18:00:00.000Z',
          place: 'Castle Library',
        },
      ],
    });
  });

  it('goes to the existing issue when the month already has one (CONFLICT)', async () => {
    answers({
      StaffTeam: () => data({ neighbourhood: CASTLE }),
      CreateNewsletterDraft: () => graphQLError('Castle already has one', 'CONFLICT'),
    });

    const thrown = await outcome(() =>
      listActions.create(postEvent(PATH, { slug: 'castle' }, { month: MONTH })),
    );

    expect(thrown).toMatchObject({ status: 303, location: ISSUE_PATH });
  });

  it('loads one issue with the officers who may sign it', async () => {
    answers({ StaffNewsletter: issue });

    const result = await issueLoad(getEvent(ISSUE_PATH, params));

    expect(result.newsletter).toEqual(DRAFT);
    expect(result.values).toEqual({
      title: DRAFT.title,
      authorOfficerId: '',
      introduction: '<p>Hello</p>',
      advice: '',
      contact: 'Call 101',
    });
  });

  it('asks again for an issue with no title, keeping what was typed, without calling the gateway', async () => {
    const result = await issueActions.save(
      postEvent(ISSUE_PATH, params, { ...filled, title: ' ' }),
    );

    expect(result).toMatchObject({
      status: 400,
      data: { values: { ...filled, title: '' }, errors: { title: 'title_missing' } },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('saves the words with a snapshot of the chosen officer, leaving the featured work as it is', async () => {
    answers({ StaffNewsletter: issue, UpdateNewsletterDraft: updated });

    const result = await issueActions.save(postEvent(ISSUE_PATH, params, filled));

    expect(result).toEqual({ saved: true });
    expect(calls('updateNewsletterDraft')[0]?.variables).toEqual({
      id: 'nl-1',
      input: {
        title: 'Castle in November',
        introduction: '<p>Hello from the team</p>',
        author: {
          officerId: 'o1',
          name: 'Sgt Priya Khan',
          role: 'Sergeant',
          photoUrl: '/demo-officers/officer-1.svg',
        },
        teamWork: null,
        advice: '<p>Lock your bike.</p>',
        contact: 'Call 101',
      },
    });
  });

  it("refreshes the priorities and events from the team's work, saving what was typed too", async () => {
    answers({
      StaffNewsletter: issue,
      NewsletterTeamWork: () => data({ neighbourhood: TEAM_WORK }),
      UpdateNewsletterDraft: updated,
    });

    const result = await issueActions.refresh(postEvent(ISSUE_PATH, params, filled));

    expect(result).toEqual({ refreshed: true });
    const input = calls('updateNewsletterDraft')[0]?.variables['input'] as Record<string, unknown>;
    expect(
      (input['teamWork'] as { priorities: { priorityId: string }[] }).priorities.map(
        (p) => p.priorityId,
      ),
    ).toEqual(['p1', 'p2', 'p3']);
    expect(input['title']).toBe('Castle in November');
  });

  it('shows the service’s words and keeps the form when it refuses the content', async () => {
    answers({
      StaffNewsletter: issue,
      UpdateNewsletterDraft: () => graphQLError('Only drafts can be changed.', 'CONFLICT'),
    });

    const result = await issueActions.save(postEvent(ISSUE_PATH, params, filled));

    expect(result).toMatchObject({
      status: 400,
      data: { values: filled, problem: 'Only drafts can be changed.' },
    });
  });

  it('saves, then sends the issue for review', async () => {
    answers({
      StaffNewsletter: issue,
      UpdateNewsletterDraft: updated,
      SubmitNewsletterForReview: () =>
        data({ submitNewsletterForReview: { id: 'nl-1', status: 'IN_REVIEW' } }),
    });

    const thrown = await outcome(() => issueActions.submit(postEvent(ISSUE_PATH, params, filled)));

    expect(thrown).toMatchObject({ status: 303, location: ISSUE_PATH });
    expect(calls('updateNewsletterDraft')).toHaveLength(1);
    expect(calls('submitNewsletterForReview')[0]?.variables).toEqual({ id: 'nl-1' });
  });

  it('keeps what was typed and puts the service’s words beside the field it names', async () => {
    answers({
      StaffNewsletter: issue,
      UpdateNewsletterDraft: updated,
      SubmitNewsletterForReview: () =>
        HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Write an introduction before sending it for review.',
              extensions: { code: 'BAD_USER_INPUT', field: 'introduction' },
            },
          ],
        }),
    });
    const empty = { ...filled, introduction: '' };

    const result = await issueActions.submit(postEvent(ISSUE_PATH, params, empty));

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: empty,
        problem: 'Write an introduction before sending it for review.',
        problemField: 'introduction',
      },
    });
  });

  it('publishes now, or refuses a time in the past', async () => {
    answers({
      StaffNewsletter: issue,
      PublishNewsletter: () => data({ publishNewsletter: { id: 'nl-1', status: 'PUBLISHED' } }),
    });

    const past = await issueActions.publish(
      postEvent(ISSUE_PATH, params, { when: 'later', at: '2020-01-01T09:00' }),
    );
    expect(past).toMatchObject({
      status: 400,
      data: {
        publishValues: { when: 'later', at: '2020-01-01T09:00' },
        publishErrors: { at: 'at_past' },
      },
    });
    expect(gateway.calls).toHaveLength(0);

    const now = await outcome(() =>
      issueActions.publish(postEvent(ISSUE_PATH, params, { when: 'now' })),
    );
    expect(now).toMatchObject({ status: 303, location: `${ISSUE_PATH}?done=published` });
    expect(calls('publishNewsletter')[0]?.variables).toEqual({ id: 'nl-1', at: null });
  });

  it('schedules a UK time as an instant', async () => {
    answers({
      StaffNewsletter: issue,
      PublishNewsletter: () => data({ publishNewsletter: { id: 'nl-1', status: 'SCHEDULED' } }),
    });

    const thrown = await outcome(() =>
      issueActions.publish(
        postEvent(ISSUE_PATH, params, { when: 'later', at: '2099-07-01T09:00' }),
      ),
    );

    expect(thrown).toMatchObject({ status: 303, location: `${ISSUE_PATH}?done=scheduled` });

    expect(calls('publishNewsletter')[0]?.variables).toEqual({
      id: 'nl-1',
      at: '2099-07-01T08:00:00.000Z',
    });
  });

  it('previews the email in the format and language asked for', async () => {
    answers({
      StaffNewsletter: issue,
      NewsletterEmailPreview: () =>
        data({ newsletterEmailPreview: { subject: 'Castle', html: '<p>Hi</p>', text: 'Hi' } }),
    });

    const result = await previewLoad(
      getEvent(`${ISSUE_PATH}/preview?format=LARGE_PRINT&language=CY`, params),
    );

    expect(result).toMatchObject({ format: 'LARGE_PRINT', language: 'CY', email: { text: 'Hi' } });
    expect(calls('newsletterEmailPreview')[0]?.variables).toEqual({
      id: 'nl-1',
      format: 'LARGE_PRINT',
      language: 'CY',
    });
  });
});
