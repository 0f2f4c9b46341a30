import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  OutboxMessage,
  createLogger,
  type DemoNeighbourhood,
  type EventPayloads,
} from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { runCensusCommand } from '../../src/modules/census-import/census-command.ts';
import { readCsvFile } from '../../src/modules/census-import/census-files.ts';
import {
  importCensus,
  type CensusImportFiles,
} from '../../src/modules/census-import/import-census.ts';
import {
  assignByCentroids,
  assignByLookup,
} from '../../src/modules/census-import/lsoa-assignment.ts';
import { NeighbourhoodProfile } from '../../src/modules/geography/neighbourhood-profile.entity.ts';
import { Neighbourhood } from '../../src/modules/geography/neighbourhood.entity.ts';
import { PolicingArea } from '../../src/modules/geography/policing-area.entity.ts';
import { saveProfileIfChanged } from '../../src/modules/geography/save-profile.ts';
import { demoProfile } from '../../src/seed/demo-profiles.ts';
import { engagementService } from '../../src/service.ts';

const FIXTURES = new URL('../fixtures/census/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);

/** The published files, cut down to five Leicester LSOAs (see the fixtures' headers). */
const FILES = {
  tables: {
    TS007A: fixture('census2021-ts007a-lsoa.csv'),
    TS021: fixture('census2021-ts021-lsoa.csv'),
    TS038: fixture('census2021-ts038-lsoa.csv'),
    TS008: fixture('census2021-ts008-lsoa.csv'),
    TS024: fixture('census2021-ts024-lsoa.csv'),
  },
  imd: fixture('File_7_All_IoD2019_Scores__Ranks__Deciles_and_Population_Denominators_3.csv'),
  release: 'Census 2021, 2 November 2022 release',
} satisfies Omit<CensusImportFiles, 'lsoaLookup'>;
const BY_LOOKUP: CensusImportFiles = { ...FILES, lsoaLookup: fixture('lsoa-lookup.csv') };
const BY_CENTROIDS: CensusImportFiles = {
  ...FILES,
  centroids: fixture('LSOA_PopCentroids_EW_2021_V3.csv'),
};

const square = (south: number, west: number) => [
  { latitude: south, longitude: west },
  { latitude: south, longitude: west + 0.01 },
  { latitude: south + 0.01, longitude: west + 0.01 },
  { latitude: south + 0.01, longitude: west },
];

/**
 * Three teams side by side in Leicester, about 700 m square: alpha (LSOAs 1 and 2), beta (3 and
 * 4) and gamma, whose LSOAs are not in the files (it keeps its demo profile). LSOA 5 belongs to
 * nobody: the files cover more than the force.
 */
const AREA = { id: '0c0e0000-0000-4000-8000-000000000001', slug: 'city', name: 'City' };
const TEAMS = [
  {
    id: '0c0e0000-0000-4000-8000-0000000000a1',
    slug: 'alpha',
    ref: 'NC01',
    boundary: square(52.63, -1.14),
  },
  {
    id: '0c0e0000-0000-4000-8000-0000000000b2',
    slug: 'beta',
    ref: 'NC02',
    boundary: square(52.63, -1.13),
  },
  {
    id: '0c0e0000-0000-4000-8000-0000000000c3',
    slug: 'gamma',
    ref: 'NC03',
    boundary: square(52.7, -1.2),
  },
] as const;
const [ALPHA, BETA, GAMMA] = TEAMS;

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService, { seedDemoData: false });
});
afterAll(() => engagement?.close());

beforeEach(async () => {
  const em = engagement.orm.em.fork();
  await em.nativeDelete(OutboxMessage, {});
  await em.nativeDelete(NeighbourhoodProfile, {});
  await em.nativeDelete(Neighbourhood, {});
  await em.nativeDelete(PolicingArea, {});
  em.create(PolicingArea, AREA);
  for (const team of TEAMS) {
    em.create(Neighbourhood, {
      id: team.id,
      slug: team.slug,
      name: team.slug,
      policingArea: AREA.id,
      policeForceRef: 'leicestershire',
      policeNeighbourhoodRef: team.ref,
      boundary: team.boundary,
    });
  }
  await em.flush();
  await em.transactional((tx) =>
    saveProfileIfChanged(
      tx,
      GAMMA.id,
      demoProfile({ id: GAMMA.id, slug: 'gamma' } as DemoNeighbourhood, false),
      new Date('2026-01-01T00:00:00Z'),
    ),
  );
  await em.nativeDelete(OutboxMessage, {});
});

const run = (files: CensusImportFiles, now = new Date('2026-12-05T10:00:00Z')) =>
  importCensus(engagement.orm.em.fork(), files, { now });

