import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../memoryIo.ts';
import { escapeHtml, jsonForScript, scriptSafe } from './escape.ts';

const HOSTILE = '</script><script>alert(1)</script>';
const COMMENT = '<!-- <img src=x onerror=alert(2)> & "q" \'s\' \u2028';

describe('report HTML escaping', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('embeds JSON that cannot end its script element and still parses to the same value', () => {
    const value = { a: HOSTILE, b: COMMENT };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('keeps a library source from closing its script element', () => {
    expect(scriptSafe('var s = "</script>"; var t = "<!--";')).toBe('var s = "<\\/script>"; var t = "<\\!--";');
  });

  it('writes hostile ticket text (id, subject, body, evidence, errors) only as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-hostile-'));
    const input = join(dir, 'in.jsonl');
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ lexicons: { en: { categories: { counterfeit: { 'alert(1)': 3 } } } } }));
    writeFileSync(
      input,
      [
        { id: `<b>${HOSTILE}</b>`, subject: HOSTILE, body: `${COMMENT} this is a fake, alert(1) ${HOSTILE}`, createdAt: '2026-11-19T10:00:00Z' },
        { id: 'x', body: 'where is my order' },
        `{"id": "${'<!--'}", "body": 5}`,
      ]
        .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
        .join('\n'),
    );
    const out = join(dir, 'report.html');
    expect(await main(['report', input, '--out', out, '--policy', policy, '--now', '2026-11-20T12:00:00Z'], memoryIo('').io)).toBe(1);
    const html = readFileSync(out, 'utf8');
    // Exactly our three scripts: the data, Chart.js, the chart code.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&#60;b&#62;&#60;/script&#62;');
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    // The data round-trips: what the charts read is the text, not markup.
    const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const { data } = JSON.parse(json);
    expect(data.urgent.map((u: { id: string }) => u.id)).toContain(`<b>${HOSTILE}</b>`);
    expect(data.urgent.find((u: { subject: string }) => u.subject === HOSTILE)).toBeDefined();
    expect(data.phrases).toContainEqual(expect.objectContaining({ category: 'counterfeit', top: expect.arrayContaining([{ text: 'alert(1)', count: 1 }]) }));
    expect(data.errors).toEqual([{ where: 'line 3', id: '<!--', error: expect.stringMatching(/^body:/) }]);
  });
});
