import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from '../../src/modules/rich-text/index.ts';

describe('sanitising what an officer writes in a newsletter', () => {
  it('keeps the allowed markup as it was written', () => {
    const html =
      '<h2>Burglary</h2><h3>What we did</h3><p>We <strong>arrested</strong> two <em>suspects</em>.<br />Thanks.</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol>' +
      '<p><a href="https://www.police.uk/">police.uk</a> or <a href="mailto:belgrave@police.example">email us</a></p>';

    expect(sanitizeRichText(html)).toBe(
      '<h2>Burglary</h2><h3>What we did</h3><p>We <strong>arrested</strong> two <em>suspects</em>.<br />Thanks.</p>' +
        '<ul><li>one</li></ul><ol><li>two</li></ol>' +
        '<p><a href="https://www.police.uk/" rel="noopener">police.uk</a> or ' +
        '<a href="mailto:belgrave@police.example" rel="noopener">email us</a></p>',
    );
  });

  it('removes a script tag and the code inside it', () => {
    expect(sanitizeRichText('<p>Hello <script>alert(document.cookie)</script>there</p>')).toBe(
      '<p>Hello there</p>',
    );
  });

  it('removes event handler attributes such as onerror and onclick', () => {
    const result = sanitizeRichText(
      '<img src="x" onerror="alert(1)"><p onclick="steal()" onmouseover="steal()">Click</p>',
    );
    expect(result).toBe('<p>Click</p>');
  });

  it.each([
    '<a href="javascript:alert(1)">Win a prize</a>',
    '<a href=" JaVaScRiPt:alert(1)">Win a prize</a>',
    '<a href="java&#x09;script:alert(1)">Win a prize</a>',
    '<a href="&#106;avascript:alert(1)">Win a prize</a>',
  ])('turns a javascript: link into plain text (%s)', (html) => {
    expect(sanitizeRichText(html)).toBe('Win a prize');
  });

  it('turns a data: URL link into plain text and drops a data: image', () => {
    expect(
      sanitizeRichText(
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Open</a>' +
          '<img src="data:image/png;base64,iVBORw0KGgo=" alt="pixel">',
      ),
    ).toBe('Open');
  });

  it('removes style attributes and style elements', () => {
    expect(
      sanitizeRichText(
        '<style>p { display: none }</style><p style="color:#fff;background:url(javascript:x)">Read me</p>',
      ),
    ).toBe('<p>Read me</p>');
  });

  it('removes nested iframes and everything they would load', () => {
    const result = sanitizeRichText(
      '<iframe src="https://evil.example"><iframe src="javascript:alert(1)"></iframe></iframe><p>After</p>',
    );
    expect(result).toBe('<p>After</p>');
  });

  it('removes markup hidden inside svg and math', () => {
    expect(
      sanitizeRichText(
        '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">svg</a></svg><math><mi>x</mi></math>',
      ),
    ).toBe('svgx');
  });

  it('keeps the words of tags outside the allow-list', () => {
    expect(sanitizeRichText('<span class="x">in a span</span> <u>and underlined</u>')).toBe(
      'in a span and underlined',
    );
  });

  it('keeps what pasted text means: bold, italics, headings, and lines written as blocks', () => {
    expect(
      sanitizeRichText(
        '<h1>Big news</h1><div>one</div><div>two</div><b>bold</b> <i>italic</i><h4>Small</h4>' +
          '<table><tr><td>cell</td></tr></table><blockquote>quoted</blockquote>',
      ),
    ).toBe(
      '<h2>Big news</h2><p>one</p><p>two</p><strong>bold</strong> <em>italic</em><h3>Small</h3>' +
        '<p>cell</p><p>quoted</p>',
    );
  });

  it('closes paragraphs nested by pasted blocks, and drops empty ones', () => {
    expect(sanitizeRichText('<div><div>inner</div></div><p></p><p>&nbsp;</p><p>kept</p>')).toBe(
      '<p>inner</p><p>kept</p>',
    );
  });

  it('turns a mailto link with no address into plain text', () => {
    expect(sanitizeRichText('<a href="mailto:">write to us</a>')).toBe('write to us');
  });

  it.each([
    ['http', '<a href="http://example.com/">plain http</a>', 'plain http'],
    ['relative', '<a href="/neighbourhoods">relative</a>', 'relative'],
    ['protocol-relative', '<a href="//evil.example/">no scheme</a>', 'no scheme'],
    ['no href', '<a name="top">anchor</a>', 'anchor'],
  ])('turns a %s link into plain text', (_kind, html, expected) => {
    expect(sanitizeRichText(html)).toBe(expected);
  });

  it('leaves a kept link whole when it follows a refused one', () => {
    expect(
      sanitizeRichText(
        '<p><a href="javascript:x()">bad</a> <a href="https://a.example/">good</a></p>',
      ),
    ).toBe('<p>bad <a href="https://a.example/" rel="noopener">good</a></p>');
  });

  it('sets rel="noopener" on every link, replacing what the author wrote, and drops target', () => {
    expect(
      sanitizeRichText(
        '<a href="https://example.com/" rel="opener" target="_blank" title="t">x</a>',
      ),
    ).toBe('<a href="https://example.com/" rel="noopener">x</a>');
  });

  it('keeps characters that look like markup as escaped text', () => {
    expect(sanitizeRichText('Fish &amp; chips for under 5 < 10 > 3')).toBe(
      'Fish &amp; chips for under 5 &lt; 10 &gt; 3',
    );
  });

  it.each([
    '<p>Hello <script>alert(1)</script>there</p>',
    '<a href=" JaVaScRiPt:alert(1)">x</a><a href="https://a.example/?q=1&b=2">y</a>',
    '<iframe><iframe></iframe>fallback</iframe><p onclick="x">a &lt;b&gt;</p>',
  ])('changes nothing when run again on its own output (%s)', (html) => {
    const once = sanitizeRichText(html);
    expect(sanitizeRichText(once)).toBe(once);
  });
});