const profileOf = (id: string) =>
  engagement.orm.em.fork().findOneOrFail(NeighbourhoodProfile, { neighbourhood: id });

const countsOf = (profile: NeighbourhoodProfile, dimension: string) =>
  Object.fromEntries(
    profile.counts.filter((c) => c.dimension === dimension).map((c) => [c.group, c.count]),
  );

const profileEvents = async () =>
  (
    await engagement.orm.em.fork().find(OutboxMessage, { name: 'neighbourhood.profile.updated' })
  ).map((message) => ({
    payload: message.payload as EventPayloads['neighbourhood.profile.updated'],
  }));

describe('importing the census for a force’s teams from a lookup of their LSOAs', () => {
  it('adds up each team’s LSOAs into counts per group that make up its population', async () => {
    await run(BY_LOOKUP);
    const alpha = await profileOf(ALPHA.id);
    expect(alpha.population).toBe(1100 + 835);
    expect(alpha.isDemoData).toBe(false);
    expect(alpha.lsoaCodes).toEqual(['E01013001', 'E01013002']);
    expect(countsOf(alpha, 'AGE_BAND')).toEqual({
      UNDER_18: 555,
      AGE_18_24: 220,
      AGE_25_34: 180,
      AGE_35_44: 180,
      AGE_45_54: 180,
      AGE_55_64: 180,
      AGE_65_74: 180,
      AGE_75_PLUS: 260,
    });
    expect(countsOf(alpha, 'DISABILITY')).toEqual({ YES: 360, NO: 1575 });
    expect(countsOf(alpha, 'GENDER')).toEqual({ WOMAN: 980, MAN: 955 });
  });

  it('counts three fifths of the 15–19s as under 18 and two fifths as 18–24, in whole people', async () => {
    await run(BY_LOOKUP);
    // Beta's 15–19s: 7 + 4 = 11, so 6.6 under 18 and 4.4 aged 18–24; the larger remainder wins.
    const beta = countsOf(await profileOf(BETA.id), 'AGE_BAND');
    expect(beta.UNDER_18).toBe(180 + 120 + 7);
    expect(beta.AGE_18_24).toBe(53 + 36 + 4);
    expect(Object.values(beta).reduce((a, b) => a + b, 0)).toBe(620 + 470);
  });

  it('sums only the five ethnic groups, not the sub-groups printed beside them', async () => {
    await run(BY_LOOKUP);
    expect(countsOf(await profileOf(ALPHA.id), 'ETHNIC_GROUP')).toEqual({
      ASIAN: 500 + 225,
      BLACK: 100 + 45,
      MIXED: 50 + 25,
      WHITE: 420 + 525,
      OTHER: 30 + 15,
    });
  });

  it('names the main languages, most spoken first, from the languages not their families', async () => {
    await run(BY_LOOKUP);
    const alpha = await profileOf(ALPHA.id);
    expect(alpha.languageBase).toBe(1065 + 805);
    // At least 1% of 1,870 (19 people) and at most six; "Other European language (EU)" is the
    // family of Polish and Romanian, not a language.
    expect(alpha.mainLanguages).toEqual([
      'English',
      'Gujarati',
      'Polish',
      'Bengali',
      'Punjabi',
      'Urdu',
    ]);
    expect(alpha.languages.map(({ language, count }) => [language, count])).toEqual([
      ['English', 1250],
      ['Gujarati', 440],
      ['Polish', 70],
      ['Bengali', 40],
      ['Punjabi', 25],
      ['Urdu', 25],
      ['Romanian', 13],
      // "Any other European language", 7 speakers: fewer than 10, so not shown.
    ]);
  });

  it('weights each LSOA’s deprivation decile by its residents', async () => {
    await run(BY_LOOKUP);
    const alpha = await profileOf(ALPHA.id);
    // (1 × 1,100 + 4 × 835) / 1,935 = 2.29…
    expect(alpha.averageDeprivationDecile).toBe(2.3);
    expect(alpha.deprivationDecile).toBe(2);
    // LSOA 1 (decile 1) is in the most deprived 20%: 1,100 of 1,935 residents.
    expect(alpha.mostDeprivedShare).toBe(56.8);
    const beta = await profileOf(BETA.id);
    // (7 × 620 + 2 × 470) / 1,090 = 4.84…
    expect(beta.averageDeprivationDecile).toBe(4.8);
    expect(beta.deprivationDecile).toBe(5);
    expect(beta.mostDeprivedShare).toBe(43.1);
  });

  it('leaves a team whose LSOAs are not in the files with its demo profile, marked demo', async () => {
    const report = await run(BY_LOOKUP);
    expect(report.teamsWithoutLsoas).toEqual(['gamma']);
    expect((await profileOf(GAMMA.id)).isDemoData).toBe(true);
  });

  it('records where the figures come from: table, release, file, rows and hash', async () => {
    await run(BY_LOOKUP);
    const { sources } = await profileOf(ALPHA.id);
    const ts021 = await readFile(FILES.tables.TS021);
    expect(sources.map((source) => source.table)).toEqual([
      'TS007A',
      'TS021',
      'TS038',
      'TS008',
      'TS024',
      'IMD',
      'LSOA_LOOKUP',
    ]);
    expect(sources.find((source) => source.table === 'TS021')).toEqual({
      table: 'TS021',
      release: 'Census 2021, 2 November 2022 release',
      fileName: 'census2021-ts021-lsoa.csv',
      geographyLevel: 'LSOA 2021',
      rowCount: 5,
      sha256: createHash('sha256').update(ts021).digest('hex'),
      importedAt: '2026-12-05T10:00:00.000Z',
    });
    expect(sources.find((source) => source.table === 'IMD')).toMatchObject({
      release: 'English Indices of Deprivation 2019 (IMD deciles)',
      geographyLevel: 'LSOA 2011',
    });
  });
});

