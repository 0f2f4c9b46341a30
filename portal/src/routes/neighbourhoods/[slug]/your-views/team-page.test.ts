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
  options: [
    { id: 'o-yes', label: 'Yes', votes: null, share: null },
    { id: 'o-no', label: 'No', votes: null, share: null },
  ],
  closesAt: null,
  open: true,
  status: 'OPEN',
  totalVotes: null,
};
const another: Poll = { ...poll, id: 'p2', question: 'Which evening suits you?' };

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
  it('links to what residents here told us, asks the newest open poll right here and links to the others', () => {
    const body = html(castle, [poll, another]);

    expect(body).toContain(
      'href="/neighbourhoods/castle/your-views">What residents here told us</a>',
    );
    // A plain form to the poll's own page: answering needs no JavaScript.
    expect(body).toMatch(/<form method="POST" action="\/polls\/p1"/);
    expect(body).toContain('<legend class="label">Should we meet at the library?</legend>');
    expect(body.match(/type="radio" value="o-(yes|no)"/g)).toHaveLength(2);
    expect(body).toContain('href="/polls/p1">See the results so far</a>');
    expect(body).toContain('href="/polls/p2">Answer: Which evening suits you?</a>');
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
