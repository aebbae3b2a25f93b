import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { memoryIo } from './memoryIo.ts';

const NOW = ['--now', '2026-11-20T12:00:00Z'];
const jsonl = (...rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

describe('cli triage', () => {
  it('writes one triage per line, in order, with the id', async () => {
    const { io, lines } = memoryIo(jsonl({ id: 'a', body: '我要去12315投诉' }, { id: 7, body: 'where is my order??' }));
    expect(await main(['triage', '-', ...NOW], io)).toBe(0);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', '7']);
    expect(out[0]).toMatchObject({ language: 'zh-Hans', tier: 'crisis' });
    expect(out[1]).toMatchObject({ language: 'en', category: 'logistics_delay' });
  });

  it('puts an error record in place of a bad line, goes on, and exits 1', async () => {
    const input = jsonl(
      { id: 'ok1', body: 'fine' },
      '{not json',
      { id: 'no-body' },
      { id: 'num-body', body: 12 },
      { id: 'big', body: 'x'.repeat(1024 * 1024 + 1) },
      { id: 'ok2', body: 'also fine' },
    );
    const { io, lines } = memoryIo(input);
    expect(await main(['triage', '-', ...NOW], io)).toBe(1);
    const out = lines.map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].id).toBe('ok1');
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringMatching(/not valid JSON/) });
    expect(out[2]).toMatchObject({ line: 3, error: expect.stringMatching(/^body:/) });
    expect(out[3]).toMatchObject({ line: 4, error: expect.stringMatching(/^body:/) });
    expect(out[4]).toMatchObject({ line: 5, error: expect.stringMatching(/1 MB/) });
    expect(out[5].id).toBe('ok2');
  });

  it('reads a file and handles CRLF line ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'w', body: 'The kettle stopped working' })}\r\n`);
    const { io, lines } = memoryIo('');
    expect(await main(['triage', file, ...NOW], io)).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'w', category: 'quality_defect' });
  });

  it('exits 2 naming the path for an invalid policy file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-'));
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ tiers: { severe: { categories: ['quality_defect', 'counterfeit', 'lost'] } } }));
    const { io, errors, lines } = memoryIo(jsonl({ id: 'a', body: 'x' }));
    expect(await main(['triage', '-', '--policy', policy], io)).toBe(2);
    expect(errors()).toContain('tiers.severe.categories[2]: unknown category "lost"');
    expect(lines).toEqual([]);
  });

  it('applies a valid policy and the UI language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-'));
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ lexicons: { en: { categories: { counterfeit: { 'grey import': 3 } } } } }));
    const { io, lines } = memoryIo(jsonl({ id: 'a', body: 'this is a grey import' }));
    expect(await main(['triage', '-', '--policy', policy, '--ui-lang', 'zh-Hant', ...NOW], io)).toBe(0);
    const out = JSON.parse(lines[0]!);
    expect(out.category).toBe('counterfeit');
    expect(out.reasons[0].text).toMatch(/主要問題/);
  });

  it('exits 2 on bad arguments', async () => {
    for (const args of [['triage', '--now', 'yesterday'], ['triage', '--ui-lang', 'fr'], ['triage', 'a', 'b'], ['frobnicate']]) {
      const { io, errors } = memoryIo('');
      expect(await main(args, io)).toBe(2);
      expect(errors()).not.toBe('');
    }
    const { io, errors } = memoryIo('');
    expect(await main(['triage', '/no/such/file.jsonl'], io)).toBe(2);
    expect(errors()).toMatch(/cannot read/);
  });
});

describe('cli triage on a corrupted file', () => {
  it('answers every good line and marks every bad one with its number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-'));
    const file = join(dir, 'corrupt.jsonl');
    const good = (id: string) => Buffer.from(`${JSON.stringify({ id, body: 'where is my order??' })}\r\n`);
    writeFileSync(
      file,
      Buffer.concat([
        good('g1'),
        Buffer.from('{"id":"t1","body":"trunc'),
        Buffer.from('\n'),
        Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), // invalid UTF-8
        Buffer.from('{"id":"n1","body":"nul\u0000byte"}\n'),
        Buffer.from(`{"id":"big","body":"${'x'.repeat(3 * 1024 * 1024)}"}\n`),
        good('g2'),
      ]),
    );
    const { io, lines } = memoryIo('');
    expect(await main(['triage', file, ...NOW], io)).toBe(1);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(['g1', 'line 2', 'line 3', 'line 4', 'line 5', 'g2']);
    expect(out[2].error).toMatch(/UTF-8/);
    expect(out[3].error).toMatch(/JSON/);
    expect(out[4].error).toMatch(/MB limit/);
  });

  it('answers lines read together exactly as it answers each alone, blank and bad lines among them', async () => {
    const rows = [
      { id: 'c1', body: '我要去12315投诉，快递显示已签收但我没收到' },
      '{broken',
      { id: 'c2', body: 'The kettle stopped working after a week', customer: { tags: ['vip'] } },
      '',
      { id: 'c3', body: '這是假貨吧，防偽碼根本查不到' },
      { id: 'c4', body: 'where is my order??', order: { number: '#1', shipments: [{ status: 'in_transit', estimatedDelivery: '2026-11-10T00:00:00Z' }] } },
      { id: 'bad', body: 3 },
      ...Array.from({ length: 14 }, (_, k) => ({ id: `r${k}`, body: k % 2 ? '退款呢？' : 'I want my money back, this is the third time I ask' })),
    ];
    const together = memoryIo(jsonl(...rows));
    expect(await main(['triage', '-', ...NOW], together.io)).toBe(1);
    const alone: string[] = [];
    for (const row of rows) {
      if (row === '') continue;
      const one = memoryIo(jsonl(row));
      await main(['triage', '-', ...NOW], one.io);
      alone.push(...one.lines);
    }
    // Alone, every line is line 1: the error records differ in that number only.
    const renumbered = together.lines.map((l) => l.replace(/^\{"line":\d+,/, '{"line":1,'));
    expect(renumbered).toEqual(alone);
    expect(together.lines).toHaveLength(20);
  });
});