describe('telling surveys and newsletters, and running the import again', () => {
  it('announces each team whose figures changed once, with its counts', async () => {
    await run(BY_LOOKUP);
    const events = await profileEvents();
    expect(events.map(({ payload }) => payload.neighbourhoodId).sort()).toEqual(
      [ALPHA.id, BETA.id].sort(),
    );
    const alpha = events.find(({ payload }) => payload.neighbourhoodId === ALPHA.id)!.payload;
    expect(alpha).toMatchObject({
      population: 1935,
      isDemoData: false,
      source:
        'ONS Census 2021, 2 November 2022 release TS007A, TS021, TS038, TS008, TS024; English Indices of Deprivation 2019 (IMD deciles)',
      updatedAt: '2026-12-05T10:00:00.000Z',
    });
    expect(alpha.counts).toContainEqual({ dimension: 'ETHNIC_GROUP', group: 'ASIAN', count: 725 });
  });

  it('changes nothing, and announces nothing, when run again with the same files', async () => {
    await run(BY_LOOKUP);
    const before = await engagement.orm.em.fork().find(NeighbourhoodProfile, {});
    const report = await run(BY_LOOKUP, new Date('2026-12-06T10:00:00Z'));
    expect(report.teams.map((team) => team.change)).toEqual(['unchanged', 'unchanged']);
    expect(await profileEvents()).toHaveLength(2);
    const after = await engagement.orm.em.fork().find(NeighbourhoodProfile, {});
    expect(after.map((p) => [p.updatedAt, p.sources])).toEqual(
      before.map((p) => [p.updatedAt, p.sources]),
    );
  });

  it('updates and announces only the team a changed file changes', async () => {
    await run(BY_LOOKUP);
    // A revised TS008 in which one of beta's LSOAs has five more women and five fewer men.
    const folder = await mkdtemp(join(tmpdir(), 'census-'));
    const revised = join(folder, 'census2021-ts008-lsoa.csv');
    const text = await readFile(FILES.tables.TS008, 'utf8');
    await writeFile(revised, text.replace('E01013003,620,300,320', 'E01013003,620,305,315'));
    const report = await run(
      { ...BY_LOOKUP, tables: { ...FILES.tables, TS008: revised } },
      new Date('2026-12-07T10:00:00Z'),
    );
    expect(Object.fromEntries(report.teams.map((team) => [team.slug, team.change]))).toEqual({
      alpha: 'updated', // the same figures, from a file with a new hash: provenance only
      beta: 'updated',
    });
    const events = await profileEvents();
    expect(events).toHaveLength(3);
    expect(events.filter(({ payload }) => payload.neighbourhoodId === BETA.id)).toHaveLength(2);
    const beta = await profileOf(BETA.id);
    expect(countsOf(beta, 'GENDER')).toEqual({ WOMAN: 545, MAN: 545 });
    const ts008 = beta.sources.find((source) => source.table === 'TS008')!;
    expect(ts008.importedAt).toBe('2026-12-07T10:00:00.000Z');
    // The files that did not change keep the date they were first imported.
    expect(beta.sources.find((source) => source.table === 'TS021')!.importedAt).toBe(
      '2026-12-05T10:00:00.000Z',
    );
  });

  it('writes nothing on a dry run', async () => {
    const report = await importCensus(engagement.orm.em.fork(), BY_LOOKUP, { dryRun: true });
    expect(report.teams.map((team) => team.change)).toEqual(['created', 'created']);
    expect(await engagement.orm.em.fork().count(NeighbourhoodProfile, {})).toBe(1);
    expect(await profileEvents()).toHaveLength(0);
  });
});

