import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '@engage/shared/auth';
import { AuditEntry } from '@engage/shared/audit';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { admin, analyst, commander, errorCode, officer, reviewer, team } from './support/actors.ts';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { SurveyResponse } from '../src/modules/answering/survey-response.entity.ts';
import { runRoundCalendar } from '../src/modules/rounds/round-lifecycle.ts';
import { SurveyRound } from '../src/modules/rounds/survey-round.entity.ts';
import { surveysService } from '../src/service.ts';

/**
 * Putting a round right (issue 9): an admin voids a round, or excludes its flagged open-link
 * answers and can include them again; each with a reason, in the audit log, in one transaction.
 */

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const CREATE = `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }`;
const VOID = `mutation($input: VoidSurveyRoundInput!) {
  voidSurveyRound(input: $input) { id status voidedAt }
}`;
const EXCLUDE = `mutation($input: OpenLinkAnswersInput!) {
  excludeOpenLinkAnswers(input: $input) { changed round { excludedResponseCount } }
}`;
const INCLUDE = `mutation($input: OpenLinkAnswersInput!) {
  includeOpenLinkAnswers(input: $input) { changed round { excludedResponseCount } }
}`;
const STAFF_VIEW = `query($id: ID!) {
  surveyRound(id: $id) {
    voidedAt excludedResponseCount openLinkDays { day answers excluded }
    auditEntries { actorName actorRole action reason before after }
  }
}`;
const SUBMIT = `mutation($input: SubmitSurveyInput!) { submitSurveyResponse(input: $input) { verified } }`;

async function newRound(label: string, open = true): Promise<string> {
  const created = await surveys.execute<{ createSurveyRound: { id: string } }>(CREATE, {
    actor: admin,
    variables: {
      input: { label, opensOn: '2026-11-01', closesOn: '2099-12-31', policingAreaIds: [] },
    },
  });
  const id = created.data!.createSurveyRound.id;
  if (open) {
    await surveys.execute(`mutation($id: ID!) { openSurveyRound(id: $id) { id } }`, {
      actor: admin,
      variables: { id },
    });
  }
  return id;
}

/** Answers as they would have come in on given days: `open` open-link and `invited` verified. */
async function answersOn(roundId: string, day: string, open: number, invited = 0) {
  const em = surveys.orm.em.fork();
  for (let i = 0; i < open + invited; i += 1) {
    em.create(SurveyResponse, {
      id: randomUUID(),
      roundId,
      neighbourhoodId: team.id,
      policingAreaId: null,
      verified: i >= open,
      submittedOn: day,
      ageBand: null,
      ethnicGroup: null,
      disability: null,
      gender: null,
      q1: 'AGREE',
      q2: 'AGREE',
      q3: 'AGREE',
      q4: 'AGREE',
      q5: 'AGREE',
    });
  }
  await em.flush();
}

const excludedOn = async (roundId: string) =>
  (
    await surveys.orm.em
      .fork()
      .find(SurveyResponse, { roundId, excludedAt: { $ne: null } }, { orderBy: { id: 'asc' } })
  ).map((response) => ({ day: response.submittedOn, verified: response.verified }));

