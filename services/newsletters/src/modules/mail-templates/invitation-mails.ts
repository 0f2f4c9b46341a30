import type { SubscriberLinks } from '../links/email-links.ts';
import { mailMessages } from './mail-messages.ts';
import type { MailInput, RenderedMail } from './mail-types.ts';
import { renderMail, subscriberFooter } from './render-mail.ts';

/** Sent to a team's subscribers who chose EVENTS, when the team publishes an event. */
export async function renderEventInvitationMail(
  input: MailInput & {
    event: { title: string; startsAt: Date; place: string; teamName: string };
    eventUrl: string;
    links: SubscriberLinks;
  },
): Promise<RenderedMail> {
  const { title, startsAt, place, teamName } = input.event;
  const m = mailMessages(input.language);
  return renderMail(
    {
      locale: m.locale,
      subject: m.t('eventInvitation.subject', { title, day: m.ukDay(startsAt) }),
      preview: m.t('eventInvitation.preview', { teamName }),
      body: [
        { kind: 'heading', level: 1, text: m.t('eventInvitation.heading', { title }) },
        { kind: 'paragraph', text: m.t('eventInvitation.introduction', { teamName }) },
        {
          kind: 'facts',
          facts: [
            { label: m.t('common.when'), value: m.ukDateTime(startsAt) },
            { label: m.t('common.where'), value: place },
            { label: m.t('common.team'), value: teamName },
          ],
        },
        {
          kind: 'action',
          text: m.t('eventInvitation.action', { title }),
          url: input.eventUrl,
          fallback: null,
        },
      ],
      footer: subscriberFooter(m, input.links),
    },
    input,
  );
}

/** Sent to a team's subscribers who chose SURVEYS, when a "Your Views" round opens. */
export async function renderSurveyInvitationMail(
  input: MailInput & {
    roundLabel: string;
    /** YYYY-MM-DD, the last day answers are taken. */
    closesOn: string;
    answerUrl: string;
    teamName: string;
    links: SubscriberLinks;
  },
): Promise<RenderedMail> {
  const { roundLabel, teamName } = input;
  const m = mailMessages(input.language);
  const date = m.calendarDate(input.closesOn);
  return renderMail(
    {
      locale: m.locale,
      subject: m.t('surveyInvitation.subject', { teamName, roundLabel }),
      preview: m.t('surveyInvitation.preview', { date }),
      body: [
        { kind: 'heading', level: 1, text: m.t('surveyInvitation.heading', { roundLabel }) },
        { kind: 'paragraph', text: m.t('surveyInvitation.introduction', { teamName }) },
        { kind: 'paragraph', text: m.t('surveyInvitation.time') },
        { kind: 'paragraph', text: m.t('surveyInvitation.anonymous') },
        { kind: 'paragraph', text: m.t('surveyInvitation.closes', { date }) },
        {
          kind: 'action',
          text: m.t('surveyInvitation.action'),
          url: input.answerUrl,
          fallback: null,
        },
      ],
      footer: subscriberFooter(m, input.links),
    },
    input,
  );
}