describe('which LSOAs a team covers', () => {
  it('is the same from the force’s lookup and from ONS’s centroids in the team boundaries', async () => {
    const teams = TEAMS.map(({ id, slug, ref, boundary }) => ({
      id,
      slug,
      policeNeighbourhoodRef: ref,
      boundary: [...boundary],
    }));
    const byLookup = assignByLookup(await readCsvFile(BY_LOOKUP.lsoaLookup!), teams);
    const byCentroids = assignByCentroids(await readCsvFile(BY_CENTROIDS.centroids!), teams);
    expect(byCentroids).toEqual(byLookup);
    expect(byLookup).toEqual(
      new Map([
        ['E01013001', ALPHA.id],
        ['E01013002', ALPHA.id],
        ['E01013003', BETA.id],
        ['E01013004', BETA.id],
      ]),
    );
  });

  it('gives the same profiles either way', async () => {
    await run(BY_CENTROIDS);
    const byCentroids = await profileOf(ALPHA.id);
    expect(byCentroids.sources.at(-1)!.table).toBe('LSOA_CENTROIDS');
    await engagement.orm.em.fork().nativeDelete(NeighbourhoodProfile, { isDemoData: false });
    await run(BY_LOOKUP);
    const byLookup = await profileOf(ALPHA.id);
    expect(byLookup.counts).toEqual(byCentroids.counts);
    expect(byLookup.population).toBe(byCentroids.population);
  });

  it('refuses a lookup naming a team we do not have', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'census-'));
    const lookup = join(folder, 'lookup.csv');
    await writeFile(lookup, 'LSOA21CD,neighbourhood\nE01013001,alpha\nE01013003,delta\n');
    await expect(run({ ...FILES, lsoaLookup: lookup })).rejects.toThrow(
      'lookup.csv, row 3: no neighbourhood has the slug or data.police.uk id "delta"',
    );
  });
});

describe('a file that is not what it says', () => {
  it('is refused with a message naming the file and the table expected', async () => {
    await expect(
      run({ ...BY_LOOKUP, tables: { ...FILES.tables, TS038: FILES.tables.TS021 } }),
    ).rejects.toThrow(
      'census2021-ts021-lsoa.csv is not Census 2021 TS038 (Disability): no "Disability: Total" column',
    );
    expect(await engagement.orm.em.fork().count(NeighbourhoodProfile, {})).toBe(1);
  });

  it('is refused when a group is missing, before anything is written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'census-'));
    const broken = join(folder, 'census2021-ts021-lsoa.csv');
    const text = await readFile(FILES.tables.TS021, 'utf8');
    await writeFile(broken, text.replace('Ethnic group: White,', 'Ethnic group: Whyte,'));
    await expect(run({ ...BY_LOOKUP, tables: { ...FILES.tables, TS021: broken } })).rejects.toThrow(
      /census2021-ts021-lsoa.csv is not Census 2021 TS021 \(Ethnic group\)/,
    );
    expect(await profileEvents()).toHaveLength(0);
  });

  it('is refused when it is by output area, not LSOA', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'census-'));
    const oa = join(folder, 'census2021-ts008-oa.csv');
    await copyFile(FILES.tables.TS008, oa);
    await writeFile(oa, (await readFile(oa, 'utf8')).replaceAll('E01013', 'E00013'));
    await expect(run({ ...BY_LOOKUP, tables: { ...FILES.tables, TS008: oa } })).rejects.toThrow(
      'census2021-ts008-oa.csv, row 2: "E00013001" is not a 2021 LSOA code',
    );
  });
});

