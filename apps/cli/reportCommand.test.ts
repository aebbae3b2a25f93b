import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { memoryIo } from './memoryIo.ts';
import type { ReportData } from './report/aggregate.ts';
import { generatedFile } from './report/generatedTickets.ts';
import { reportCommand } from './reportCommand.ts';

const NOW = '2026-11-20T12:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'cd-report-'));

/** The numbers a report embeds, read back the way a browser would. */
function reportData(html: string): ReportData {
  const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no embedded data');
  return (JSON.parse(json) as { data: ReportData }).data;
}

describe('cli report: numbers against the triage output, 10,000 generated tickets', () => {
  const input = join(dir, 'tickets.jsonl');
  const out = join(dir, 'report.html');
  let data: ReportData;
  // What `triage` says about the same file, line by line.
  let triages: { line?: number; error?: string; id?: string; tier: string; category: string; priority: string; risks: { id: string }[]; categories: { id: string; evidence: { source: string; text: string }[] }[]; sla: { clocks: { kind: string; state: string; dueAt: string; metAt?: string }[] } }[];
  const tickets = new Map<string, { createdAt?: string }>();

  beforeAll(async () => {
    const text = generatedFile(10_000);
    writeFileSync(input, text);
    for (const line of text.split('\n')) {
      try {
        const t = JSON.parse(line) as { id: string; createdAt?: string };
        tickets.set(t.id, t);
      } catch {
        // the generator's broken lines
      }
    }
    const triage = memoryIo('');
    expect(await main(['triage', input, '--now', NOW], triage.io)).toBe(1);
    triages = triage.lines.map((l) => JSON.parse(l));
    const report = memoryIo('');
    expect(await main(['report', input, '--out', out, '--now', NOW], report.io)).toBe(1);
    data = reportData(readFileSync(out, 'utf8'));
  }, 120_000);

  const good = () => triages.filter((t) => t.error === undefined);
  const countBy = (key: (t: ReturnType<typeof good>[number]) => string[]) => {
    const counts: Record<string, number> = {};
    for (const t of good()) for (const k of key(t)) counts[k] = (counts[k] ?? 0) + 1;
    return counts;
  };
  const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));

  it('counts tickets and lists the unreadable lines', () => {
    expect(data.tickets).toBe(good().length);
    expect(data.tickets).toBeGreaterThan(9_900);
    const failed = triages.filter((t) => t.error !== undefined);
    expect(data.errorCount).toBe(failed.length);
    expect(data.errors.map((e) => e.where)).toEqual(failed.slice(0, 100).map((t) => `line ${t.line}`));
  });

  it('has the category, tier and risk mix of the triages', () => {
    expect(nonZero(data.categories)).toEqual(countBy((t) => [t.category]));
    expect(nonZero(data.tiers)).toEqual(countBy((t) => [t.tier]));
    expect(nonZero(data.risks)).toEqual(countBy((t) => t.risks.map((r) => r.id)));
    expect(Object.keys(countBy((t) => [t.tier])).sort()).toEqual(['crisis', 'routine', 'severe']);
  });

  it('counts SLA misses per tier: breached, or met after the due time', () => {
    const late = (c: { state: string; dueAt: string; metAt?: string }) => c.state === 'breached' || (c.state === 'met' && new Date(c.metAt!) > new Date(c.dueAt));
    for (const tier of ['routine', 'severe', 'crisis'] as const) {
      const mine = good().filter((t) => t.tier === tier);
      expect(data.sla[tier].tickets).toBe(mine.length);
      expect(data.sla[tier].missed).toBe(mine.filter((t) => t.sla.clocks.some(late)).length);
      for (const kind of ['first_response', 'solution', 'next_update', 'resolution'] as const) {
        const clocks = mine.flatMap((t) => t.sla.clocks.filter((c) => c.kind === kind));
        expect(data.sla[tier].clocks[kind]).toEqual({ total: clocks.length, missed: clocks.filter(late).length });
      }
    }
    // The generator answers some tickets late and some in time, so both kinds of first response exist.
    const fr = data.sla.routine.clocks.first_response;
    expect(fr.missed).toBeGreaterThan(0);
    expect(fr.missed).toBeLessThan(fr.total);
  });

  it('buckets complaints per UTC day with tiers stacked', () => {
    const days: Record<string, Record<string, number>> = {};
    let undated = 0;
    for (const t of good()) {
      const created = tickets.get(t.id!)?.createdAt;
      if (!created) {
        undated++;
        continue;
      }
      const day = (days[created.slice(0, 10)] ??= { routine: 0, severe: 0, crisis: 0 });
      day[t.tier]!++;
    }
    expect(data.undated).toBe(undated);
    expect(data.days).toEqual(Object.keys(days).sort().map((day) => ({ day, ...days[day] })));
    expect(data.days).toHaveLength(31);
  });

  it('gives the top phrases of each category from the evidence', () => {
    const expected: Record<string, Record<string, number>> = {};
    for (const t of good()) {
      const primary = t.categories.find((c) => c.id === t.category);
      const phrases = new Set((primary?.evidence ?? []).filter((e) => e.source !== 'order' && e.source !== 'customer').map((e) => e.text.toLowerCase().replace(/\s+/g, ' ').trim()));
      for (const p of phrases) (expected[t.category] ??= {})[p] = ((expected[t.category] ??= {})[p] ?? 0) + 1;
    }
    for (const { category, approximate, top } of data.phrases) {
      expect(approximate).toBe(false);
      const want = Object.entries(expected[category]!)
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
        .slice(0, 10);
      expect(top).toEqual(want);
    }
    expect(data.phrases.map((p) => p.category).sort()).toEqual(Object.keys(expected).sort());
  });

  it('lists the ten most urgent: crisis first, then priority, then the nearest open deadline', () => {
    const rank = { routine: 0, severe: 1, crisis: 2, low: 0, normal: 1, high: 2, urgent: 3 } as Record<string, number>;
    const nextDue = (t: ReturnType<typeof good>[number]) => Math.min(...t.sla.clocks.filter((c) => c.state !== 'met').map((c) => Date.parse(c.dueAt)));
    const created = (t: ReturnType<typeof good>[number]) => Date.parse(tickets.get(t.id!)?.createdAt ?? '') || Infinity;
    const expected = good()
      .map((t, seq) => ({ t, seq }))
      .sort(
        (a, b) =>
          rank[b.t.tier]! - rank[a.t.tier]! ||
          rank[b.t.priority]! - rank[a.t.priority]! ||
          (nextDue(a.t) === nextDue(b.t) ? 0 : nextDue(a.t) < nextDue(b.t) ? -1 : 1) ||
          (created(a.t) === created(b.t) ? 0 : created(a.t) < created(b.t) ? -1 : 1) ||
          a.seq - b.seq,
      )
      .slice(0, 10)
      .map(({ t }) => t.id);
    expect(data.urgent.map((u) => u.id)).toEqual(expected);
    expect(data.urgent[0]).toMatchObject({ tier: 'crisis', reasons: expect.arrayContaining([expect.any(String)]) });
  });
});

