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
  confidence: null,
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

  it('shows a suppressed confidence score in words, not as 0%', () => {
    const body = html({
      ...castle,
      confidence: { score: null, responses: 6, round: 'May 2026' },
    } as unknown as Neighbourhood);

    expect(body).toContain('Fewer than 10 people answered, so we do not show this figure');
    expect(body).not.toContain('0%');
  });
});
