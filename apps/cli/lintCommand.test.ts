import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { memoryIo } from './memoryIo.ts';

const tempFile = (name: string, content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'cd-lint-')), name);
  writeFileSync(file, content);
  return file;
};

describe('cli lint', () => {
  it('prints the findings of a draft on standard input as one JSON array and exits 0', async () => {
    const { io, lines } = memoryIo('這是正常現象，您理解錯了。');
    expect(await main(['lint', '-', '--lang', 'zh-Hant'], io)).toBe(0);
    expect(lines).toHaveLength(1);
    const findings = JSON.parse(lines[0]!);
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([
      { rule: 'forbidden_phrase', severity: 'error', start: 0, end: 6, text: '這是正常現象', suggestion: '我們非常重視您的體驗，現在為您提供兩種解決方案：……' },
      { rule: 'forbidden_phrase', severity: 'error', start: 7, end: 12, text: '您理解錯了', suggestion: '可能是我們沒有說明清楚，我再為您詳細說明一下：……' },
    ]);
  });

  it('prints [] for a good draft', async () => {
    const { io, lines } = memoryIo('非常抱歉给您带来不便，我们马上为您补发，今天发出，24小时内给您答复。');
    expect(await main(['lint', '--lang', 'zh-Hans'], io)).toBe(0);
    expect(lines).toEqual(['[]']);
  });

  it('reads a file, without its byte-order mark, and checks the language against --lang', async () => {
    const file = tempFile('draft.txt', '\ufeffI’m sorry, I will send a replacement today.\n');
    const { io, lines } = memoryIo('');
    expect(await main(['lint', file, '--lang', 'zh-Hans'], io)).toBe(0);
    expect(JSON.parse(lines[0]!)).toEqual([
      { rule: 'wrong_language', severity: 'error', start: 0, end: 44, text: 'I’m sorry, I will send a replacement today.\n', suggestion: 'Write the reply in Simplified Chinese, the customer’s language.' },
    ]);
  });

  it('judges money by --role and --policy', async () => {
    const draft = '非常抱歉，今天为您补偿八百元。';
    const agent = memoryIo(draft);
    expect(await main(['lint', '-', '--lang', 'zh-Hans'], agent.io)).toBe(0);
    expect(JSON.parse(agent.lines[0]!).map((f: { rule: string; text: string }) => [f.rule, f.text])).toEqual([['over_authority', '八百元']]);
    const supervisor = memoryIo(draft);
    expect(await main(['lint', '-', '--lang', 'zh-Hans', '--role', 'supervisor'], supervisor.io)).toBe(0);
    expect(supervisor.lines).toEqual(['[]']);
    const policy = tempFile('policy.json', JSON.stringify({ authority: { limits: { agent: { CNY: 1000 } } } }));
    const generous = memoryIo(draft);
    expect(await main(['lint', '-', '--lang', 'zh-Hans', '--policy', policy], generous.io)).toBe(0);
    expect(generous.lines).toEqual(['[]']);
  });

  it.each([
    [['lint', '-'], /--lang \(the customer's language\) is required/],
    [['lint', '-', '--lang', 'fr'], /--lang: "fr" is not one of en, zh-Hans, zh-Hant/],
    [['lint', '-', '--lang', 'en', '--role', 'boss'], /--role: "boss" is not one of agent, supervisor/],
    [['lint', 'a.txt', 'b.txt', '--lang', 'en'], /give one draft file/],
    [['lint', '-', '--lang', 'en', '--colour'], /Unknown option '--colour'/],
    [['lint', '/nonexistent/draft.txt', '--lang', 'en'], /cannot read \/nonexistent\/draft\.txt/],
  ])('exits 2 on bad arguments: %j', async (argv, message) => {
    const { io, lines, errors } = memoryIo('x');
    expect(await main(argv, io)).toBe(2);
    expect(errors()).toMatch(message);
    expect(lines).toEqual([]);
  });

  it('exits 2 naming the path for an invalid policy', async () => {
    const policy = tempFile('policy.json', JSON.stringify({ replies: { scenario: { en: 'Hi {name' } } }));
    const { io, errors } = memoryIo('x');
    expect(await main(['lint', '-', '--lang', 'en', '--policy', policy], io)).toBe(2);
    expect(errors()).toMatch(/replies\.scenario\.en: not a valid ICU message/);
  });

  it('is listed in the usage', async () => {
    const { io, lines } = memoryIo('');
    expect(await main(['help'], io)).toBe(0);
    expect(lines.join('\n')).toContain('lint [FILE|-] --lang en|zh-Hans|zh-Hant [--role agent|supervisor] [--policy FILE]');
  });
});

describe('cli triage with replies and remedies', () => {
  it('carries replies in the customer’s language and remedies in the UI language', async () => {
    const line = JSON.stringify({ id: 'r1', body: '快递三天了还没到', order: { number: '#7', total: { amount: 200, currency: 'CNY' } } });
    const { io, lines } = memoryIo(line);
    expect(await main(['triage', '-', '--now', '2026-11-20T12:00:00Z', '--ui-lang', 'en'], io)).toBe(0);
    const out = JSON.parse(lines[0]!);
    expect(out.replies.map((r: { kind: string }) => r.kind)).toEqual(['acceptance', 'empathy', 'scenario', 'progress_update', 'follow_up']);
    expect(out.replies.every((r: { language: string }) => r.language === 'zh-Hans')).toBe(true);
    expect(out.replies[0].title).toBe('Acceptance notice');
    expect(out.remedies.length).toBeGreaterThan(0);
    expect(out.remedies[0].label).toMatch(/^[A-Z]/);
  });
});
