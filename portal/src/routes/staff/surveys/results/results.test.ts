import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { isHttpError } from '@sveltejs/kit';
import { verifyAccessToken, type Actor } from '@engage/shared/auth';
import type { ConfidenceCell } from '#lib/surveys/surveys.ts';
import { data, fakeGateway, graphQLError } from '../../../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../../../test/settings.ts';
import {
  ANALYST,
  COMMANDER,
  getEvent,
  OFFICER,
  outcome,
} from '../../../../../test/staff-events.ts';
import { GET } from '../results.csv/+server.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();

const rounds = [
  {
    id: 'r-nov',
    label: 'November 2026',
    opensOn: '2026-11-01',
    closesOn: '2026-11-30',
    status: 'OPEN',
  },
  {
    id: 'r-may',
    label: 'May 2026',
    opensOn: '2026-05-01',
    closesOn: '2026-05-31',
    status: 'CLOSED',
  },
  {
    id: 'r-nov25',
    label: 'November 2025',
    opensOn: '2025-11-01',
    closesOn: '2025-11-30',
    status: 'CLOSED',
  },
];
const policingAreas = [
  {
    id: 'a-city',
    slug: 'city-centre',
    name: 'City Centre',
    neighbourhoods: [{ id: 'n-castle', slug: 'castle', name: 'Castle' }],
  },
  { id: 'a-west', slug: 'west', name: 'West', neighbourhoods: [] },
];

const cell = (
  areaId: string,
  group: string,
  figure: ConfidenceCell['confidence'],
): ConfidenceCell => ({
  round: { ...rounds[1]!, status: 'CLOSED' },
  level: 'POLICING_AREA',
  policingAreaId: areaId,
  neighbourhoodId: null,
  groupBy: 'AGE_BAND',
  group,
  confidence: figure,
  questions: [],
  change: figure.suppressed
    ? { points: null, significant: false, suppressed: true }
    : { points: -6.1, significant: true, suppressed: false },
});
const SUPPRESSED = { value: null, lower: null, upper: null, respondents: null, suppressed: true };
const cells = [
  cell('a-city', 'AGE_45_54', {
    value: 55.5,
    lower: 50.1,
    upper: 60.9,
    respondents: 212,
    suppressed: false,
  }),
  cell('a-west', 'UNDER_18', SUPPRESSED),
];

type LoadEvent = Parameters<typeof load>[0];
const at = (path: string, actor: Actor = ANALYST) => getEvent<LoadEvent>(path, {}, actor);

function answerWith(scores: () => Response = () => data({ confidenceScores: cells })) {
  gateway.reply((call) =>
    call.query.includes('ResultsChoices')
      ? data({ surveyRounds: rounds, policingAreas })
      : scores(),
  );
}

function html(page: Awaited<ReturnType<typeof load>>) {
  return render(Page, { props: { data: page, params: {} } as never }).body.replace(
    /<!--[\s\S]*?-->/g,
    '',
  );
}

