import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEMO_NEIGHBOURHOODS,
  intArray,
  publishEvent,
  stableId,
  uuidArray,
  wordArray,
  type Logger,
} from '@engage/shared';
import { AGE_BANDS, DISABILITIES, ETHNIC_GROUPS, GENDERS } from '@engage/shared/demographics';
import { QuestionSet } from '../modules/questions/question-set.entity.ts';
import { FIRST_QUESTION_SET } from '../modules/questions/standard-questions.ts';
import { SurveyQuestion } from '../modules/questions/survey-question.entity.ts';
import { SurveyRound } from '../modules/rounds/survey-round.entity.ts';
import { ANSWERS } from '../modules/scoring/index.ts';
import { ukToday } from '@engage/shared/uk-time';
import { seedDemoPolls } from './demo-polls.ts';
import { seedDemoPopulations } from './demo-populations.ts';
import { demoHistory, demoOpenedRounds } from './demo-rounds.ts';
import { DEMO_TEAMS, generateDemoAnswers } from './demo-responses.ts';

/** The five standard questions, version 1 (not demo data: every force starts from these). */
export const FIRST_QUESTION_IDS = FIRST_QUESTION_SET.map(({ code }) =>
  stableId('question', `v1/${code}`),
);

/**
 * DEMO DATA: question set 1, the rounds since May 2019 up to the day of seeding (all CLOSED but
 * the one open now, see demo-rounds.ts) with
 * their national figures, and every respondent's answers (demo-responses.ts). On the first seed
 * each round is announced once with `survey.round.opened`, as opening it would have. Round ids
 * are `stableId('round', label)`: engagement's compliance facts already use them. Idempotent: a
 * second run changes nothing. The ~50,000 responses go in as one INSERT … SELECT FROM unnest of
 * whole-number columns, which keeps the seed near a second.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.upsert(QuestionSet, {
      id: stableId('question-set', '1'),
      version: 1,
      createdAt: new Date('2019-04-01T09:00:00Z'),
    });
    await tx.upsertMany(
      SurveyQuestion,
      FIRST_QUESTION_SET.map(({ code, texts }, i) => ({
        id: FIRST_QUESTION_IDS[i]!,
        code,
        standard: true,
        questionSetVersion: 1,
        roundId: null,
        policingAreaId: null,
        texts,
      })),
    );
    await seedDemoPopulations(tx);
    if ((await tx.count(SurveyRound, {})) > 0) return;

    // Relative to the day of seeding (demo-rounds.ts): the demo's figures never age.
    const today = ukToday();
    const closed = demoHistory(today);
    const rounds = demoOpenedRounds(today).map((opened) => {
      const history = closed.find((round) => round.label === opened.label);
      return {
        id: stableId('round', opened.label),
        label: opened.label,
        opensOn: opened.openedOn,
        closesOn: opened.closesOn,
        status: history ? ('CLOSED' as const) : ('OPEN' as const),
        questionSetVersion: 1,
        policingAreaIds: [],
        nationalComparison: history?.national ?? null,
        openedAt: new Date(`${opened.openedOn}T08:00:00Z`),
        closedAt: history ? new Date(`${opened.closesOn}T23:00:00Z`) : null,
        createdAt: new Date(`${opened.openedOn}T08:00:00Z`),
        forceScore: history?.forceScore ?? null,
      };
    });
    for (const { forceScore: _forceScore, ...round } of rounds) tx.create(SurveyRound, round);
    for (const round of rounds) {
      publishEvent(tx, 'survey.round.opened', {
        roundId: round.id,
        roundLabel: round.label,
        openedOn: round.opensOn,
        closesOn: round.closesOn,
        neighbourhoodIds: DEMO_NEIGHBOURHOODS.map((n) => n.id),
      });
    }
    await tx.flush();

    const answers = generateDemoAnswers(rounds);
    const columns = [
      answers.round,
      answers.team,
      answers.day,
      answers.ageBand,
      answers.ethnicGroup,
      answers.disability,
      answers.gender,
      ...answers.choices,
    ].map(intArray);
    await tx.execute(
      `insert into surveys.survey_response (id, round_id, neighbourhood_id, policing_area_id,
         verified, submitted_on, age_band, ethnic_group, disability, gender, q1, q2, q3, q4, q5)
       select md5('demo-response:' || n)::uuid, (cast(? as uuid[]))[round_ix],
         (cast(? as uuid[]))[team_ix], (cast(? as uuid[]))[team_ix], true,
         (cast(? as date[]))[round_ix] + day, (cast(? as text[]))[age_ix],
         (cast(? as text[]))[ethnic_ix], (cast(? as text[]))[disability_ix],
         (cast(? as text[]))[gender_ix], choices[c1], choices[c2], choices[c3], choices[c4],
         choices[c5]
       from unnest(${columns.map(() => 'cast(? as int[])').join(', ')}) with ordinality
         as d(round_ix, team_ix, day, age_ix, ethnic_ix, disability_ix, gender_ix,
              c1, c2, c3, c4, c5, n),
         cast(? as text[]) as choices`,
      [
        uuidArray(rounds.map((round) => round.id)),
        uuidArray(DEMO_TEAMS.map((team) => team.id)),
        uuidArray(DEMO_TEAMS.map((team) => team.policingAreaId)),
        wordArray(rounds.map((round) => round.opensOn)),
        wordArray(AGE_BANDS),
        wordArray(ETHNIC_GROUPS),
        wordArray(DISABILITIES),
        wordArray(GENDERS),
        ...columns,
        wordArray(ANSWERS),
      ],
    );
    logger.info(
      { rounds: rounds.length, responses: answers.round.length },
      'demo survey history seeded',
    );
  });
  await seedDemoPolls(em, logger);
}