describe('voiding a round', () => {
  it('marks it voided, stops an open round taking answers, and logs who, why and the counts', async () => {
    const id = await newRound('Ran in error');
    await answersOn(id, '2026-11-03', 2, 3);

    const voided = await surveys.execute<{ voidSurveyRound: { status: string; voidedAt: string } }>(
      VOID,
      { actor: admin, variables: { input: { roundId: id, reason: 'Sent to the wrong area' } } },
    );

    expect(voided.errors).toBeUndefined();
    expect(voided.data?.voidSurveyRound.status).toBe('CLOSED');
    const stored = await surveys.orm.em.fork().findOneOrFail(SurveyRound, { id });
    expect(stored.voidedAt).toBeInstanceOf(Date);
    const [entry] = await surveys.orm.em.fork().find(AuditEntry, { subjectId: id });
    expect(entry).toMatchObject({
      actorId: 'adm-1',
      actorRole: 'ADMIN',
      action: 'survey_round.voided',
      subjectType: 'SurveyRound',
      reason: 'Sent to the wrong area',
      before: { status: 'OPEN', voided: false, responses: 5, openLinkAnswers: 2 },
      after: { status: 'CLOSED', voided: true, responses: 5, openLinkAnswers: 2 },
    });
    const late = await surveys.execute(SUBMIT, {
      variables: { input: { roundId: id, answers: [] } },
    });
    expect(errorCode(late.errors)).toBe('ROUND_CLOSED');
  });

  it('needs a reason, happens once, and a voided scheduled round is never opened', async () => {
    const id = await newRound('Never to run', false);
    const blank = await surveys.execute(VOID, {
      actor: admin,
      variables: { input: { roundId: id, reason: '       ' } },
    });
    expect(errorCode(blank.errors)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0]?.extensions?.['field']).toBe('reason');
    const spoofed = await surveys.execute(VOID, {
      actor: admin,
      variables: { input: { roundId: id, reason: 'Looks fine \u202Eenil skool' } },
    });
    expect(errorCode(spoofed.errors)).toBe('BAD_USER_INPUT');
    expect(await surveys.orm.em.fork().count(AuditEntry, { subjectId: id })).toBe(0);

    const first = await surveys.execute(VOID, {
      actor: admin,
      variables: { input: { roundId: id, reason: 'Replaced by another round' } },
    });
    const again = await surveys.execute(VOID, {
      actor: admin,
      variables: { input: { roundId: id, reason: 'Replaced by another round' } },
    });
    expect(first.errors).toBeUndefined();
    expect(errorCode(again.errors)).toBe('CONFLICT');

    const opened = await surveys.execute(`mutation($id: ID!) { openSurveyRound(id: $id) { id } }`, {
      actor: admin,
      variables: { id },
    });
    expect(errorCode(opened.errors)).toBe('CONFLICT');
    const calendar = await runRoundCalendar(surveys.orm.em.fork(), new Date('2026-11-15T12:00Z'));
    expect(calendar.opened).not.toContain(id);
    const stored = await surveys.orm.em.fork().findOneOrFail(SurveyRound, { id });
    expect(stored.status).toBe('SCHEDULED');
  });
});

describe('excluding flagged open-link answers', () => {
  it('excludes the open-link answers of the days chosen, logs the counts, and includes them again', async () => {
    const id = await newRound('A burst on one day');
    await answersOn(id, '2026-11-03', 2, 1);
    await answersOn(id, '2026-11-04', 40, 2);
    await answersOn(id, '2026-11-05', 3);

    const excluded = await surveys.execute<{
      excludeOpenLinkAnswers: { changed: number; round: { excludedResponseCount: number } };
    }>(EXCLUDE, {
      actor: admin,
      variables: {
        input: { roundId: id, days: ['2026-11-04'], reason: 'A burst from one script' },
      },
    });

    expect(excluded.errors).toBeUndefined();
    expect(excluded.data?.excludeOpenLinkAnswers).toEqual({
      changed: 40,
      round: { excludedResponseCount: 40 },
    });
    const flagged = await excludedOn(id);
    expect(flagged).toHaveLength(40);
    expect(flagged.every((answer) => answer.day === '2026-11-04' && !answer.verified)).toBe(true);

    const view = await surveys.execute<{ surveyRound: Record<string, unknown> }>(STAFF_VIEW, {
      actor: admin,
      variables: { id },
    });
    expect(view.data?.surveyRound).toMatchObject({
      voidedAt: null,
      excludedResponseCount: 40,
      openLinkDays: [
        { day: '2026-11-03', answers: 2, excluded: 0 },
        { day: '2026-11-04', answers: 40, excluded: 40 },
        { day: '2026-11-05', answers: 3, excluded: 0 },
      ],
      auditEntries: [
        {
          actorName: 'Admin',
          actorRole: 'ADMIN',
          action: 'survey_answers.excluded',
          reason: 'A burst from one script',
          before: { responses: 48, openLinkAnswers: 45, excludedAnswers: 0, days: ['2026-11-04'] },
          after: { responses: 48, openLinkAnswers: 45, excludedAnswers: 40, changed: 40 },
        },
      ],
    });

    const included = await surveys.execute<{ includeOpenLinkAnswers: { changed: number } }>(
      INCLUDE,
      {
        actor: admin,
        variables: { input: { roundId: id, days: [], reason: 'The burst was a school class' } },
      },
    );
    expect(included.data?.includeOpenLinkAnswers.changed).toBe(40);
    expect(await excludedOn(id)).toEqual([]);
    const entries = await surveys.orm.em
      .fork()
      .find(AuditEntry, { subjectId: id }, { orderBy: { at: 'asc' } });
    expect(entries.map((entry) => [entry.action, entry.after])).toEqual([
      ['survey_answers.excluded', expect.objectContaining({ excludedAnswers: 40 })],
      ['survey_answers.included', expect.objectContaining({ excludedAnswers: 0, changed: 40 })],
    ]);
  });

  it('excludes every open-link answer of the round when no day is chosen, and never an invited one', async () => {
    const id = await newRound('Open link compromised');
    await answersOn(id, '2026-11-03', 4, 2);
    await answersOn(id, '2026-11-09', 6, 1);

    const excluded = await surveys.execute<{ excludeOpenLinkAnswers: { changed: number } }>(
      EXCLUDE,
      {
        actor: admin,
        variables: { input: { roundId: id, reason: 'The link was posted on a forum' } },
      },
    );

    expect(excluded.data?.excludeOpenLinkAnswers.changed).toBe(10);
    const flagged = await excludedOn(id);
    expect(flagged).toHaveLength(10);
    expect(flagged.some((answer) => answer.verified)).toBe(false);
    const nothingLeft = await surveys.execute(EXCLUDE, {
      actor: admin,
      variables: { input: { roundId: id, reason: 'The link was posted on a forum' } },
    });
    expect(errorCode(nothingLeft.errors)).toBe('BAD_USER_INPUT');
    expect(await surveys.orm.em.fork().count(AuditEntry, { subjectId: id })).toBe(1);
  });
});

