import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { loadForceBranding } from '@engage/shared/force';
import type { Neighbourhood } from '#lib/areas/neighbourhood.ts';
import type { Poll } from '#lib/surveys/surveys.ts';
import TeamPage from '../+page.svelte';

// The team page's Your Views parts: the results link, quick polls, a suppressed score.
vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/state', () => ({
  page: { url: new URL('https://portal.example/neighbourhoods/castle') },
}));

const castle = {
  id: 'n1',
  slug: 'castle',
  name: 'Castle',
  description: null,
  policingArea: { id: 'a1', slug: 'city-centre', name: 'City Centre', latestCommanderUpdate: null },
  officers: [],
  coverage: [],
  postcodeSectors: [],
  profile: null,
  confidenceHeadline: null,
  latestNewsletter: null,
  contactPhone: null,
  contactEmail: null,
  priorities: [],
  upcomingEvents: [],
} as unknown as Neighbourhood;

const poll: Poll = {
  id: 'p1',
  question: 'Should we meet at the library?',
  options: [],
  closesAt: null,
  open: true,
  totalVotes: 0,
};

function html(neighbourhood: Neighbourhood, polls: Poll[] = []) {
  return render(TeamPage, {
    props: {
      data: {
        neighbourhood,
        polls,
        openRounds: [],
        force: loadForceBranding({}),
        unavailable: { surveys: false, newsletters: false },
      },
      params: {},
    } as never,
  }).body;
}

describe('the team page and Your Views', () => {
  it('links to what residents here told us, and to each open quick poll', () => {
    const body = html(castle, [poll]);

    expect(body).toContain(
      'href="/neighbourhoods/castle/your-views">What residents here told us</a>',
    );
    expect(body).toContain('href="/polls/p1">Answer: Should we meet at the library?</a>');
    expect(html(castle)).not.toContain('Quick polls');
  });

  const round = (label: string) => ({
    id: label,
    label,
    opensOn: '2026-05-01',
    closesOn: '2026-05-31',
    status: 'CLOSED' as const,
  });
  const SUPPRESSED = { value: null, lower: null, upper: null, respondents: null, suppressed: true };
  const thin = {
    round: round('November 2026'),
    confidence: SUPPRESSED,
    responses: null,
    withheld: 'TOO_FEW_ANSWERS' as const,
  };

  it('keeps its last score with enough answers beside a thin newer round, and says why', () => {
    const may = {
      round: round('May 2026'),
      confidence: { value: 53.2, lower: 48, upper: 58.4, respondents: 41, suppressed: false },
      responses: 41,
      withheld: null,
    };
    const body = html({ ...castle, confidenceHeadline: { latest: thin, shown: may } });

    expect(body).toContain(
      'November 2026: too few people here answered for us to publish a figure.</strong> So this is the last figure with enough answers, from May 2026.',
    );
    expect(body).toContain('<p class="score">53.2%</p>');
    expect(body).toContain('From 41 answers to the May 2026 Your Views survey.');
  });

  it('shows a suppressed confidence score in words, not as 0%', () => {
    const body = html({ ...castle, confidenceHeadline: { latest: thin, shown: null } });

    expect(body).toContain('November 2026: too few people here answered');
    expect(body).toContain('No round here has had enough answers to publish a figure yet.');
    expect(body).not.toContain('0%');
  });
});
