import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createLogger, type Actor } from '@engage/shared';
import { AuditEntry } from '@engage/shared/audit';
import { headerOf } from '@engage/shared/testing';
import { mailCommanderUpdate } from '../../src/modules/alerts/commander-update.subscriptions.ts';
import { forgetNewsletterSettings } from '../../src/settings.ts';
import {
  analyst,
  commander,
  officer,
  otherCommander,
  otherTeamOfficer,
  reviewer,
} from '../support/actors.ts';
import {
  area,
  neighbourTeam,
  otherArea,
  outsideTeam,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf } from '../support/residents.ts';
import {
  APPROVE,
  AREA_ALERTS,
  as,
  CREATE,
  deliveriesOf,
  QUEUE,
  REQUEST_CHANGES,
  resident,
  SEND,
  SUBMIT,
  TEAM_ALERTS,
  URGENT,
  type AlertView,
} from './alert-support.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());
afterEach(() => {
  delete process.env['ALERTS_NEED_REVIEW'];
  forgetNewsletterSettings();
});

const attempt = (actor: Actor, query: string, variables: Record<string, unknown>) =>
  stack.harness.execute(query, { actor, variables });

/** The force's choice, as its environment says it. */
function forceReviewsAlerts(yes: boolean) {
  process.env['ALERTS_NEED_REVIEW'] = String(yes);
  forgetNewsletterSettings();
}

const message = {
  title: 'Car break-ins on Mill Lane',
  body: 'Three cars were broken into last night.\nPlease lock your car and keep bags out of sight.',
  linkUrl: 'https://www.example.police.uk/advice/vehicle-crime',
};

async function teamDraft(actor: Actor = officer, input: Partial<typeof message> = {}) {
  const { createAlertDraft } = await as(stack, actor, CREATE, {
    input: { neighbourhoodId: team.id, ...message, ...input },
  });
  return createAlertDraft!;
}

