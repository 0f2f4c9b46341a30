import { describe, expect, it } from 'vitest';
import { richTextToPlainText } from '../../src/modules/rich-text/index.ts';

describe('rich text as plain text, for text-only mail and previews', () => {
  it('keeps headings, paragraphs and lists readable without capitals', () => {
    expect(
      richTextToPlainText(
        '<h2>Burglary</h2><p>We made <strong>two</strong> arrests.</p><ul><li>Lock doors</li><li>Use lights</li></ul>',
      ),
    ).toBe('Burglary\n\nWe made two arrests.\n\n * Lock doors\n * Use lights');
  });

  it('shows where each link goes, and an email address without mailto:', () => {
    expect(
      richTextToPlainText(
        '<p>See <a href="https://www.police.uk/advice">our advice</a> or <a href="mailto:pc@police.example">email us</a>.</p>',
      ),
    ).toBe('See our advice (https://www.police.uk/advice) or email us (pc@police.example).');
  });

  it('does not wrap long lines, so mail clients can reflow them', () => {
    const sentence = 'word '.repeat(40).trim();
    expect(richTextToPlainText(`<p>${sentence}</p>`)).toBe(sentence);
  });

  it('decodes entities into the characters they stand for', () => {
    expect(richTextToPlainText('<p>Fish &amp; chips &lt;3 &quot;ok&quot;</p>')).toBe(
      'Fish & chips <3 "ok"',
    );
  });

  it('never shows the code of a script or style, even from unsanitised HTML', () => {
    expect(
      richTextToPlainText('<style>p{color:red}</style><p>Hi</p><script>alert("x")</script>'),
    ).toBe('Hi');
  });
});
