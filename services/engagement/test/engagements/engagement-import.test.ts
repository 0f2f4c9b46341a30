import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { Engagement } from '../../src/modules/engagements/engagement.entity.ts';
import {
  admin,
  analyst,
  BELGRAVE,
  castleOfficer,
  CASTLE,
  errorCode,
} from '../support/demo-staff-actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const IMPORT = `mutation($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean) {
  importEngagements(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {
    imported alreadyPresent dryRun errors { row column message }
  }
}`;

type Result = {
  importEngagements: {
    imported: number;
    alreadyPresent: number;
    dryRun: boolean;
    errors: { row: number; column: string | null; message: string }[];
  };
};

const GOOD = `Date,Kind,Place,Attendance,Partners,Communities,Notes
2025-09-03,Ward meeting,Castle Community Centre,24,City Council,older residents,
04/09/2025,patch walk,"Castle Street, Bow Bridge and the canal",,City Council; Fire and Rescue,students,"Graffiti, dumped bikes"
15/09/2025,Beat surgery,Castle Library,7,,Somali community; older residents,
`;

const rowsOf = (neighbourhoodId: string) =>
  // Imported rows only: the demo seed may have given the team a year of history already.
  engagement.orm.em
    .fork()
    .find(Engagement, { neighbourhood: neighbourhoodId, importBatch: { $ne: null } });

describe('importing engagements from a spreadsheet', () => {
  it('imports nothing from a file with two bad rows, and reports both with their columns', async () => {
    const csv = `date,kind,place,attendance
2025-10-01,ward meeting,Castle Community Centre,20
31/02/2026,patch walk,Castle Gardens,
2025-10-03,walkabout,Castle Park,lots
`;
    const { data, errors } = await engagement.execute<Result>(IMPORT, {
      variables: { neighbourhoodId: BELGRAVE.id, csv },
      actor: admin,
    });
    expect(errors).toBeUndefined();
    expect(data!.importEngagements).toEqual({
      imported: 0,
      alreadyPresent: 0,
      dryRun: false,
      errors: [
        { row: 2, column: 'date', message: 'Row 2: the date "31/02/2026" is not a real date.' },
        {
          row: 3,
          column: 'kind',
          message:
            'Row 3: the kind "walkabout" is not one we know. Use one of: ward meeting, parish ' +
            'meeting, patch walk, beat surgery, community event, other.',
        },
        {
          row: 3,
          column: 'attendance',
          message:
            'Row 3: the attendance "lots" is not a whole number. Write a number, like 12, or leave it empty.',
        },
      ],
    });
    expect(await rowsOf(BELGRAVE.id)).toHaveLength(0);
  });

  it('imports every row of a good file in one batch, and a second import adds none', async () => {
    const first = await engagement.execute<Result>(IMPORT, {
      variables: { neighbourhoodId: CASTLE.id, csv: GOOD },
      actor: castleOfficer,
    });
    expect(first.data!.importEngagements).toMatchObject({
      imported: 3,
      alreadyPresent: 0,
      errors: [],
    });
    const rows = await rowsOf(CASTLE.id);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.importBatch)).size).toBe(1);
    expect(rows[0]!.importBatch).not.toBeNull();
    const walk = rows.find((row) => row.kind === 'PATCH_WALK')!;
    expect(walk).toMatchObject({
      heldOn: '2025-09-04',
      place: 'Castle Street, Bow Bridge and the canal',
      partners: ['City Council', 'Fire and Rescue'],
      notes: 'Graffiti, dumped bikes',
      attendance: null,
    });

    const second = await engagement.execute<Result>(IMPORT, {
      variables: { neighbourhoodId: CASTLE.id, csv: GOOD },
      actor: castleOfficer,
    });
    expect(second.data!.importEngagements).toMatchObject({ imported: 0, alreadyPresent: 3 });
    expect(await rowsOf(CASTLE.id)).toHaveLength(3);
  });

  it('checks a file without writing anything on a dry run', async () => {
    const team = BELGRAVE.id;
    const { data } = await engagement.execute<Result>(IMPORT, {
      variables: { neighbourhoodId: team, csv: GOOD, dryRun: true },
      actor: admin,
    });
    expect(data!.importEngagements).toEqual({
      imported: 3,
      alreadyPresent: 0,
      dryRun: true,
      errors: [],
    });
    expect(await rowsOf(team)).toHaveLength(0);
  });

  it('refuses a file without a required column, saying which', async () => {
    const result = await engagement.execute<Result>(IMPORT, {
      variables: { neighbourhoodId: CASTLE.id, csv: 'date,place\n2025-09-03,Castle Library\n' },
      actor: castleOfficer,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/no "kind" column/);
  });

  it('lets only the team’s managers import: an analyst is refused, the public asked to sign in', async () => {
    const results = await Promise.all(
      [analyst, undefined].map((actor) =>
        engagement.execute(IMPORT, { variables: { neighbourhoodId: CASTLE.id, csv: GOOD }, actor }),
      ),
    );
    expect(results.map(errorCode)).toEqual(['FORBIDDEN', 'UNAUTHENTICATED']);
  });
});