describe('the profile in the API', () => {
  it('is public: anyone can read a team’s, an area’s and the force’s, with their sources', async () => {
    await run(BY_LOOKUP);
    const { data, errors } = await engagement.execute<{
      neighbourhood: { profile: Record<string, unknown> };
      policingArea: {
        profile: { population: number; averageDeprivationDecile: number; isDemoData: boolean };
      };
      forceProfile: {
        population: number;
        counts: { dimension: string; group: string; count: number }[];
      };
    }>(
      `{
        neighbourhood(slug: "alpha") { profile {
          population deprivationDecile averageDeprivationDecile mostDeprivedShare isDemoData
          ethnicity { group code share } sex { code share } disability { code share }
          ageBands { code share } mainLanguages languages { language count share } lsoaCodes
          sources { table release fileName geographyLevel rowCount sha256 importedAt }
        } }
        policingArea(slug: "city") { profile { population averageDeprivationDecile isDemoData } }
        forceProfile { population counts { dimension group count } }
      }`,
    );
    expect(errors).toBeUndefined();
    const alpha = data!.neighbourhood.profile;
    expect(alpha).toMatchObject({ population: 1935, deprivationDecile: 2, isDemoData: false });
    expect(alpha.ethnicity).toContainEqual({
      group: 'Asian, Asian British or Asian Welsh',
      code: 'ASIAN',
      share: 37.5, // 725 / 1,935
    });
    expect(alpha.sex).toEqual([
      { code: 'WOMAN', share: 50.6 },
      { code: 'MAN', share: 49.4 },
    ]);
    expect(alpha.sources).toHaveLength(7);
    // The area and the force add up their teams, gamma's demo figures included (so: demo).
    const gamma = await profileOf(GAMMA.id);
    expect(data!.policingArea.profile.population).toBe(1935 + 1090 + gamma.population);
    expect(data!.policingArea.profile.isDemoData).toBe(true);
    expect(data!.forceProfile.population).toBe(1935 + 1090 + gamma.population);
    const asian = data!.forceProfile.counts.find((c) => c.group === 'ASIAN')!.count;
    expect(asian).toBe(725 + 50 + 15 + countsOf(gamma, 'ETHNIC_GROUP').ASIAN!);
  });

  it('describes every profile and source field', async () => {
    const { data } = await engagement.execute<{
      __type: { fields: { name: string; description: string | null }[] };
    }>('{ __type(name: "ProfileSource") { fields { name description } } }');
    expect(data!.__type.fields.filter((field) => !field.description)).toEqual([]);
    const profile = await engagement.execute<{
      __type: { fields: { name: string; description: string | null }[] };
    }>('{ __type(name: "NeighbourhoodProfile") { fields { name description } } }');
    expect(profile.data!.__type.fields.filter((field) => !field.description)).toEqual([]);
  });
});

/** Runs `pnpm import:census -- …` as a person would, keeping what it logged. */
async function command(argv: string[]) {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger('engagement-census-import', 'info', {
    write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }),
  });
  const exitCode = await runCensusCommand(argv, {
    environment: { DATABASE_URL: engagement.orm.config.get('clientUrl') },
    logger,
  });
  const said = (level: number) => lines.filter((l) => l.level === level).map((l) => l.msg);
  return { exitCode, info: said(30), errors: said(50) };
}

const TABLE_ARGS = Object.entries(FILES.tables).flatMap(([id, path]) => [
  '--table',
  `${id}=${path}`,
]);

describe('the import:census command', () => {
  it('imports from the files named and prints what changed', async () => {
    const { exitCode, info, errors } = await command([
      '--',
      '--lsoa-lookup',
      BY_LOOKUP.lsoaLookup!,
      ...TABLE_ARGS,
      '--imd',
      FILES.imd,
    ]);
    expect({ exitCode, errors }).toEqual({ exitCode: 0, errors: [] });
    expect(info).toEqual(
      expect.arrayContaining([
        '2 neighbourhoods with census figures: 2 new, 0 changed, 0 unchanged.',
        '  alpha: 2 LSOAs, 1935 residents (created)',
        '1 neighbourhoods have no LSOA and keep their profile: gamma.',
      ]),
    );
    expect((await profileOf(ALPHA.id)).sources[0]!.release).toBe('Census 2021');
  });

  it('says how to call it when a table or the LSOA source is missing', async () => {
    const noLookup = await command([...TABLE_ARGS, '--imd', FILES.imd]);
    expect(noLookup.exitCode).toBe(2);
    expect(noLookup.errors[0]).toMatch(/^Give either --lsoa-lookup or --centroids/);
    const noTs024 = await command([
      '--centroids',
      BY_CENTROIDS.centroids!,
      ...TABLE_ARGS.slice(0, 8),
      '--imd',
      FILES.imd,
    ]);
    expect(noTs024.errors[0]).toMatch(/^Give every table: TS024 missing\./);
  });

  it('exits 1 with the reason when a file is refused', async () => {
    const { exitCode, errors } = await command([
      '--lsoa-lookup',
      BY_LOOKUP.lsoaLookup!,
      ...TABLE_ARGS,
      '--imd',
      FILES.tables.TS008,
    ]);
    expect(exitCode).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(
        /^census2021-ts008-lsoa.csv is not the English Indices of Deprivation \(File 7\): it has no "LSOA code \(2011\)" column/,
      ),
    ]);
  });
});