describe('cli report', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`./importers/fixtures/${name}`, import.meta.url));

  it('reads a Zendesk and a Freshdesk export, counting their bad records', async () => {
    for (const [name, tickets, errors] of [
      ['zendesk-incremental.json', 2, 2],
      ['freshdesk-export.csv', 2, 3],
      ['freshdesk-tickets.json', 1, 2],
    ] as const) {
      const out = join(dir, `${name}.html`);
      const { io, errors: stderr } = memoryIo('');
      expect(await main(['report', fixture(name), '--out', out, '--now', NOW, '--ui-lang', 'zh-Hans'], io), stderr()).toBe(1);
      const html = readFileSync(out, 'utf8');
      expect(reportData(html)).toMatchObject({ tickets, errorCount: errors });
      expect(html).toContain('<html lang="zh-Hans">');
      expect(html).toContain('投诉报告');
    }
  });

  it('counts days in the time zone of the policy calendar', async () => {
    const input = join(dir, 'tz.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'a', body: 'where is my order', createdAt: '2026-11-19T20:00:00Z' })}\n`);
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ sla: { calendar: { timeZone: 'Asia/Shanghai', week: { mon: [['09:00', '18:00']] } } } }));
    const out = join(dir, 'tz.html');
    expect(await main(['report', input, '--out', out, '--now', NOW, '--policy', policy], memoryIo('').io)).toBe(0);
    expect(reportData(readFileSync(out, 'utf8'))).toMatchObject({ timeZone: 'Asia/Shanghai', days: [{ day: '2026-11-20', routine: 1 }] });
  });

  it('prints progress every N records only when asked (or on a terminal)', async () => {
    const input = join(dir, 'small.jsonl');
    writeFileSync(input, generatedFile(30));
    const quiet = memoryIo('');
    await reportCommand([input, '--out', join(dir, 'small.html'), '--now', NOW], quiet.io, { progressEvery: 10 });
    const settled = () => new Promise((resolve) => setImmediate(resolve));
    await settled();
    expect(quiet.errors()).toBe('');
    const loud = memoryIo('');
    await reportCommand([input, '--out', join(dir, 'small.html'), '--now', NOW, '--progress'], loud.io, { progressEvery: 10 });
    await settled();
    expect(loud.errors().match(/report: \d+ records/g)).toEqual(['report: 10 records', 'report: 20 records', 'report: 30 records', 'report: 30 records']);
  });

  it('exits 2 on bad arguments and unreadable or unknown files', async () => {
    const unknown = join(dir, 'unknown.txt');
    writeFileSync(unknown, 'hello,world\n1,2\n');
    for (const args of [
      ['report', 'x.jsonl'],
      ['report', '--out', 'r.html'],
      ['report', '-', '--out', 'r.html'],
      ['report', 'x.jsonl', '--out', 'r.html', '--ui-lang', 'fr'],
      ['report', 'x.jsonl', '--out', 'r.html', '--now', 'soon'],
      ['report', '/no/such/file.jsonl', '--out', join(dir, 'r.html')],
      ['report', unknown, '--out', join(dir, 'r.html')],
    ]) {
      const { io, errors } = memoryIo('');
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(errors()).toMatch(/report|--ui-lang|--now/);
    }
  });
});
