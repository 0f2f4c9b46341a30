import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/outside/html-text.ts';

describe('turning a force’s HTML into plain text', () => {
  it.each([
    [
      '<p>Street drinking near the <strong>Clock Tower</strong>.</p>',
      'Street drinking near the Clock Tower.',
    ],
    [
      '<p>First paragraph.</p>\r\n<p>Second paragraph.</p>',
      'First paragraph.\n\nSecond paragraph.',
    ],
    ['Line one<br>Line two<br />Line three', 'Line one\nLine two\nLine three'],
    ['<ul><li>Patrols</li><li>Dispersal orders</li></ul>', '• Patrols\n• Dispersal orders'],
    ['Anti-social behaviour &amp; shop theft', 'Anti-social behaviour & shop theft'],
    ['Leicester&#39;s centre &ndash; 8am&nbsp;to&nbsp;8pm', "Leicester's centre – 8am to 8pm"],
    ['&#x201C;You said&#x201D; &pound;5', '“You said” £5'],
    ['Write &lt;b&gt; to mean bold', 'Write <b> to mean bold'],
    ['&amp;lt;p&amp;gt;', '&lt;p&gt;'],
    ['Children aged < 16 and > 10', 'Children aged < 16 and > 10'],
    ['<p>Patrols</p><script>alert(1)</script><style>p{}</style>', 'Patrols'],
    ['Before<!-- a CMS note -->after', 'Beforeafter'],
    ['  <p>  lots   of\n\n\tspace  </p>  ', 'lots of space'],
    ['&unknown; stays', '&unknown; stays'],
    ['', ''],
  ])('%j reads as %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
