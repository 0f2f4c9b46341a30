import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { loadForceBranding } from '@engage/shared/force';
import type { Neighbourhood } from '#lib/areas/neighbourhood.ts';
import Page from './+page.svelte';

// Rendering the page outside a running app: stand-ins for SvelteKit's generated modules.
vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/state', () => ({
  page: { url: new URL('https://portal.example/neighbourhoods/castle?utm_source=whatsapp') },
}));

const castle: Neighbourhood = {
  id: 'n1',
  slug: 'castle',
  name: 'Castle',
  description: 'The castle, the cathedral and the streets around them.',
  policingArea: {
    id: 'a1',
    slug: 'city-centre',
    name: 'City Centre',
    latestCommanderUpdate: null,
  },
  officers: [
    {
      id: 'o1',
      name: 'Sgt Priya Khan',
      role: 'Sergeant',
      bio: 'Priya leads the team.',
      photoUrl: '/demo-officers/officer-1.svg',
    },
    { id: 'o2', name: 'PCSO Marek Novak', role: 'PCSO', bio: null, photoUrl: null },
  ],
  coverage: [
    { name: 'Castle', kind: 'WARD' },
    { name: 'Abbey Fields', kind: 'PARISH' },
  ],
  postcodeSectors: ['LE1 1', 'LE1 2'],
  profile: {
    population: 12345,
    deprivationDecile: 2,
    ageBands: [{ group: 'Aged 65 to 74', code: 'AGE_65_74', share: 11.5 }],
    ethnicity: [{ group: 'White', code: 'WHITE', share: 100 }],
    mainLanguages: ['English', 'Gujarati', 'Polish'],
    isDemoData: true,
    sources: [],
  },
  confidenceHeadline: null,
  latestNewsletter: null,
  contactPhone: '0116 496 0000',
  contactEmail: 'castle.team@demo-shire-police.example.org',
  priorities: [],
  upcomingEvents: [],
};

/** The demo force: every FORCE_* variable unset. */
const force = loadForceBranding({});

const ALL_ANSWERED = { surveys: false, newsletters: false };

function html(neighbourhood: Neighbourhood, unavailable = ALL_ANSWERED, openRounds = OPEN_HERE) {
  return render(Page, {
    props: { data: { neighbourhood, unavailable, openRounds, force }, params: {} } as never,
  });
}

const OPEN_HERE = [{ id: 'r1', label: 'November 2026', closesOn: '2026-12-20' }];