describe('confidence results for staff', () => {
  it('gives an analyst NPA by age band for the rounds chosen, as the analyst', async () => {
    answerWith();

    const page = await load(
      at(
        '/staff/surveys/results?level=POLICING_AREA&groupBy=AGE_BAND&roundIds=r-may&roundIds=r-nov25',
      ),
    );

    const scores = gateway.calls[1]!;
    expect(scores.variables).toMatchObject({
      level: 'POLICING_AREA',
      groupBy: 'AGE_BAND',
      roundIds: ['r-may', 'r-nov25'],
      areaIds: null,
    });
    expect(scores.actor).toMatchObject({ id: ANALYST.kind === 'staff' ? ANALYST.id : '' });
    expect(page.csvQuery).toBe(
      'level=POLICING_AREA&groupBy=AGE_BAND&roundIds=r-may&roundIds=r-nov25',
    );
    expect(page.rounds.map((round) => round.id)).toEqual(['r-nov', 'r-may', 'r-nov25']);
  });

  it('starts at the latest closed round, and a commander at their own NPA', async () => {
    answerWith();

    await load(at('/staff/surveys/results', COMMANDER));

    expect(gateway.calls[1]?.variables).toMatchObject({
      level: 'POLICING_AREA',
      groupBy: 'NONE',
      roundIds: ['r-may'],
      areaIds: ['a-city'],
    });
  });

  it('marks suppressed cells clearly, with no number in them', async () => {
    answerWith();
    const body = html(
      await load(at('/staff/surveys/results?level=POLICING_AREA&groupBy=AGE_BAND&roundIds=r-may')),
    );

    expect(body).toMatch(
      /<th scope="row">City Centre<\/th>\s*<td>45 to 54<\/td>\s*<td[^>]*>55.5%<\/td>\s*<td>50.1% – 60.9%<\/td>\s*<td[^>]*>212<\/td>/,
    );
    expect(body).toContain(
      'Down 6.1 points since the round before. This is a real change, not chance.',
    );
    const west = /<th scope="row">West<\/th>[\s\S]*?<\/tr>/.exec(body)?.[0] ?? '';
    expect(west).toContain('<td>Under 18</td>');
    expect(west).toContain('<strong class="tag">Suppressed</strong> Fewer than 10 answers');
    expect(west).not.toMatch(/\d+(\.\d+)?%/);
    expect(body).toContain(
      'href="/staff/surveys/results.csv?level=POLICING_AREA&amp;groupBy=AGE_BAND&amp;roundIds=r-may"',
    );
  });

  it('cuts by the language people answered in, each named in itself and marked as that language', async () => {
    const byLanguage = (group: string, figure: ConfidenceCell['confidence']): ConfidenceCell => ({
      ...cell('a-city', group, figure),
      groupBy: 'ANSWER_LANGUAGE',
    });
    answerWith(() =>
      data({
        confidenceScores: [byLanguage('EN', cells[0]!.confidence), byLanguage('UR', SUPPRESSED)],
      }),
    );
    const page = await load(
      at('/staff/surveys/results?level=POLICING_AREA&groupBy=ANSWER_LANGUAGE&roundIds=r-may'),
    );
    expect(gateway.calls.at(-1)?.variables).toMatchObject({ groupBy: 'ANSWER_LANGUAGE' });
    const body = html(page);

    expect(body).toMatch(
      /<input[^>]*name="groupBy"[^>]*value="ANSWER_LANGUAGE"[^>]*checked[^>]*>\s*<label[^>]*>Language answered in<\/label>/,
    );
    expect(body).toMatch(/<td>English<\/td>\s*<td[^>]*>55.5%<\/td>/);
    expect(body).toMatch(
      /<td lang="ur" dir="rtl">اردو<\/td>\s*<td colspan="3" class="suppressed">/,
    );
  });

  it('shows open-link answers beside verified figures, flags an unusual volume, and keeps the sample chosen', async () => {
    const figure = cells[0]!.confidence;
    const verified: ConfidenceCell = {
      ...cells[0]!,
      groupBy: 'NONE',
      group: null,
      sample: 'VERIFIED',
      openLink: { responses: 30, anomaly: true, confidence: { ...figure, value: 12.5 } },
    };
    const quiet: ConfidenceCell = {
      ...verified,
      policingAreaId: 'a-west',
      openLink: { responses: 4, anomaly: false, confidence: SUPPRESSED },
    };
    answerWith(() => data({ confidenceScores: [verified, quiet] }));
    const body = html(await load(at('/staff/surveys/results?level=POLICING_AREA&roundIds=r-may')));
    expect(body).toContain('Open-link answers (not verified)');
    const city = /<th scope="row">City Centre<\/th>[\s\S]*?<\/tr>/.exec(body)?.[0] ?? '';
    expect(city).toContain('30 answers, score 12.5%');
    expect(city).toContain('<strong class="tag">Unusual volume</strong>');
    const west = /<th scope="row">West<\/th>[\s\S]*?<\/tr>/.exec(body)?.[0] ?? '';
    expect(west).toContain('4 answers, score not shown');
    expect(west).not.toContain('Unusual volume');
    expect(body).toMatch(/<input[^>]*name="sample"[^>]*value="VERIFIED"[^>]*checked/);

    answerWith();
    const page = await load(
      at(
        '/staff/surveys/results?level=POLICING_AREA&groupBy=AGE_BAND&roundIds=r-may&sample=OPEN_LINK',
      ),
    );
    expect(gateway.calls.at(-1)!.variables).toMatchObject({ sample: 'OPEN_LINK' });
    expect(page.csvQuery).toBe(
      'level=POLICING_AREA&groupBy=AGE_BAND&roundIds=r-may&sample=OPEN_LINK',
    );
    expect(html(page)).toContain('Open-link answers only (not verified)');
  });

  it('shows the 403 page when the service refuses, and to staff who do not read results', async () => {
    answerWith(() => graphQLError('not yours', 'FORBIDDEN'));
    expect(
      isHttpError(
        await outcome(() => load(at('/staff/surveys/results?level=FORCE', OFFICER))),
        403,
      ),
    ).toBe(true);

    const reviewer: Actor = { kind: 'staff', id: 'r1', name: 'Rev', role: 'REVIEWER' };
    expect(
      isHttpError(await outcome(() => load(at('/staff/surveys/results', reviewer))), 403),
    ).toBe(true);
  });
});

describe('the CSV download', () => {
  const exports = setupServer();

  it("streams the gateway's export with the signed-in user's own token and the same choice", async () => {
    const seen: { actor?: Actor; query?: string } = {};
    exports.use(
      http.get(`${GATEWAY_URL}/exports/confidence.csv`, async ({ request }) => {
        const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
        seen.actor = await verifyAccessToken(token, GATEWAY_JWT_SECRET);
        seen.query = new URL(request.url).search;
        return new HttpResponse('round,area,confidence\nMay 2026,West,suppressed\n', {
          headers: { 'content-type': 'text/csv' },
        });
      }),
    );
    exports.listen();
    try {
      const event = getEvent<Parameters<typeof GET>[0]>(
        '/staff/surveys/results.csv?level=POLICING_AREA&groupBy=AGE_BAND&roundIds=r-may&roundIds=r-nov25',
        {},
        ANALYST,
      );
      const response = await GET(event);

      expect(seen.actor).toMatchObject({ kind: 'staff', id: 'analyst-1', role: 'ANALYST' });
      expect(new URLSearchParams(seen.query).get('roundIds')).toBe('r-may,r-nov25');
      expect(new URLSearchParams(seen.query).get('level')).toBe('POLICING_AREA');
      expect(new URLSearchParams(seen.query).get('groupBy')).toBe('AGE_BAND');
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      await expect(response.text()).resolves.toContain('West,suppressed');
    } finally {
      exports.close();
    }
  });

  it('passes a refusal on as the 403 page', async () => {
    exports.use(
      http.get(
        `${GATEWAY_URL}/exports/confidence.csv`,
        () => new HttpResponse(null, { status: 403 }),
      ),
    );
    exports.listen();
    try {
      const event = getEvent<Parameters<typeof GET>[0]>('/staff/surveys/results.csv', {}, OFFICER);
      expect(isHttpError(await outcome(() => GET(event)), 403)).toBe(true);
    } finally {
      exports.close();
    }
  });
});