describe('a team alert', () => {
  it('reaches each of the team’s confirmed subscribers who want updates exactly once, after review', async () => {
    await resident(stack, 'castle.updates@example.org', { neighbourhoodIds: [team.id] });
    await resident(stack, 'whole.npa@example.org', { policingAreaIds: [area.id] });
    await resident(stack, 'two.teams@example.org', {
      neighbourhoodIds: [team.id, neighbourTeam.id],
      policingAreaIds: [area.id],
    });
    await resident(stack, 'newsletter.only@example.org', {
      neighbourhoodIds: [team.id],
      interests: ['NEWSLETTER', 'EVENTS'],
    });
    await resident(stack, 'not.confirmed@example.org', {
      neighbourhoodIds: [team.id],
      status: 'PENDING',
      confirmedAt: null,
    });
    await resident(stack, 'unsubscribed@example.org', {
      neighbourhoodIds: [team.id],
      status: 'UNSUBSCRIBED',
    });
    await resident(stack, 'neighbour.team@example.org', { neighbourhoodIds: [neighbourTeam.id] });
    await resident(stack, 'elsewhere@example.org', { neighbourhoodIds: [outsideTeam.id] });

    const draft = await teamDraft();
    expect(draft).toMatchObject({ status: 'DRAFT', audience: 'TEAM', audienceName: team.name });
    // The force has alerts reviewed (the default): the officer cannot send it straight away.
    expect(codeOf(await attempt(officer, SEND, { id: draft.id }))).toBe('CONFLICT');
    expect((await as(stack, officer, SUBMIT, { id: draft.id })).submitAlertForReview!.status).toBe(
      'IN_REVIEW',
    );
    expect((await as(stack, reviewer, QUEUE)).alertReviewQueue).toContainEqual({
      id: draft.id,
      status: 'IN_REVIEW',
    });
    const sent = (await as(stack, reviewer, APPROVE, { id: draft.id })).approveAlert!;
    expect(sent).toMatchObject({ status: 'SENT', urgent: false, recipientCount: 3 });
    // Approving twice (a double click) sends nothing more.
    expect(codeOf(await attempt(reviewer, APPROVE, { id: draft.id }))).toBe('CONFLICT');

    const deliveries = await deliveriesOf(stack, draft.id);
    expect(deliveries.map((row) => [row.emailAddress, row.status]).sort()).toEqual([
      ['castle.updates@example.org', 'SENT'],
      ['two.teams@example.org', 'SENT'],
      ['whole.npa@example.org', 'SENT'],
    ]);
    for (const address of [
      'castle.updates@example.org',
      'whole.npa@example.org',
      'two.teams@example.org',
    ]) {
      expect(stack.smtp.mailsTo(address), address).toHaveLength(1);
    }
    for (const address of [
      'newsletter.only@example.org',
      'not.confirmed@example.org',
      'unsubscribed@example.org',
      'neighbour.team@example.org',
      'elsewhere@example.org',
    ]) {
      expect(stack.smtp.mailsTo(address), address).toHaveLength(0);
    }

    const [mail] = stack.smtp.mailsTo('castle.updates@example.org');
    expect(mail!.parsed.subject).toBe(`News from ${team.name}: Car break-ins on Mill Lane`);
    expect(mail!.parsed.text).toContain('Please lock your car and keep bags out of sight.');
    expect(mail!.parsed.text).toContain(message.linkUrl);
    expect(mail!.parsed.text).toContain(
      'https://portal.example.org/subscriptions/unsubscribe?token=',
    );
    expect(mail!.parsed.html).toContain('Car break-ins on Mill Lane');
    expect(headerOf(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const audit = await stack.harness.orm.em.fork().find(AuditEntry, { subjectId: draft.id });
    expect(audit.map((entry) => [entry.action, entry.actorRole])).toEqual([
      ['alert.approved', 'REVIEWER'],
    ]);
  });

  it('goes out when the officer sends it, if the force does not have alerts reviewed', async () => {
    forceReviewsAlerts(false);
    await resident(stack, 'no.review@example.org', { neighbourhoodIds: [team.id] });
    const draft = await teamDraft(officer, { title: 'Road closed for the carnival' });
    const sent = (await as(stack, officer, SEND, { id: draft.id })).sendAlert!;
    expect(sent.status).toBe('SENT');
    await deliveriesOf(stack, draft.id);
    const mail = await stack.smtp.waitForMailTo('no.review@example.org');
    expect(mail.parsed.subject).toBe(`News from ${team.name}: Road closed for the carnival`);
    expect(stack.smtp.mailsTo('no.review@example.org')).toHaveLength(1);
  });

  it('can be handed back by a reviewer with a comment, and is not sent', async () => {
    const draft = await teamDraft(officer, { title: 'A draft that needs work' });
    await as(stack, officer, SUBMIT, { id: draft.id });
    const back = (
      await as(stack, reviewer, REQUEST_CHANGES, { id: draft.id, comment: 'Say which streets.' })
    ).requestAlertChanges!;
    expect(back).toMatchObject({ status: 'CHANGES_REQUESTED', recipientCount: null });
    expect(await deliveriesOf(stack, draft.id)).toEqual([]);
  });
});

describe('the urgent path', () => {
  it('lets the NPA’s commander send a team’s alert at once, without review, marked urgent', async () => {
    await resident(stack, 'urgent.castle@example.org', { neighbourhoodIds: [team.id] });
    const draft = await teamDraft(officer, { title: 'Missing girl, aged 9' });
    // Nobody but the commander may skip the review: not the officer who wrote it.
    expect(codeOf(await attempt(officer, URGENT, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(reviewer, URGENT, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(otherCommander, URGENT, { id: draft.id }))).toBe('FORBIDDEN');

    const sent = (await as(stack, commander, URGENT, { id: draft.id })).sendUrgentAlert!;
    expect(sent).toMatchObject({ status: 'SENT', urgent: true });
    const mail = await stack.smtp.waitForMailTo('urgent.castle@example.org');
    expect(mail.parsed.subject).toBe(`Urgent from ${team.name}: Missing girl, aged 9`);
    expect(mail.parsed.text).toContain('This is an urgent message.');
    await deliveriesOf(stack, draft.id);
    expect(stack.smtp.mailsTo('urgent.castle@example.org')).toHaveLength(1);

    const audit = await stack.harness.orm.em.fork().find(AuditEntry, { subjectId: draft.id });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['alert.sent.urgent', commander.id],
    ]);
  });
});

describe('an NPA alert', () => {
  it('reaches the subscribers of every team in the NPA and of the NPA itself, once each', async () => {
    await resident(stack, 'npa.castle@example.org', { neighbourhoodIds: [team.id] });
    await resident(stack, 'npa.neighbour@example.org', { neighbourhoodIds: [neighbourTeam.id] });
    await resident(stack, 'npa.both@example.org', {
      neighbourhoodIds: [team.id, neighbourTeam.id],
      policingAreaIds: [area.id],
    });
    await resident(stack, 'npa.other@example.org', { policingAreaIds: [otherArea.id] });

    expect(
      codeOf(await attempt(officer, CREATE, { input: { policingAreaId: area.id, ...message } })),
    ).toBe('FORBIDDEN');
    const { createAlertDraft: draft } = await as(stack, commander, CREATE, {
      input: { policingAreaId: area.id, ...message, title: 'Festival weekend' },
    });
    expect(draft).toMatchObject({ audience: 'AREA', audienceName: area.name });
    await as(stack, commander, SUBMIT, { id: draft!.id });
    await as(stack, reviewer, APPROVE, { id: draft!.id });

    const deliveries = await deliveriesOf(stack, draft!.id);
    expect(deliveries.map((row) => row.emailAddress).sort()).toEqual(
      expect.arrayContaining([
        'npa.both@example.org',
        'npa.castle@example.org',
        'npa.neighbour@example.org',
      ]),
    );
    for (const address of [
      'npa.castle@example.org',
      'npa.neighbour@example.org',
      'npa.both@example.org',
    ]) {
      expect(stack.smtp.mailsTo(address), address).toHaveLength(1);
    }
    expect(stack.smtp.mailsTo('npa.other@example.org')).toHaveLength(0);
    const listed = (
      await as<{ areaAlerts: AlertView[] }>(stack, commander, AREA_ALERTS, { id: area.id })
    ).areaAlerts;
    expect(listed.map((alert) => alert.id)).toContain(draft!.id);
  });
});

describe('who may write alerts', () => {
  it('refuses the public, other teams’ officers, reviewers and analysts', async () => {
    const input = { neighbourhoodId: team.id, ...message };
    expect(codeOf(await attempt(ANONYMOUS, CREATE, { input }))).toBe('UNAUTHENTICATED');
    for (const someone of [otherTeamOfficer, otherCommander, reviewer, analyst]) {
      expect(codeOf(await attempt(someone, CREATE, { input })), someone.name).toBe('FORBIDDEN');
    }
    const draft = await teamDraft();
    expect(codeOf(await attempt(ANONYMOUS, SUBMIT, { id: draft.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(otherTeamOfficer, SUBMIT, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(otherTeamOfficer, SEND, { id: draft.id }))).toBe('FORBIDDEN');
    await as(stack, officer, SUBMIT, { id: draft.id });
    // Only reviewers approve: not the officer who wrote it, nor their commander.
    expect(codeOf(await attempt(officer, APPROVE, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(commander, APPROVE, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(ANONYMOUS, TEAM_ALERTS, { id: team.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(otherTeamOfficer, TEAM_ALERTS, { id: team.id }))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(officer, QUEUE, {}))).toBe('FORBIDDEN');
    expect(await deliveriesOf(stack, draft.id)).toEqual([]);
  });

  it('says which field is wrong: a blank title, a link that is not https', async () => {
    const blank = await attempt(officer, CREATE, {
      input: { neighbourhoodId: team.id, ...message, title: '   ' },
    });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(blank.errors)).toContain('title');
    const link = await attempt(officer, CREATE, {
      input: { neighbourhoodId: team.id, ...message, linkUrl: 'javascript:alert(1)' },
    });
    expect(codeOf(link)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(link.errors)).toContain('linkUrl');
  });
});

describe('the commander’s weekly update, when it is to be emailed', () => {
  it('is mailed once to each subscriber of the NPA who wants updates, however often the event comes', async () => {
    await resident(stack, 'weekly.castle@example.org', { neighbourhoodIds: [neighbourTeam.id] });
    await resident(stack, 'weekly.npa@example.org', { policingAreaIds: [area.id] });
    await resident(stack, 'weekly.no.updates@example.org', {
      policingAreaIds: [area.id],
      interests: ['NEWSLETTER'],
    });
    const update = {
      updateId: randomUUID(),
      policingAreaId: area.id,
      title: 'This week in the city centre',
      body: 'We made 14 arrests for shoplifting this week.',
      videoUrl: null,
      authorName: 'Chief Inspector Sam Rowe',
      publishedAt: new Date().toISOString(),
    };
    const silent = createLogger('test', 'silent');
    for (let replay = 0; replay < 2; replay++) {
      await stack.harness.orm.em
        .fork()
        .transactional((em) => mailCommanderUpdate(em, update, silent));
    }
    const deliveries = await deliveriesOf(stack, update.updateId);
    expect(deliveries.map((row) => row.emailAddress)).toEqual(
      expect.arrayContaining(['weekly.castle@example.org', 'weekly.npa@example.org']),
    );
    const mail = await stack.smtp.waitForMailTo('weekly.npa@example.org');
    expect(mail.parsed.subject).toBe(`News from ${area.name}: This week in the city centre`);
    expect(stack.smtp.mailsTo('weekly.npa@example.org')).toHaveLength(1);
    expect(stack.smtp.mailsTo('weekly.castle@example.org')).toHaveLength(1);
    expect(stack.smtp.mailsTo('weekly.no.updates@example.org')).toHaveLength(0);
    const listed = (
      await as<{ areaAlerts: AlertView[] }>(stack, commander, AREA_ALERTS, { id: area.id })
    ).areaAlerts;
    expect(listed.find((alert) => alert.id === update.updateId)).toMatchObject({
      status: 'SENT',
      source: 'COMMANDER_UPDATE',
    });
  });
});