describe('who may put a round right', () => {
  const others: [string, Actor, string][] = [
    ['an officer', officer, 'FORBIDDEN'],
    ['a commander', commander, 'FORBIDDEN'],
    ['a reviewer', reviewer, 'FORBIDDEN'],
    ['an analyst', analyst, 'FORBIDDEN'],
    ['the public', ANONYMOUS, 'UNAUTHENTICATED'],
  ];

  it.each(others)(
    '%s may not void, exclude or include, and nothing changes',
    async (_, actor, code) => {
      const id = await newRound(`Not yours to change ${randomUUID()}`);
      await answersOn(id, '2026-11-03', 3);
      await surveys.execute(EXCLUDE, {
        actor: admin,
        variables: { input: { roundId: id, days: ['2026-11-03'], reason: 'Flagged by an admin' } },
      });
      const reason = 'Because I can';
      for (const [mutation, input] of [
        [VOID, { roundId: id, reason }],
        [EXCLUDE, { roundId: id, reason }],
        [INCLUDE, { roundId: id, reason }],
      ] as const) {
        const { errors } = await surveys.execute(mutation, { actor, variables: { input } });
        expect(errorCode(errors)).toBe(code);
      }
      const round = await surveys.orm.em.fork().findOneOrFail(SurveyRound, { id });
      expect(round.voidedAt).toBeNull();
      expect(await excludedOn(id)).toHaveLength(3);
      expect(await surveys.orm.em.fork().count(AuditEntry, { subjectId: id })).toBe(1);
    },
  );

  it('shows the public no voided state, excluded counts or audit reasons', async () => {
    const id = await newRound('Public view');
    await answersOn(id, '2026-11-03', 2);
    await surveys.execute(EXCLUDE, {
      actor: admin,
      variables: { input: { roundId: id, reason: 'A private note about a resident' } },
    });
    for (const field of [
      'voidedAt',
      'excludedResponseCount',
      'openLinkDays { day answers excluded }',
      'auditEntries { reason }',
    ]) {
      const result = await surveys.execute(
        `query($id: ID!) { surveyRound(id: $id) { ${field} } }`,
        {
          variables: { id },
        },
      );
      expect(errorCode(result.errors)).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(result)).not.toContain('private note');
      // Nullable fields come back null beside the error; nothing of the value is shown.
      const round = result.data?.['surveyRound'] as Record<string, unknown> | null | undefined;
      expect(Object.values(round ?? {}).every((value) => value === null)).toBe(true);
    }
    const staff = await surveys.execute(
      `query($id: ID!) { surveyRound(id: $id) { auditEntries { reason } } }`,
      {
        actor: analyst,
        variables: { id },
      },
    );
    expect(errorCode(staff.errors)).toBe('FORBIDDEN');
  });
});
