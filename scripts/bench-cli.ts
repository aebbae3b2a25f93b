// CLI figures for `npm run bench` (design.md §4: 1,000,000 tickets streamed, ≤ 256 MB resident, ≤ 90 s):
// `triage -` in a child process (scripts/bench-cli-child.ts, the CLI's own entry, bundled as
// scripts/build/cli.ts bundles the published CLI), fed generated tickets
// through its standard input as fast as it reads them, its output counted and thrown away. Nothing is
// written to disk. The ticket count is BENCH_CLI_TICKETS (default 1,000,000) so a quick run is
// `BENCH_CLI_TICKETS=20000 npm run bench`; on its own: `npx tsx scripts/bench-cli.ts`.
//
// Memory: the child reports its peak resident set itself (getrusage). On Linux the parent also reads
// the child's VmRSS from /proc as the run goes, so the table shows the resident memory after 10 %, 50 %
// and 90 % of the tickets beside the peak: a streaming CLI stays flat, one that keeps what it read grows.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli } from './build/cli.ts';

export interface CliFigure {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

const ROOT = resolve(import.meta.dirname, '..');
const NOW = '2026-11-20T12:00:00Z';
const MB = 1024 * 1024;

/** Every labelled complaint we have (both sets), each as a JSON line minus its id, to be cycled through. */
function ticketTemplates(): string[] {
  const out: string[] = [];
  for (const set of ['complaints', 'holdout']) {
    for (const line of readFileSync(resolve(ROOT, `test/fixtures/${set}.jsonl`), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { id: _id, expected: _expected, ...ticket } = JSON.parse(line) as Record<string, unknown>;
      // '{"body":…}' → ',"body":…}', so a line is '{"id":"g123"' + this.
      out.push(`,${JSON.stringify(ticket).slice(1)}`);
    }
  }
  return out;
}

/** The child's resident memory now (Linux), in bytes; undefined elsewhere or once it has exited. */
function residentBytes(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return undefined;
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function cliTicketCount(): number {
  const raw = process.env.BENCH_CLI_TICKETS;
  const n = raw === undefined || raw === '' ? 1_000_000 : Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_CLI_TICKETS: "${raw}" is not a positive whole number`);
  return n;
}

export async function benchCli(count = cliTicketCount()): Promise<CliFigure[]> {
  const templates = ticketTemplates();
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-cli-'));
  try {
    const program = join(dir, 'bench-cli-child.mjs');
    buildCli(program, resolve(ROOT, 'scripts/bench-cli-child.ts'));
    return await runChild(program, templates, count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runChild(program: string, templates: string[], count: number): Promise<CliFigure[]> {
  const started = performance.now();
  const child = spawn(process.execPath, [program, 'triage', '-', '--now', NOW], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  let report = '';
  child.stdio[3]!.on('data', (d: Buffer) => (report += d.toString('utf8')));

  // Count the answers as they come, and sample the child's memory at 10 %, 50 % and 90 % of them.
  const marks = [0.1, 0.5, 0.9].map((f) => ({ at: Math.max(1, Math.floor(count * f)), rss: undefined as number | undefined }));
  let answered = 0;
  let errors = 0;
  let tail = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) answered++;
    // An error record is {"line": N, "error": …}: only their count matters here.
    const text = tail + chunk.toString('latin1');
    errors += text.split('{"line":').length - 1;
    tail = text.slice(-8);
    for (const mark of marks) if (mark.rss === undefined && answered >= mark.at) mark.rss = residentBytes(child.pid);
  });
  const exited = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;

  // Feed the tickets in ~64 KB writes, waiting whenever the child's pipe is full.
  const stdin = child.stdin!;
  stdin.on('error', () => undefined); // a child that dies early is reported below, with its stderr
  let batch: string[] = [];
  let batchBytes = 0;
  for (let i = 0; i < count && child.exitCode === null; i++) {
    const line = `{"id":"g${i}"${templates[i % templates.length]!}\n`;
    batch.push(line);
    batchBytes += line.length;
    if (batchBytes >= 65_536 || i === count - 1) {
      if (!stdin.write(batch.join(''))) await Promise.race([once(stdin, 'drain'), exited]);
      batch = [];
      batchBytes = 0;
    }
  }
  stdin.end();
  const [code, signal] = await exited;
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`the CLI child exited with ${code ?? signal} after ${answered} of ${count} tickets:\n${stderr}`);
  if (answered !== count) throw new Error(`the CLI answered ${answered} lines for ${count} tickets`);
  const child3 = JSON.parse(report.trim().split('\n').at(-1) ?? '{}') as { maxRssKb?: number; userCpuMs?: number; systemCpuMs?: number };

  const label = `CLI triage ${count.toLocaleString('en')} tickets`;
  const figures: CliFigure[] = [
    { name: `${label}: wall time`, value: wallSeconds, unit: 's', budget: count === 1_000_000 ? '≤ 90' : '≤ 90 for 1,000,000' },
    { name: `${label}: throughput`, value: count / wallSeconds, unit: 'tickets/s' },
    { name: `${label}: error records`, value: errors, unit: 'lines', budget: '0' },
  ];
  if (child3.userCpuMs !== undefined && child3.systemCpuMs !== undefined)
    figures.push({ name: `${label}: child CPU time`, value: (child3.userCpuMs + child3.systemCpuMs) / 1000, unit: 's' });
  for (const mark of marks)
    if (mark.rss !== undefined) figures.push({ name: `${label}: resident after ${mark.at.toLocaleString('en')}`, value: mark.rss / MB, unit: 'MB' });
  if (child3.maxRssKb !== undefined) figures.push({ name: `${label}: peak resident (maxRSS)`, value: child3.maxRssKb / 1024, unit: 'MB', budget: '≤ 256' });
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchCli()) console.log(`${f.name}: ${f.value.toFixed(1)} ${f.unit}${f.budget ? ` (budget ${f.budget})` : ''}`);
}
