import { describe, expect, it } from 'vitest';
import { sameSitePath } from './same-site-path.ts';

describe('going back after choosing a language', () => {
  it('returns to the page the visitor was reading, query included', () => {
    expect(sameSitePath('/neighbourhoods/castle?from=home')).toBe(
      '/neighbourhoods/castle?from=home',
    );
  });

  it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'goes home instead of following %s off the site',
    (target) => {
      expect(sameSitePath(target)).toBe('/');
    },
  );

  it('goes home when the form did not say where from', () => {
    expect(sameSitePath(null)).toBe('/');
  });
});
