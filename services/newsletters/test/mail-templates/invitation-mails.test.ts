import { describe, expect, it } from 'vitest';
import {
  type Recipient,
  renderEventInvitationMail,
  renderSurveyInvitationMail,
} from '../../src/modules/mail-templates/index.ts';
import { ANSWER_URL, escapeRegExp, EVENT_URL, HOSTILE, htmlOf, LINKS, FORCE } from './fixtures.ts';

const TEAM = 'Belgrave Neighbourhood Team';

const inviteToEvent = (
  recipient: Recipient,
  event = {
    title: 'Street meeting',
    startsAt: new Date('2026-11-03T19:30:00Z'),
    place: 'Belgrave Library',
    teamName: TEAM,
  },
) =>
  renderEventInvitationMail({
    ...recipient,
    force: FORCE,
    event,
    eventUrl: EVENT_URL,
    links: LINKS,
  });

const inviteToSurvey = (
  recipient: Recipient,
  overrides: { closesOn?: string; roundLabel?: string } = {},
) =>
  renderSurveyInvitationMail({
    ...recipient,
    force: FORCE,
    roundLabel: 'Autumn 2026',
    closesOn: '2026-12-04',
    answerUrl: ANSWER_URL,
    teamName: TEAM,
    links: LINKS,
    ...overrides,
  });

describe('the event invitation', () => {
  it('says what, when in UK time, where, who, and links to the event in words', async () => {
    const mail = await inviteToEvent({ language: 'EN', format: 'HTML' });
    expect(mail.subject).toBe('Invitation: Street meeting, Tuesday, 3 November 2026');
    expect(mail.text).toContain(
      'When: Tuesday, 3 November 2026 at 19:30\nWhere: Belgrave Library\nTeam: Belgrave Neighbourhood Team',
    );
    expect(mail.text).toContain(`Find out more about Street meeting:\n${EVENT_URL}`);
    expect(htmlOf(mail)).toMatch(
      new RegExp(
        `href="${escapeRegExp(EVENT_URL)}"[^>]*>\\s*Find out more about Street meeting\\s*</a>`,
      ),
    );
    expect(htmlOf(mail)).toMatch(/<strong[^>]*>When:<\/strong> Tuesday, 3 November 2026 at 19:30/);
  });

  it('is in Welsh for a Welsh speaker', async () => {
    const mail = await inviteToEvent({ language: 'CY', format: 'PLAIN_TEXT' });
    expect(mail.subject).toBe('Gwahoddiad: Street meeting, Dydd Mawrth, 3 Tachwedd 2026');
    expect(mail.text).toContain('Pryd: Dydd Mawrth, 3 Tachwedd 2026 am 19:30');
    expect(mail.text).toContain(`Rhagor o wybodaeth am Street meeting:\n${EVENT_URL}`);
  });

  it('escapes a hostile title, place and team name', async () => {
    const mail = await inviteToEvent(
      { language: 'EN', format: 'LARGE_PRINT' },
      {
        title: HOSTILE,
        startsAt: new Date('2026-11-03T19:30:00Z'),
        place: HOSTILE,
        teamName: HOSTILE,
      },
    );
    expect(htmlOf(mail)).not.toContain('<script');
    expect(htmlOf(mail)).toContain('You are invited: &lt;script&gt;');
  });
});

describe('the survey invitation', () => {
  it('gives the round, the closing date, how long it is, that answers are not linked to the address, and the link', async () => {
    const mail = await inviteToSurvey({ language: 'EN', format: 'HTML' });
    expect(mail.text).toContain('Your Views: Autumn 2026\n=======================');
    expect(mail.text).toContain('There are five short questions');
    expect(mail.text).toContain('We do not link your answers to your name or email address.');
    expect(mail.text).toContain('The survey closes on Friday, 4 December 2026.');
    expect(mail.text).toContain(`Answer the Your Views survey:\n${ANSWER_URL}`);
    expect(htmlOf(mail)).toMatch(
      new RegExp(
        `href="${escapeRegExp(ANSWER_URL)}"[^>]*>\\s*Answer the Your Views survey\\s*</a>`,
      ),
    );
  });

  it('is in Welsh for a Welsh speaker', async () => {
    const mail = await inviteToSurvey({ language: 'CY', format: 'LARGE_PRINT' });
    expect(mail.text).toContain("Mae'r arolwg yn cau ar Dydd Gwener, 4 Rhagfyr 2026.");
    expect(mail.text).toContain('Mae pum cwestiwn byr');
    expect(mail.text).toContain("Nid ydym yn cysylltu eich atebion â'ch enw");
    expect(htmlOf(mail)).toContain('<html lang="cy"');
  });

  it('escapes a hostile round label', async () => {
    const mail = await inviteToSurvey({ language: 'EN', format: 'HTML' }, { roundLabel: HOSTILE });
    expect(htmlOf(mail)).not.toContain('<script');
    expect(htmlOf(mail)).toContain('Your Views: &lt;script&gt;');
  });

  it.each(['2026-02-30', '4 December', '2026-12-4'])(
    'refuses a closing date that is not a real YYYY-MM-DD (%s)',
    async (closesOn) => {
      await expect(
        inviteToSurvey({ language: 'EN', format: 'HTML' }, { closesOn }),
      ).rejects.toThrow(RangeError);
    },
  );
});
