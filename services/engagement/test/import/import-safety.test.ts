import { describe, expect, it } from 'vitest';
import { stableId } from '@engage/shared';
import { Neighbourhood } from '../../src/modules/geography/neighbourhood.entity.ts';
import { PolicingArea } from '../../src/modules/geography/policing-area.entity.ts';
import { Officer } from '../../src/modules/people/officer.entity.ts';
import { listedNeighbourhoods, peopleNow, serverError } from '../support/police-api-import.ts';
import { useImportTestbed, withPoliceRefs } from '../support/import-helpers.ts';

const { apis, em, importLeicestershire, findTeam } = useImportTestbed();

describe('an import that fails part-way, or meets choices an administrator made', () => {
  it('reports a neighbourhood whose boundary call fails and writes nothing of it, while the others import', async () => {
    apis.server.use(serverError('NC05', 'boundary'));

    const report = await importLeicestershire();

    expect(report.neighbourhoods).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: [
        {
          policeId: 'NC05',
          name: 'Westcotes',
          reason: 'the boundary call failed: it answered 500',
        },
      ],
    });
    expect(report.officers.created).toBe(2);
    const db = em();
    expect(await db.count(Neighbourhood, withPoliceRefs('NC05'))).toBe(0);
    expect(await db.count(Officer, { importedFrom: { $like: 'leicestershire/NC05/%' } })).toBe(0);
    expect(await db.count(Neighbourhood, withPoliceRefs('NC04'))).toBe(1);
  });

  it('reports a listed neighbourhood that data.police.uk has no details for, in one clause', async () => {
    apis.server.use(
      listedNeighbourhoods([
        { id: 'NC04', name: 'City Centre' },
        { id: 'NW10', name: 'Beaumont Leys' },
      ]),
    );

    const report = await importLeicestershire();

    expect(report.neighbourhoods.failed).toEqual([
      {
        policeId: 'NW10',
        name: 'Beaumont Leys',
        reason: 'the details, boundary and people calls failed: not found (404)',
      },
    ]);
    expect(report.neighbourhoods.created).toBe(1);
  });

  it('writes nothing of a team whose officers cannot be saved, and reports it failed', async () => {
    // Our officer names are varchar(255): the database refuses this one after the team's row.
    const overlong = { name: `PC ${'A'.repeat(300)}`, rank: 'Police Constable', bio: null };
    apis.server.use(peopleNow('NC05', [overlong]));

    const report = await importLeicestershire();

    expect(report.neighbourhoods).toMatchObject({ created: 1, failed: [{ policeId: 'NC05' }] });
    expect(report.neighbourhoods.failed[0]!.reason).toMatch(/^it could not be saved: /);
    expect(report.officers.created).toBe(2);
    expect(await em().count(Neighbourhood, withPoliceRefs('NC05'))).toBe(0);
  });

  it('leaves a neighbourhood in the policing area an administrator moved it to', async () => {
    await importLeicestershire();
    const db = em();
    const cityArea = db.create(PolicingArea, {
      id: stableId('policing-area', 'city'),
      slug: 'city',
      name: 'City',
    });
    const cityCentre = await db.findOneOrFail(Neighbourhood, withPoliceRefs('NC04'));
    cityCentre.policingArea = cityArea;
    await db.flush();

    const report = await importLeicestershire();

    expect(report.neighbourhoods.unchanged).toBe(2);
    expect((await findTeam('NC04')).policingArea.slug).toBe('city');
    expect((await findTeam('NC05')).policingArea.slug).toBe('leicestershire-police-imported');
  });

  it('puts new teams in the policing area it is given, and reuses one that already exists', async () => {
    const db = em();
    db.create(PolicingArea, { id: stableId('policing-area', 'city'), slug: 'city', name: 'City' });
    await db.flush();

    const report = await importLeicestershire({ slug: 'city', name: 'City' });

    expect(report.policingArea).toEqual({ slug: 'city', name: 'City', created: false });
    expect((await findTeam('NC04')).policingArea.id).toBe(stableId('policing-area', 'city'));
    expect(await db.count(PolicingArea)).toBe(1);
  });

  it('gives a new team the police id in its slug when another team already has its name', async () => {
    const db = em();
    const area = db.create(PolicingArea, {
      id: stableId('policing-area', 'x'),
      slug: 'x',
      name: 'X',
    });
    db.create(Neighbourhood, {
      id: stableId('neighbourhood', 'hand-made city centre'),
      slug: 'city-centre',
      name: 'City Centre',
      policingArea: area,
    });
    await db.flush();

    await importLeicestershire();

    expect((await findTeam('NC04')).slug).toBe('city-centre-nc04');
    expect((await findTeam('NC05')).slug).toBe('westcotes');
  });
});
