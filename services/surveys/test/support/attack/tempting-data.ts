import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE } from '@engage/shared';

/**
 * Rounds of answers built to tempt the subtraction attack: teams of 3, 7, 12 and 40, an NPA whose
 * only other team is tiny, age bands of 3 and 7 beside bigger ones, and open-link answers beside
 * verified ones. Every answer has a team and both demographics, so every total is exactly the sum
 * of its parts (the strongest position for the attacker). Inserted with SQL, as answers arrive.
 */

const [areaA, areaB] = [DEMO_FORCE[0]!, DEMO_FORCE[1]!];
export const TEMPTING_AREAS = [areaA, areaB];

/** Per team: [age band, verified count, open-link count]. */
type Spec = [team: string, groups: [age: string, verified: number, open: number][]][];

const SPRING: Spec = [
  [
    areaA.neighbourhoods[0]!.id,
    [
      ['AGE_25_34', 12, 3],
      ['AGE_45_54', 25, 0],
      ['AGE_65_74', 3, 0],
    ],
  ],
  [
    areaA.neighbourhoods[1]!.id,
    [
      ['AGE_25_34', 7, 0],
      ['AGE_45_54', 5, 0],
    ],
  ],
  [areaA.neighbourhoods[2]!.id, [['AGE_45_54', 7, 0]]],
  [
    areaB.neighbourhoods[0]!.id,
    [
      ['AGE_25_34', 30, 0],
      ['AGE_45_54', 7, 12],
      ['AGE_75_PLUS', 3, 0],
    ],
  ],
  [areaB.neighbourhoods[1]!.id, [['AGE_25_34', 3, 0]]],
];
const AUTUMN: Spec = [
  [
    areaA.neighbourhoods[0]!.id,
    [
      ['AGE_25_34', 40, 0],
      ['AGE_35_44', 12, 7],
    ],
  ],
  [
    areaA.neighbourhoods[1]!.id,
    [
      ['AGE_25_34', 12, 0],
      ['AGE_35_44', 3, 0],
    ],
  ],
  [
    areaB.neighbourhoods[0]!.id,
    [
      ['AGE_25_34', 12, 40],
      ['AGE_55_64', 9, 0],
    ],
  ],
  [areaB.neighbourhoods[1]!.id, [['AGE_25_34', 40, 0]]],
  [areaB.neighbourhoods[2]!.id, [['AGE_55_64', 7, 3]]],
];

const CHOICES = [
  'STRONGLY_AGREE',
  'AGREE',
  'NEITHER',
  'DISAGREE',
  'STRONGLY_DISAGREE',
  'DONT_KNOW',
];
const GENDERS = ['WOMAN', 'MAN', 'WOMAN', 'MAN', 'IN_ANOTHER_WAY'];

export const TEMPTING_ROUNDS = [
  { id: '7e000000-0000-4000-8000-000000000001', label: 'Tempting spring', spec: SPRING },
  { id: '7e000000-0000-4000-8000-000000000002', label: 'Tempting autumn', spec: AUTUMN },
];

export async function seedTemptingRounds(em: EntityManager): Promise<void> {
  const parentOf = new Map(
    TEMPTING_AREAS.flatMap((area) => area.neighbourhoods.map((n) => [n.id, area.id] as const)),
  );
  for (const [r, round] of TEMPTING_ROUNDS.entries()) {
    const day = `2031-0${r + 3}-01`;
    await em.execute(
      `insert into surveys.survey_round (id, label, opens_on, closes_on, status,
         question_set_version, policing_area_ids, opened_at, closed_at, created_at)
       values (?, ?, ?, ?, 'CLOSED', 1, '[]', now(), now(), now())`,
      [round.id, round.label, day, day],
    );
    let i = 0;
    for (const [team, groups] of round.spec) {
      for (const [age, verified, open] of groups) {
        for (let k = 0; k < verified + open; k += 1, i += 1) {
          const answers = [0, 1, 2, 3, 4].map((q) => CHOICES[(i * 7 + q * 3 + r) % 6]!);
          await em.execute(
            `insert into surveys.survey_response (id, round_id, neighbourhood_id, policing_area_id,
               verified, submitted_on, age_band, gender, q1, q2, q3, q4, q5)
             values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [
              round.id,
              team,
              parentOf.get(team),
              k < verified,
              day,
              age,
              GENDERS[i % 5],
              ...answers,
            ],
          );
        }
      }
    }
  }
}
