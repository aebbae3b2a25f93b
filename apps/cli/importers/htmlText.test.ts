import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './htmlText.ts';
import { isoInstant } from './timestamps.ts';

describe('htmlToText', () => {
  it('keeps the words and line breaks, drops tags, scripts and styles, decodes entities', () => {
    expect(htmlToText('<div>Hello&nbsp;<b>there</b></div><div>It&#39;s &lt;broken&gt; &amp; &#x5047;&#36135;</div><script>x()</script><style>p{}</style>')).toBe(
      "Hello there\nIt's <broken> & 假货",
    );
    expect(htmlToText('a<br>b<br/>c<p>d</p>')).toBe('a\nb\nc\nd');
    expect(looksLikeHtml('5 < 6 and 7 > 2')).toBe(false);
    expect(looksLikeHtml('<p>hi</p>')).toBe(true);
  });
});

describe('isoInstant', () => {
  it('reads ISO with an offset, and zone-less export times as UTC', () => {
    expect(isoInstant('2026-11-20T08:00:00+08:00')).toBe('2026-11-20T00:00:00.000Z');
    expect(isoInstant('2026-11-20 14:05:09')).toBe('2026-11-20T14:05:09.000Z');
    expect(isoInstant('2026-11-20 14:05')).toBe('2026-11-20T14:05:00.000Z');
    expect(isoInstant('')).toBeUndefined();
    expect(isoInstant(null)).toBeUndefined();
    expect(isoInstant('20/11/2026')).toBeNull();
    expect(isoInstant('2026-13-45 99:00:00')).toBeNull();
    expect(isoInstant(1763546561)).toBeNull();
  });
});
