import { describe, expect, it } from 'vitest';
import { absolutePhotoUrl } from '../../src/modules/newsletter/newsletter-mail.ts';

describe('the officer’s photo in a newsletter email', () => {
  const portal = 'https://portal.example.org/neighbourhoods/';

  it('is loaded from the portal when it is stored as a path there', () => {
    expect(absolutePhotoUrl('/officers/priya.jpg', portal)).toBe(
      'https://portal.example.org/officers/priya.jpg',
    );
  });

  it('keeps a full web address on the portal as it is', () => {
    expect(absolutePhotoUrl('https://portal.example.org/officers/p.jpg', portal)).toBe(
      'https://portal.example.org/officers/p.jpg',
    );
  });

  it('is left out when it is on any other host, however it is written', () => {
    for (const foreign of [
      'https://cdn.example.org/p.jpg',
      '//tracker.example.net/pixel.gif',
      '/\\tracker.example.net/pixel.gif',
      'http://portal.example.org/officers/p.jpg',
      'https://portal.example.org.evil.example/p.jpg',
    ]) {
      expect(absolutePhotoUrl(foreign, portal), foreign).toBeNull();
    }
  });

  it('is left out when there is none, or it is not a web address', () => {
    expect(absolutePhotoUrl(null, portal)).toBeNull();
    expect(absolutePhotoUrl('javascript:alert(1)', portal)).toBeNull();
    expect(absolutePhotoUrl('data:image/png;base64,AAAA', portal)).toBeNull();
  });
});
