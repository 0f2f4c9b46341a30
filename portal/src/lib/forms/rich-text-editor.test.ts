import { describe, expect, it } from 'vitest';
import { isAllowedLink, linkAddress, withoutTrailingEmptyParagraphs } from './rich-text-editor.ts';

/** What the editor's link box and its HTML make of what an officer types. */
describe('the rich-text editor', () => {
  it('makes a web address of "www.…" and an email link of an address, and keeps a full one', () => {
    expect(linkAddress(' www.gov.uk/police ')).toBe('https://www.gov.uk/police');
    expect(linkAddress('castle.team@police.example')).toBe('mailto:castle.team@police.example');
    expect(linkAddress('https://example.org/a')).toBe('https://example.org/a');
    expect(linkAddress('   ')).toBe('');
  });

  it('offers only the links the newsletters sanitiser keeps: https and mailto with an address', () => {
    expect(isAllowedLink('https://www.gov.uk')).toBe(true);
    expect(isAllowedLink('mailto:team@police.example')).toBe(true);
    expect(isAllowedLink('http://www.gov.uk')).toBe(false);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('mailto:nobody')).toBe(false);
    expect(isAllowedLink('/relative/page')).toBe(false);
  });

  it('sends no empty paragraph after a closing list', () => {
    expect(withoutTrailingEmptyParagraphs('<ul><li><p>Lock your shed.</p></li></ul><p></p>')).toBe(
      '<ul><li><p>Lock your shed.</p></li></ul>',
    );
    expect(withoutTrailingEmptyParagraphs('<p>One</p><p></p><p>Two</p>')).toBe(
      '<p>One</p><p></p><p>Two</p>',
    );
  });
});
