import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { axeViolations } from '../support/browser.ts';
import { graphql } from '../support/stack.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

const area = DEMO_FORCE[1]!;
const team = area.neighbourhoods[0]!;

describe('a resident looking up their neighbourhood team', () => {
  it('finds it from the home page and sees its score and newsletter, with JavaScript off', async () => {
    const { data } = await graphql<{
      neighbourhood: {
        confidenceHeadline: {
          shown: { confidence: { value: number }; responses: number; round: { label: string } };
        };
        latestNewsletter: { title: string };
      };
    }>(
      journey.stack.urls.gateway,
      `
        query ($slug: String!) {
          neighbourhood(slug: $slug) {
            confidenceHeadline {
              shown {
                confidence {
                  value
                }
                responses
                round {
                  label
                }
              }
            }
            latestNewsletter {
              title
            }
          }
        }
      `,
      {
        variables: { slug: team.slug },
      },
    );
    const expected = data!.neighbourhood;
    const headline = expected.confidenceHeadline.shown;
    // As a resident reads it: 50% rather than 50.0%, 53.2% as it is.
    const score = new Intl.NumberFormat('en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(headline.confidence.value / 100);

    const context = await withoutJavaScript();
    const page = await context.newPage();
    await page.goto(journey.stack.urls.portal);
    for (const npa of DEMO_FORCE) {
      await expect(
        page.getByRole('heading', { name: npa.name, exact: true }).count(),
      ).resolves.toBe(1);
    }
    await page.getByRole('link', { name: team.name, exact: true }).click();

    expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(team.name);
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain(area.name);
    expect(main).toContain(score);
    expect(main).toContain(
      `From ${headline.responses} answers to the ${headline.round.label} Your Views survey`,
    );
    expect(main).toContain(expected.latestNewsletter.title);
    await context.close();
  });

  it('meets WCAG 2.2 AA on the home and neighbourhood pages (axe finds nothing)', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    for (const path of ['/', `/neighbourhoods/${team.slug}`]) {
      await page.goto(`${journey.stack.urls.portal}${path}`);
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('gets a helpful “page not found” for a neighbourhood that does not exist', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    const response = await page.goto(`${journey.stack.urls.portal}/neighbourhoods/atlantis`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Page not found',
    );
    await context.close();
  });
});

describe('a member of staff signing in', () => {
  it('is asked to sign in, told when the password is wrong, then sees who they are', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await page.goto(`${journey.stack.urls.portal}/staff`);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');

    await page.getByLabel('Email address').fill('commander@demo.police.uk');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(
      'commander@demo.police.uk',
    );

    await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff');
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Inspector Tom Walsh');
    expect(main).toContain('commander@demo.police.uk');
    expect(main).toContain(DEMO_FORCE[0]!.name);
    await context.close();
  });

  it('meets WCAG 2.2 AA on the sign-in page, errors showing', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await page.goto(`${journey.stack.urls.portal}/staff/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(
      1,
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