describe('the team page', () => {
  it('shows each officer with a named photo, or their initials when there is none', () => {
    const { body } = html(castle);

    expect(body).toContain('src="/demo-officers/officer-1.svg" alt="Photo of Sgt Priya Khan"');
    expect(body).toMatch(/aria-hidden="true">MN<\/span>/);
    expect(body).toContain('PCSO Marek Novak');
    expect(body).toContain('href="/areas/city-centre">City Centre</a> policing area');
  });

  it('explains who lives here in accessible tables, and marks demo figures as invented', () => {
    const { body } = html(castle);

    expect(body).toContain('These figures are invented for the demo.');
    expect(body).toContain('12,345');
    expect(body).toContain('This area is more deprived than most of England.');
    expect(body).toContain('English, Gujarati and Polish');
    expect(body).toMatch(/<caption[^>]*>Ages of the people living here<\/caption>/);
    expect(body).toMatch(/<th scope="row">65 to 74<\/th>\s*<td[^>]*>11.5%<\/td>/);

    const real = html({
      ...castle,
      profile: {
        ...castle.profile!,
        isDemoData: false,
        sources: [
          { table: 'TS007A', release: 'Census 2021, 2 November 2022 release' },
          { table: 'TS021', release: 'Census 2021, 2 November 2022 release' },
          { table: 'IMD', release: 'English Indices of Deprivation 2019 (IMD deciles)' },
          { table: 'LSOA_LOOKUP', release: 'LSOA to neighbourhood lookup supplied by the force' },
        ],
      },
    }).body;
    expect(real).not.toContain('invented for the demo');
    expect(real).toContain(
      'Source: ONS Census 2021, 2 November 2022 release (TS007A, TS021); English Indices of Deprivation 2019 (IMD deciles).',
    );
  });

  it('shows each priority as You said / We did, the events to come, and the commander’s latest update', () => {
    const { body } = html({
      ...castle,
      policingArea: {
        ...castle.policingArea,
        latestCommanderUpdate: {
          title: 'More patrols this summer',
          body: 'We have more officers out on Friday and Saturday nights.',
          publishedAt: '2026-05-04T09:00:00.000Z',
          authorName: 'Inspector Tom Walsh',
        },
      },
      priorities: [
        {
          id: 'p1',
          year: 2026,
          quarter: 2,
          title: 'Speeding on London Road',
          residentsSaid: 'Cars go too fast past the school.',
          source: 'SURVEY',
          status: 'ACTIVE',
          translation: null,
          updates: [
            {
              id: 'u1',
              actionOn: '2026-05-12',
              weDid: 'We checked speeds on 3 days.',
              translation: null,
            },
          ],
        },
      ],
      upcomingEvents: [
        {
          id: 'e1',
          title: 'Beat surgery at the library',
          startsAt: '2026-06-06T17:30:00.000Z',
          endsAt: null,
          place: 'Castle Library',
          accessibilityNotes: 'Step-free entrance',
        },
      ],
    });

    expect(body).toContain('Speeding on London Road');
    expect(body).toContain('April to June 2026');
    expect(body).toContain('Your Views survey');
    expect(body).toMatch(/<time[^>]*datetime="2026-05-12"[^>]*>12 May 2026<\/time>/);
    expect(body).toContain('We checked speeds on 3 days.');
    expect(body).toContain('Saturday, 6 June 2026 at 18:30');
    expect(body).toContain('Step-free entrance');
    expect(body).toContain('More patrols this summer');
    expect(body).toContain('Posted 4 May 2026 by Inspector Tom Walsh');
  });

  it('says so when there are no priorities, events or commander updates yet', () => {
    const { body } = html(castle);

    expect(body).toContain('The team has not set any priorities yet.');
    expect(body).toContain('There are no events planned at the moment.');
    expect(body).toContain('Your area commander has not posted an update yet.');
  });

  it('says survey results and newsletters are not available right now when their services are down, not that there are none', () => {
    const { body } = html(castle, { surveys: true, newsletters: true });

    expect(body).toContain('Survey results are not available right now.');
    expect(body).toContain('Newsletters are not available right now.');
    expect(body).not.toContain('There are no survey results for this neighbourhood yet');
    expect(body).not.toContain('The team has not published a newsletter yet');
    expect(body).toContain('PCSO Marek Novak');
  });

  it('has a preview card and canonical link with the absolute address, without the query', () => {
    const { head } = html(castle);

    const url = 'https://portal.example/neighbourhoods/castle';
    expect(head).toContain(`<link rel="canonical" href="${url}"`);
    expect(head).toContain(`<meta property="og:url" content="${url}"`);
    expect(head).toContain('<meta property="og:title" content="Castle"');
    expect(head).toContain('<meta property="og:type" content="website"');
    expect(head).toContain('<meta property="og:locale" content="en_GB"');
    expect(head).toContain('<meta name="twitter:card" content="summary"');
    expect(head).not.toContain('og:image');
  });

  it('offers, before the team itself, email updates, the open survey, the latest newsletter and how to contact the team', () => {
    const { body } = html({
      ...castle,
      latestNewsletter: {
        title: 'Castle in November',
        month: '2026-11',
        publishedAt: '2026-11-03T09:00:00.000Z',
      },
    });
    const beforeTeam = body.slice(0, body.indexOf('id="team"'));

    expect(beforeTeam).toContain(
      'href="/neighbourhoods/castle/subscribe">Get email updates from Castle</a>',
    );
    expect(beforeTeam).toContain(
      'href="/your-views/r1">Answer the November 2026 Your Views survey (closes 20 December 2026)</a>',
    );
    expect(beforeTeam).toContain(
      'href="/neighbourhoods/castle/newsletters/2026-11">Read the latest newsletter: Castle in November</a>',
    );
    expect(beforeTeam).toContain('Phone: 0116 496 0000');
    expect(beforeTeam).toContain('href="mailto:castle.team@demo-shire-police.example.org"');
    expect(beforeTeam).toContain(
      'In an emergency, when life is at risk or a crime is happening now, call 999.',
    );
    expect(beforeTeam).toContain('For anything that is not an emergency, call 101.');
    expect(beforeTeam).toContain(
      `href="${force.reportOnlineUrl}">Report a crime or incident online</a>`,
    );
  });

  it('says when no survey is open and no newsletter is out yet, and sends a team without its own contact to the force', () => {
    const { body } = html({ ...castle, contactPhone: null, contactEmail: null }, ALL_ANSWERED, []);

    expect(body).toContain('There is no Your Views survey open here just now.');
    expect(body).toContain('No newsletter has been published yet.');
    expect(body).toContain(
      'This team has not given its own phone number or email address yet. Contact Demo Shire Police instead.',
    );
    expect(body).toContain('href="/contact">How to contact Demo Shire Police</a>');
  });

  it('says which part of "Have your say" cannot be shown when its service is down', () => {
    const { body } = html(castle, { surveys: false, newsletters: true }, null as never);

    expect(body).toContain('The Your Views survey cannot be shown right now.');
    expect(body).toContain('Newsletters cannot be shown right now.');
    expect(body).not.toContain('There is no Your Views survey open here just now.');
  });
});
