import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { verifySurveyInvitation } from '@engage/shared/auth';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import {
  inviteToEvent,
  inviteToSurvey,
} from '../../src/modules/invitations/invitation.subscriptions.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import {
  area,
  neighbourTeam,
  outsideTeam,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const silent = createLogger('test', 'silent');

async function subscriber(email: string, choices: Partial<Subscriber>) {
  const em = stack.harness.orm.em.fork();
  const row = em.create(Subscriber, {
    id: randomUUID(),
    email,
    emailKey: email,
    status: 'CONFIRMED',
    interests: ['SURVEYS'],
    confirmedAt: new Date(),
    ...choices,
  });
  await em.flush();
  return row;
}

const round = (closesOn: string) => ({
  roundId: randomUUID(),
  roundLabel: 'Your Views, winter 2030',
  openedOn: '2030-01-01',
  closesOn,
  neighbourhoodIds: [team.id, neighbourTeam.id],
});

describe('survey invitations', () => {
  it('invite each subscriber once, for one of their teams in the round, with a signed answer link', async () => {
    const direct = await subscriber('direct@example.org', {
      neighbourhoodIds: [neighbourTeam.id, team.id],
    });
    const viaArea = await subscriber('via.area@example.org', { policingAreaIds: [area.id] });
    await subscriber('not.in.round@example.org', { neighbourhoodIds: [outsideTeam.id] });
    await subscriber('no.surveys@example.org', {
      neighbourhoodIds: [team.id],
      interests: ['NEWSLETTER'],
    });
    const opened = round('2099-03-31');
    for (let replay = 0; replay < 2; replay++) {
      await stack.harness.orm.em.fork().transactional((em) => inviteToSurvey(em, opened, silent));
    }

    const mail = await stack.smtp.waitForMailTo('direct@example.org');
    await stack.smtp.waitForMailTo('via.area@example.org');
    const deliveries = await stack.harness.orm.em
      .fork()
      .find(Delivery, { subjectId: opened.roundId });
    expect(deliveries.map((row) => row.emailAddress).sort()).toEqual([
      'direct@example.org',
      'via.area@example.org',
    ]);

    const url = /https:\/\/portal\.example\.org\/your-views\/answer\?token=([\w.-]+)/.exec(
      mail.parsed.text ?? '',
    );
    const invitation = await verifySurveyInvitation(
      url![1]!,
      stack.env['INVITATION_SIGNING_SECRET']!,
    );
    const own = deliveries.find((row) => row.subscriberId === direct.id)!;
    // The first team they chose that is in the round.
    expect(invitation).toEqual({
      roundId: opened.roundId,
      neighbourhoodId: neighbourTeam.id,
      invitationId: own.id,
    });
    const areaDelivery = deliveries.find((row) => row.subscriberId === viaArea.id)!;
    expect([team.id, neighbourTeam.id]).toContain(areaDelivery.neighbourhoodId);
  });

  it('carry nothing in the link that names the subscriber: no id, no address, only the invitation', async () => {
    const invited = await subscriber('opaque.link@example.org', { neighbourhoodIds: [team.id] });
    const opened = round('2099-04-30');
    await stack.harness.orm.em.fork().transactional((em) => inviteToSurvey(em, opened, silent));
    const mail = await stack.smtp.waitForMailTo('opaque.link@example.org');
    const token = /your-views\/answer\?token=([\w.-]+)/.exec(mail.parsed.text ?? '')![1]!;
    // Anyone holding the link can read a signed token's middle part: it must reveal no one.
    const readable = token
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join(' ');
    expect(readable).toContain(opened.roundId);
    expect(readable).not.toContain(invited.id);
    expect(readable).not.toContain('subscriber');
    expect(readable).not.toContain('opaque.link');
    const invitation = await verifySurveyInvitation(token, stack.env['INVITATION_SIGNING_SECRET']!);
    const [delivery] = await stack.harness.orm.em
      .fork()
      .find(Delivery, { subjectId: opened.roundId, subscriberId: invited.id });
    // The invitation id is the delivery's own random id: only this service can tell whose it is.
    expect(invitation).toEqual({
      roundId: opened.roundId,
      neighbourhoodId: team.id,
      invitationId: delivery!.id,
    });
  });

  it('are good until the end of the round’s last day in the UK, in summer time too', async () => {
    await subscriber('summer.round@example.org', { neighbourhoodIds: [team.id] });
    const opened = round('2099-06-30');
    await stack.harness.orm.em.fork().transactional((em) => inviteToSurvey(em, opened, silent));
    const mail = await stack.smtp.waitForMailTo('summer.round@example.org');
    const token = /your-views\/answer\?token=([\w.-]+)/.exec(mail.parsed.text ?? '')![1]!;
    const secret = stack.env['INVITATION_SIGNING_SECRET']!;
    // 23:59 BST on 30 June is 22:59 UTC: still the last day.
    await expect(
      verifySurveyInvitation(token, secret, new Date('2099-06-30T22:59:00Z')),
    ).resolves.toMatchObject({ roundId: opened.roundId });
    // 23:30 UTC is 00:30 BST on 1 July: the round has closed, and so has the link.
    await expect(
      verifySurveyInvitation(token, secret, new Date('2099-06-30T23:30:00Z')),
    ).rejects.toThrow('expired');
  });

  it('skip a round that has already closed (the seed replays history)', async () => {
    await subscriber('history@example.org', { neighbourhoodIds: [team.id] });
    const closed = round('2020-03-31');
    await stack.harness.orm.em.fork().transactional((em) => inviteToSurvey(em, closed, silent));
    expect(await stack.harness.orm.em.fork().count(Delivery, { subjectId: closed.roundId })).toBe(
      0,
    );
  });
});

describe('event invitations', () => {
  it('are not sent for an event that has already started (the seed replays history)', async () => {
    await subscriber('keen@example.org', { neighbourhoodIds: [team.id], interests: ['EVENTS'] });
    const eventId = randomUUID();
    await stack.harness.orm.em.fork().transactional((em) =>
      inviteToEvent(
        em,
        {
          eventId,
          neighbourhoodId: team.id,
          title: 'Last year’s surgery',
          startsAt: '2020-01-15T18:00:00.000Z',
          place: 'Library',
        },
        silent,
      ),
    );
    expect(await stack.harness.orm.em.fork().count(Delivery, { subjectId: eventId })).toBe(0);
  });
});
