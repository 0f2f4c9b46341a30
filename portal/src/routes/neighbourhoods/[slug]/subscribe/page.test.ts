import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { newSubscriptionValues } from '#lib/subscriptions/form.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/forms', () => ({ enhance: () => ({}) }));

const team = {
  id: 'n-castle',
  slug: 'castle',
  name: 'Castle',
  policingArea: {
    id: 'a-city',
    name: 'City Centre',
    neighbourhoods: [
      { id: 'n-abbey', slug: 'abbey', name: 'Abbey' },
      { id: 'n-castle', slug: 'castle', name: 'Castle' },
    ],
  },
};

function html(form: unknown = null) {
  const data = { team, values: newSubscriptionValues(team.id, 'en') };
  return render(Page, { props: { data, form, params: { slug: 'castle' } } as never }).body;
}

describe('the subscribe page', () => {
  it('is a plain POST form: this team ticked and first, then the whole area, then its other teams', () => {
    const body = html();

    expect(body).toMatch(/<form method="POST"/);
    const castle = body.indexOf('for="areas">Castle');
    const whole = body.indexOf('The whole City Centre area');
    const abbey = body.indexOf('>Abbey<');
    expect(castle).toBeGreaterThan(-1);
    expect(castle).toBeLessThan(whole);
    expect(whole).toBeLessThan(abbey);
    expect(body).toMatch(/id="areas"[^>]*value="n-castle"[^>]*checked/);
    expect(body).toMatch(/value="NEWSLETTER"[^>]*checked/);
    expect(body).toContain('Prefer not to say');
    expect(body).toContain('How we use your details');
  });

  it('shows an error summary linking to each field, and keeps what was typed', () => {
    const body = html({
      values: { ...newSubscriptionValues(team.id, 'en'), email: 'me.example.com', interests: [] },
      errors: { email: 'email_invalid', interests: 'interests_missing' },
    });

    expect(body).toContain('There is a problem');
    expect(body).toContain('href="#email"');
    expect(body).toContain('href="#interests"');
    expect(body).toContain('value="me.example.com"');
    expect(body).toMatch(/aria-describedby="email-hint email-error"/);
  });

  it('offers every mail language named in itself, marked with its own lang and dir, the page’s chosen', () => {
    const body = html();

    for (const [value, lang, dir, name] of [
      ['GU', 'gu', 'ltr', 'ગુજરાતી'],
      ['UR', 'ur', 'rtl', 'اردو'],
      ['PL', 'pl', 'ltr', 'Polski'],
    ]) {
      expect(body).toMatch(new RegExp(`value="${value}"`));
      expect(body).toMatch(new RegExp(`lang="${lang}" dir="${dir}"[^>]*>${name}</label>`));
    }
    // English is the page's language: its label needs no mark, and it is the one chosen.
    expect(body).toMatch(/name="language"[^>]*value="EN"[^>]*checked/);
    expect(newSubscriptionValues(team.id, 'ur').language).toBe('UR');
    expect(newSubscriptionValues(team.id, 'pa').language).toBe('PA');
  });
});
