import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEMO_NEIGHBOURHOODS,
  OutboxMessage,
  createLogger,
  startJobQueue,
  stableId,
} from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import {
  admin,
  analyst,
  area,
  commander,
  errorCode,
  officer,
  otherArea,
} from './support/actors.ts';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { openRound, runRoundCalendar } from '../src/modules/rounds/round-lifecycle.ts';
import { SurveyRound } from '../src/modules/rounds/survey-round.entity.ts';
import { surveysService } from '../src/service.ts';
import { demoHistory, demoOpenRound, demoOpenedRounds } from '../src/seed/demo-rounds.ts';
import { ukToday } from '@engage/shared/uk-time';
import { startSurveyWorkers } from '../src/workers.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const CREATE = `mutation($input: CreateSurveyRoundInput!) {
  createSurveyRound(input: $input) { id status questionSetVersion policingAreaIds }
}`;
type Created = { createSurveyRound: { id: string; status: string; questionSetVersion: number } };

async function create(label: string, extra: Record<string, unknown> = {}) {
  const { data, errors } = await surveys.execute<Created>(CREATE, {
    actor: admin,
    variables: {
      input: {
        label,
        opensOn: '2027-05-01',
        closesOn: '2027-05-31',
        policingAreaIds: [],
        ...extra,
      },
    },
  });
  expect(errors).toBeUndefined();
  return data!.createSurveyRound;
}

const openedEvents = async (roundId: string) =>
  (await surveys.orm.em.fork().find(OutboxMessage, { name: 'survey.round.opened' })).filter(
    (message) => (message.payload as { roundId: string }).roundId === roundId,
  );

describe('a survey round', () => {
  it('is created SCHEDULED by an admin, and by no one else', async () => {
    const round = await create('May 2027');
    expect(round).toMatchObject({ status: 'SCHEDULED', questionSetVersion: 1 });
    for (const actor of [analyst, commander, officer, undefined]) {
      const { errors } = await surveys.execute(CREATE, {
        actor,
        variables: {
          input: {
            label: 'Nope',
            opensOn: '2027-05-01',
            closesOn: '2027-05-31',
            policingAreaIds: [],
          },
        },
      });
      expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('must close after it opens, and have a label of its own', async () => {
    const backwards = await surveys.execute(CREATE, {
      actor: admin,
      variables: {
        input: { label: 'Odd', opensOn: '2027-05-31', closesOn: '2027-05-01', policingAreaIds: [] },
      },
    });
    const duplicate = await surveys.execute(CREATE, {
      actor: admin,
      variables: {
        input: {
          label: 'May 2024',
          opensOn: '2027-05-01',
          closesOn: '2027-05-31',
          policingAreaIds: [],
        },
      },
    });
    expect(errorCode(backwards.errors)).toBe('BAD_USER_INPUT');
    expect(errorCode(duplicate.errors)).toBe('CONFLICT');
  });

  it('takes local questions from the area’s commander while scheduled, asked only in that area', async () => {
    const round = await create('Local questions round', {
      policingAreaIds: [area.id, otherArea.id],
    });
    const ADD = `mutation($r: ID!, $a: ID!, $t: String!) {
      addLocalQuestion(roundId: $r, policingAreaId: $a, text: $t, textCy: "Cwestiwn lleol?") {
        localQuestions { policingAreaId question { code text(language: CY) standard } }
      }
    }`;
    const added = await surveys.execute(ADD, {
      actor: commander,
      variables: { r: round.id, a: area.id, t: 'Is speeding a problem on your street?' },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data).toEqual({
      addLocalQuestion: {
        localQuestions: [
          {
            policingAreaId: area.id,
            question: { code: 'L1', text: 'Cwestiwn lleol?', standard: false },
          },
        ],
      },
    });
    const foreign = await surveys.execute(ADD, {
      actor: commander,
      variables: { r: round.id, a: otherArea.id, t: 'Is speeding a problem on your street?' },
    });
    expect(errorCode(foreign.errors)).toBe('FORBIDDEN');
    const QUESTIONS = `query($id: ID!, $n: ID) { surveyRound(id: $id) { questions(neighbourhoodId: $n) { code } } }`;
    const codes = async (n: string) =>
      (
        await surveys.execute<{ surveyRound: { questions: { code: string }[] } }>(QUESTIONS, {
          actor: admin,
          variables: { id: round.id, n },
        })
      ).data!.surveyRound.questions.map((q) => q.code);
    expect(await codes(area.neighbourhoods[0]!.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'L1']);
    expect(await codes(otherArea.neighbourhoods[0]!.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);

    await surveys.execute(`mutation($id: ID!) { openSurveyRound(id: $id) { id } }`, {
      actor: admin,
      variables: { id: round.id },
    });
    const late = await surveys.execute(ADD, {
      actor: admin,
      variables: { r: round.id, a: area.id, t: 'Too late for this question?' },
    });
    expect(errorCode(late.errors)).toBe('CONFLICT');
  });

  it('counts a label’s and a local question’s length in characters, and refuses text-direction controls', async () => {
    // 40 Welsh-flag-free emoji: 40 characters, 80 UTF-16 units, within the 60 allowed.
    const round = await create('🌧'.repeat(40));
    const spoofed = await surveys.execute(CREATE, {
      actor: admin,
      variables: {
        input: {
          label: 'May \u202E7202',
          opensOn: '2027-05-01',
          closesOn: '2027-05-31',
          policingAreaIds: [],
        },
      },
    });
    expect(errorCode(spoofed.errors)).toBe('BAD_USER_INPUT');
    const ADD = `mutation($r: ID!, $a: ID!, $t: String!) {
      addLocalQuestion(roundId: $r, policingAreaId: $a, text: $t) { id }
    }`;
    const hidden = await surveys.execute(ADD, {
      actor: admin,
      variables: { r: round.id, a: area.id, t: 'Is parking \u2066safe\u2069 near the school?' },
    });
    expect(errorCode(hidden.errors)).toBe('BAD_USER_INPUT');
    expect(hidden.errors?.[0]?.extensions?.['field']).toBe('text');
    const long = await surveys.execute(ADD, {
      actor: admin,
      variables: { r: round.id, a: area.id, t: `Is ${'🚗'.repeat(200)} a problem?` },
    });
    expect(long.errors).toBeUndefined();
  });

  it('announces survey.round.opened exactly once when opened, to the teams of its areas', async () => {
    const round = await create('Targeted round', { policingAreaIds: [area.id] });
    const OPEN = `mutation($id: ID!) { openSurveyRound(id: $id) { status opensOn } }`;
    const first = await surveys.execute(OPEN, { actor: admin, variables: { id: round.id } });
    const again = await surveys.execute(OPEN, { actor: admin, variables: { id: round.id } });
    expect(first.errors).toBeUndefined();
    expect(errorCode(again.errors)).toBe('CONFLICT');
    const events = await openedEvents(round.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      roundLabel: 'Targeted round',
      closesOn: '2027-05-31',
      neighbourhoodIds: area.neighbourhoods.map((n) => n.id).sort(),
    });
  });

  it('is opened once however many openers race for it', async () => {
    const round = await create('Raced round');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => openRound(surveys.orm.em.fork(), round.id)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const events = await openedEvents(round.id);
    expect(events).toHaveLength(1);
    expect((events[0]!.payload as { neighbourhoodIds: string[] }).neighbourhoodIds).toHaveLength(
      54,
    );
  });

  it('is opened and closed by the calendar on its UK dates', async () => {
    const due = await create('Calendar round', { opensOn: '2027-03-01', closesOn: '2027-03-31' });
    const em = surveys.orm.em.fork();
    // 23:30 UTC on 28 February is still February in London (GMT): not yet.
    expect((await runRoundCalendar(em, new Date('2027-02-28T23:30:00Z'))).opened).not.toContain(
      due.id,
    );
    const opened = await runRoundCalendar(em, new Date('2027-03-01T00:30:00Z'));
    expect(opened.opened).toContain(due.id);
    // 23:30 UTC on 31 March is already 1 April in London (BST): the last day has passed.
    const closed = await runRoundCalendar(em, new Date('2027-03-31T23:30:00Z'));
    expect(closed.closed).toContain(due.id);
    expect((await em.fork().findOneOrFail(SurveyRound, { id: due.id })).status).toBe('CLOSED');
    expect(await openedEvents(due.id)).toHaveLength(1);
    expect((await runRoundCalendar(em, new Date('2027-04-02T12:00:00Z'))).closed).toEqual([]);
  });

  it('is closed unopened by the calendar when its whole window passed while scheduled', async () => {
    const missed = await create('Missed round', { opensOn: '2027-01-04', closesOn: '2027-01-31' });
    const em = surveys.orm.em.fork();
    // The calendar first runs after the window (the service was down for all of it): 00:30 UTC
    // on 1 February is 1 February in London (GMT), the day after the last.
    const ran = await runRoundCalendar(em, new Date('2027-02-01T00:30:00Z'));
    expect(ran.opened).not.toContain(missed.id);
    expect(ran.neverOpened).toEqual([missed.id]);
    const round = await em.fork().findOneOrFail(SurveyRound, { id: missed.id });
    expect(round).toMatchObject({ status: 'CLOSED', openedAt: null });
    expect(await openedEvents(missed.id)).toEqual([]);
    expect((await runRoundCalendar(em, new Date('2027-02-02T12:00:00Z'))).neverOpened).toEqual([]);
    const LIST = `{ surveyRounds { label } }`;
    const publicList = await surveys.execute<{ surveyRounds: { label: string }[] }>(LIST);
    expect(publicList.data!.surveyRounds).not.toContainEqual({ label: 'Missed round' });
    const OPEN = `mutation($id: ID!) { openSurveyRound(id: $id) { status } }`;
    const late = await surveys.execute(OPEN, { actor: admin, variables: { id: missed.id } });
    expect(errorCode(late.errors)).toBe('CONFLICT');
  });

  it('is opened by the running worker when its day has come', async () => {
    const today = ukToday();
    const round = await create('Worker round', { opensOn: today, closesOn: '2099-01-31' });
    const boss = await startJobQueue(surveys.databaseUrl, createLogger('test', 'silent'));
    const workers = await startSurveyWorkers({
      orm: surveys.orm,
      boss,
      logger: createLogger('test', 'silent'),
    });
    try {
      await vi.waitFor(
        async () => {
          const status = (await surveys.orm.em.fork().findOneOrFail(SurveyRound, { id: round.id }))
            .status;
          expect(status).toBe('OPEN');
        },
        { timeout: 20_000, interval: 200 },
      );
    } finally {
      await workers.stop();
      await boss.stop({ graceful: false });
    }
  });

  it('is listed to the public only once it has opened', async () => {
    const LIST = `{ surveyRounds { label status } }`;
    const publicList = await surveys.execute<{ surveyRounds: { status: string }[] }>(LIST);
    const staffList = await surveys.execute<{ surveyRounds: { status: string }[] }>(LIST, {
      actor: analyst,
    });
    expect(publicList.data!.surveyRounds.some((r) => r.status === 'SCHEDULED')).toBe(false);
    expect(staffList.data!.surveyRounds.some((r) => r.status === 'SCHEDULED')).toBe(true);
    expect(publicList.data!.surveyRounds).toContainEqual({ label: 'Raced round', status: 'OPEN' });
    expect(publicList.data!.surveyRounds.at(-1)).toEqual({ label: 'May 2019', status: 'CLOSED' });
  });

  it('keeps the question set it opened with when a new version is published', async () => {
    const PUBLISH = `mutation($input: [QuestionTextInput!]!) { publishQuestionSet(input: $input) { version questions { code } } }`;
    const input = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].map((code) => ({
      code,
      en: `New wording of ${code}?`,
      cy: `Geiriad newydd ${code}?`,
    }));
    expect(
      errorCode((await surveys.execute(PUBLISH, { actor: analyst, variables: { input } })).errors),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        (await surveys.execute(PUBLISH, { actor: admin, variables: { input: input.slice(1) } }))
          .errors,
      ),
    ).toBe('BAD_USER_INPUT');
    const published = await surveys.execute(PUBLISH, { actor: admin, variables: { input } });
    expect(published.data).toEqual({
      publishQuestionSet: { version: 2, questions: input.map(({ code }) => ({ code })) },
    });
    const current = await surveys.execute(`{ currentQuestionSet { version questions { text } } }`);
    expect(current.data).toMatchObject({ currentQuestionSet: { version: 2 } });
    const old = await surveys.orm.em
      .fork()
      .findOneOrFail(SurveyRound, { id: stableId('round', demoOpenRound().label) });
    expect(old.questionSetVersion).toBe(1);
    const fresh = await create('After the new wording');
    const opened = await openRound(surveys.orm.em.fork(), fresh.id);
    expect(opened?.questionSetVersion).toBe(2);
  });

  it('sets the national comparison for a round (admin only, 0–100)', async () => {
    const SET = `mutation($r: ID!, $v: Float!) { setNationalComparison(roundId: $r, value: $v) { nationalComparison } }`;
    const r = stableId('round', demoHistory().at(-1)!.label);
    expect((await surveys.execute(SET, { actor: admin, variables: { r, v: 57.25 } })).data).toEqual(
      {
        setNationalComparison: { nationalComparison: 57.3 },
      },
    );
    expect(
      errorCode((await surveys.execute(SET, { actor: admin, variables: { r, v: 140 } })).errors),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode((await surveys.execute(SET, { actor: analyst, variables: { r, v: 50 } })).errors),
    ).toBe('FORBIDDEN');
  });
});

describe('the seeded history', () => {
  it('announced every seeded round once, to every team', async () => {
    const events = await surveys.orm.em.fork().find(OutboxMessage, { name: 'survey.round.opened' });
    const seededLabels = new Set(demoOpenedRounds().map((round) => round.label));
    const seeded = events.filter((e) =>
      seededLabels.has((e.payload as { roundLabel: string }).roundLabel),
    );
    expect(seeded).toHaveLength(demoOpenedRounds().length);
    expect(seeded[0]!.payload).toMatchObject({
      roundId: stableId('round', 'May 2019'),
      neighbourhoodIds: DEMO_NEIGHBOURHOODS.map((n) => n.id),
    });
  });
});
