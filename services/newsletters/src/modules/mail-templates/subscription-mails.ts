import { LINK_LIFETIME_SECONDS } from '../links/link-tokens.ts';
import type { Block } from './mail-document.ts';
import { mailMessages } from './mail-messages.ts';
import type { MailInput, RenderedMail } from './mail-types.ts';
import { renderMail } from './render-mail.ts';

const DAY_SECONDS = 24 * 60 * 60;

/** Taken from the token's lifetime, so the mail can never promise longer than the link works. */
const CONFIRM_LINK_DAYS = Math.floor(LINK_LIFETIME_SECONDS.CONFIRM_SUBSCRIPTION / DAY_SECONDS);

/**
 * The double opt-in mail, the only one sent before an address is confirmed. It has no
 * unsubscribe footer: nothing is subscribed yet, and ignoring it is enough (it says so).
 */
export async function renderConfirmationMail(
  input: MailInput & { confirmUrl: string; areaNames: string[] },
): Promise<RenderedMail> {
  const m = mailMessages(input.language);
  const areas: Block[] =
    input.areaNames.length === 0
      ? []
      : [{ kind: 'list', intro: m.t('confirmation.askedFor'), items: input.areaNames }];
  return renderMail(
    {
      locale: m.locale,
      subject: m.t('confirmation.subject'),
      preview: m.t('confirmation.preview'),
      body: [
        { kind: 'heading', level: 1, text: m.t('confirmation.heading') },
        ...areas,
        { kind: 'paragraph', text: m.t('confirmation.nothingUntilConfirmed') },
        {
          kind: 'action',
          text: m.t('confirmation.action'),
          url: input.confirmUrl,
          fallback: m.t('common.buttonFallback'),
        },
        { kind: 'paragraph', text: m.t('confirmation.expires', { count: CONFIRM_LINK_DAYS }) },
        { kind: 'paragraph', text: m.t('confirmation.notYou') },
      ],
      footer: [{ kind: 'paragraph', text: m.t('common.doNotReply') }],
    },
    input,
  );
}

/**
 * Sent instead of a confirmation when a confirmed address signs up again, so the sign-up form
 * never reveals who is subscribed. Only the manage link is known here; the manage page is also
 * where a resident unsubscribes, so the footer says both.
 */
export async function renderAlreadySubscribedMail(
  input: MailInput & { manageUrl: string },
): Promise<RenderedMail> {
  const m = mailMessages(input.language);
  return renderMail(
    {
      locale: m.locale,
      subject: m.t('alreadySubscribed.subject'),
      preview: m.t('alreadySubscribed.preview'),
      body: [
        { kind: 'heading', level: 1, text: m.t('alreadySubscribed.heading') },
        { kind: 'paragraph', text: m.t('alreadySubscribed.explanation') },
        {
          kind: 'action',
          text: m.t('alreadySubscribed.action'),
          url: input.manageUrl,
          fallback: null,
        },
        { kind: 'paragraph', text: m.t('alreadySubscribed.notYou') },
      ],
      footer: [
        { kind: 'paragraph', text: m.t('common.footerReason') },
        { kind: 'link', text: m.t('common.manageOrUnsubscribe'), url: input.manageUrl },
        { kind: 'paragraph', text: m.t('common.doNotReply') },
      ],
    },
    input,
  );
}

/**
 * The fresh link to the demographic answers, asked for on the manage page: it works for an hour
 * and once, and goes only to the address itself, so a forwarded mail's manage link is not enough
 * to read someone's ethnic group, disability or gender.
 */
export async function renderDemographicsLinkMail(
  input: MailInput & { url: string },
): Promise<RenderedMail> {
  const m = mailMessages(input.language);
  return renderMail(
    {
      locale: m.locale,
      subject: m.t('demographicsLink.subject'),
      preview: m.t('demographicsLink.preview'),
      body: [
        { kind: 'heading', level: 1, text: m.t('demographicsLink.heading') },
        { kind: 'paragraph', text: m.t('demographicsLink.explanation') },
        {
          kind: 'action',
          text: m.t('demographicsLink.action'),
          url: input.url,
          fallback: m.t('common.buttonFallback'),
        },
        { kind: 'paragraph', text: m.t('demographicsLink.expires') },
        { kind: 'paragraph', text: m.t('demographicsLink.notYou') },
      ],
      footer: [{ kind: 'paragraph', text: m.t('common.doNotReply') }],
    },
    input,
  );
}
