import { describe, expect, it } from 'vitest';
import { OutboxMessage, stableId, type EventPayloads } from '@engage/shared';
import { importForce } from '../../src/modules/import/import-force.ts';
import { Officer } from '../../src/modules/people/officer.entity.ts';
import { Neighbourhood } from '../../src/modules/geography/neighbourhood.entity.ts';
import { fixtures } from '../support/outside-apis.ts';
import { listedNeighbourhoods, peopleNow } from '../support/police-api-import.ts';
import {
  policeApi,
  quietLogger,
  useImportTestbed,
  withPoliceRefs,
} from '../support/import-helpers.ts';

const { apis, harness, em, importLeicestershire, findTeam, officersOf, rowCounts } =
  useImportTestbed();

describe('importing a force from data.police.uk', () => {
  it('creates one policing area for the force, with each neighbourhood’s boundary, description and officers', async () => {
    const report = await importLeicestershire();

    expect(report).toEqual({
      force: { id: 'leicestershire', name: 'Leicestershire Police' },
      policingArea: {
        slug: 'leicestershire-police-imported',
        name: 'Leicestershire Police (imported)',
        created: true,
      },
      neighbourhoods: { created: 2, updated: 0, unchanged: 0, failed: [] },
      officers: { created: 3, updated: 0, removed: 0 },
      activity: {
        priorities: { created: 3, updated: 0, unchanged: 0, closed: 0 },
        events: { created: 3, updated: 0, unchanged: 0, cancelled: 0 },
        failed: [],
      },
      notListedUpstream: [],
    });
    const cityCentre = await findTeam('NC04');
    expect(cityCentre).toMatchObject({
      id: stableId('neighbourhood', 'leicestershire/NC04'),
      slug: 'city-centre',
      name: 'City Centre',
      description:
        'The City Centre team polices Leicester' +
        "'s shopping streets, the Cultural Quarter and the night-time economy.\n\n" +
        'Find us on foot patrol around the Clock Tower every day.',
    });
    expect(cityCentre.policingArea.name).toBe('Leicestershire Police (imported)');
    expect(cityCentre.boundary).toHaveLength(fixtures.police.boundary.length);
    expect(cityCentre.boundary![0]).toEqual({ latitude: 52.63, longitude: -1.145 });
    expect(await officersOf('NC04')).toEqual([
      {
        name: 'Sergeant Priya Patel',
        role: 'Sergeant',
        bio:
          'Sergeant Patel has led the City Centre team since 2022.\n' +
          'She previously worked in Response in Hinckley & Bosworth.',
        displayOrder: 0,
        importedFrom: 'leicestershire/NC04/Sergeant Priya Patel',
      },
      {
        name: 'PCSO Tom Walker',
        role: 'PCSO',
        bio: null,
        displayOrder: 1,
        importedFrom: 'leicestershire/NC04/PCSO Tom Walker',
      },
    ]);
    const westcotes = await findTeam('NC05');
    expect(westcotes.policingArea.id).toBe(cityCentre.policingArea.id);
    expect(westcotes.description).toBe(
      'Westcotes covers Narborough Road & the streets between the river and the railway.',
    );
  });

  it('changes nothing on a second run with the same data, and says every team is unchanged', async () => {
    await importLeicestershire();
    const before = await rowCounts();
    harness().resetQueries();

    const report = await importLeicestershire();

    expect(report.neighbourhoods).toEqual({ created: 0, updated: 0, unchanged: 2, failed: [] });
    expect(report.officers).toEqual({ created: 0, updated: 0, removed: 0 });
    expect(report.policingArea.created).toBe(false);
    expect(await rowCounts()).toEqual(before);
    expect(harness().queries.filter((sql) => /^\s*(insert|update|delete)\b/i.test(sql))).toEqual(
      [],
    );
  });

  it('updates what changed upstream and counts the team as updated', async () => {
    await importLeicestershire();
    apis.server.use(
      peopleNow('NC04', [
        { ...fixtures.police.people[0], bio: '<p>Now leads the night-time economy team.</p>' },
        fixtures.police.people[1]!,
      ]),
    );

    const report = await importLeicestershire();

    expect(report.neighbourhoods).toMatchObject({ updated: 1, unchanged: 1 });
    expect(report.officers).toEqual({ created: 0, updated: 1, removed: 0 });
    expect((await officersOf('NC04'))[0]!.bio).toBe('Now leads the night-time economy team.');
  });

  it('removes an officer no longer listed upstream, but keeps one entered by hand', async () => {
    await importLeicestershire();
    const db = em();
    db.create(Officer, {
      id: stableId('officer', 'hand-entered/PC Jo Bloggs'),
      neighbourhood: stableId('neighbourhood', 'leicestershire/NC04'),
      name: 'PC Jo Bloggs',
      role: 'Police Constable',
      displayOrder: 5,
    });
    await db.flush();
    apis.server.use(peopleNow('NC04', [fixtures.police.people[0]!]));

    const report = await importLeicestershire();

    expect(report.officers).toEqual({ created: 0, updated: 0, removed: 1 });
    expect((await officersOf('NC04')).map((officer) => officer.name)).toEqual([
      'Sergeant Priya Patel',
      'PC Jo Bloggs',
    ]);
  });

  it('names the neighbourhoods it imported before that data.police.uk no longer lists, and keeps them', async () => {
    await importLeicestershire();
    apis.server.use(listedNeighbourhoods([{ id: 'NC04', name: 'City Centre' }]));

    const report = await importLeicestershire();

    expect(report.notListedUpstream).toEqual(['NC05']);
    expect(await em().count(Neighbourhood, withPoliceRefs('NC05'))).toBe(1);
  });

  it('stops with a message naming forces that exist when the force is unknown', async () => {
    await expect(
      importForce(em(), policeApi(), {
        force: 'leics',
        logger: quietLogger(),
      }),
    ).rejects.toThrow(
      /^No force called leics at data\.police\.uk\. Known forces include leicestershire \(Leicestershire Police\), /,
    );
    expect(await rowCounts()).toEqual({
      policingAreas: 0,
      neighbourhoods: 0,
      officers: 0,
      priorities: 0,
      priorityUpdates: 0,
      events: 0,
    });
  });
});

describe('telling the other services about imported teams', () => {
  it('announces each created team once, and nothing when a re-import changes nothing', async () => {
    const announced = async () =>
      (
        await em().find(
          OutboxMessage,
          { name: 'neighbourhood.upserted' },
          { orderBy: { createdAt: 'asc' } },
        )
      )
        .map(({ payload }) => payload as EventPayloads['neighbourhood.upserted'])
        .filter(({ policingAreaSlug }) => policingAreaSlug === 'leicestershire-police-imported');
    const before = (await announced()).length;

    await importLeicestershire();
    const afterFirst = await announced();
    expect(
      afterFirst
        .slice(before)
        .map(({ name }) => name)
        .sort(),
    ).toEqual(['City Centre', 'Westcotes']);
    expect(afterFirst.at(-1)).toMatchObject({
      policingAreaName: 'Leicestershire Police (imported)',
      neighbourhoodId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });

    await importLeicestershire();
    expect(await announced()).toHaveLength(afterFirst.length);
  });
});
