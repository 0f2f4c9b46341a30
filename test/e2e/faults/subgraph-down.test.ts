import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { buildPortal } from '@engage/infra/build-portal';
import { bootStack, graphql, type TestStack } from '../../support/stack.ts';

/**
 * Issue #9, "a subgraph down": with the surveys or the newsletters service stopped under a
 * running stack, the gateway still answers what it can (partial data with errors) and the
 * public pages render without the missing panel, saying so, never a 500. When the service is
 * back, so is the panel.
 */

let stack: TestStack;
beforeAll(async () => {
  await buildPortal();
  stack = await bootStack({ withPortal: true });
}, 300_000);
afterAll(() => stack?.stop());

const area = DEMO_FORCE[1]!;
const team = area.neighbourhoods[2]!;

const TEAM_QUERY = `query($slug: String!) {
  neighbourhood(slug: $slug) { name confidence { score } latestNewsletter { title } }
}`;
type TeamData = {
  neighbourhood: {
    name: string;
    confidence: { score: number | null } | null;
    latestNewsletter: { title: string } | null;
  } | null;
};

async function page(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${stack.urls.portal}${path}`, { redirect: 'manual' });
  const html = await response.text();
  // The words a visitor reads, without markup: enough to look for a sentence.
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;|’/g, "'")
    .replace(/\s+/g, ' ');
  return { status: response.status, text };
}

const publicPages = ['/', '/areas', `/areas/${area.slug}`, `/neighbourhoods/${team.slug}`];

describe('with the surveys service down', () => {
  it('the gateway answers the rest of a query, with an error for what it could not get', async () => {
    await stack.stopProcess('surveys');
    const { status, data, errors } = await graphql<TeamData>(stack.urls.gateway, TEAM_QUERY, {
      variables: { slug: team.slug },
    });
    expect(status).toBe(200);
    expect(data?.neighbourhood?.name).toBe(team.name);
    expect(data?.neighbourhood?.latestNewsletter?.title).toContain(team.name);
    expect(data?.neighbourhood?.confidence).toBeNull();
    expect(errors?.length).toBeGreaterThan(0);
  });

  it('every public page still renders, and the team page says its survey results are missing', async () => {
    for (const path of publicPages) {
      const { status } = await page(path);
      expect({ path, status }).toEqual({ path, status: 200 });
    }
    const { text } = await page(`/neighbourhoods/${team.slug}`);
    expect(text).toContain(team.name);
    expect(text).toContain('Survey results are not available right now');
    expect(text).not.toContain('There are no survey results for this neighbourhood yet');
    // What newsletters and engagement own is still there.
    expect(text).not.toContain('Newsletters are not available right now');
  });

  it('brings the survey panel back once the service is running again', async () => {
    await stack.startProcess('surveys');
    const { errors } = await graphql<TeamData>(stack.urls.gateway, TEAM_QUERY, {
      variables: { slug: team.slug },
    });
    expect(errors).toBeUndefined();
    const { status, text } = await page(`/neighbourhoods/${team.slug}`);
    expect(status).toBe(200);
    expect(text).not.toContain('Survey results are not available right now');
    expect(text).toContain('How confident people feel');
  });
});

describe('with the newsletters service down', () => {
  it('the team page renders without its latest newsletter, saying so, and the survey panel stays', async () => {
    await stack.stopProcess('newsletters');
    const raw = await graphql<TeamData>(stack.urls.gateway, TEAM_QUERY, {
      variables: { slug: team.slug },
    });
    expect(raw.data?.neighbourhood?.latestNewsletter).toBeNull();
    expect(raw.data?.neighbourhood?.confidence?.score).toBeGreaterThan(0);
    expect(raw.errors?.length).toBeGreaterThan(0);

    for (const path of publicPages) {
      const { status } = await page(path);
      expect({ path, status }).toEqual({ path, status: 200 });
    }
    const { text } = await page(`/neighbourhoods/${team.slug}`);
    expect(text).toContain('Newsletters are not available right now');
    expect(text).not.toContain('The team has not published a newsletter yet');
    expect(text).not.toContain('Survey results are not available right now');

    await stack.startProcess('newsletters');
    const back = await page(`/neighbourhoods/${team.slug}`);
    expect(back.text).not.toContain('Newsletters are not available right now');
  });
});
