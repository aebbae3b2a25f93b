// The CLI as a process (issue 9): a 50 MB line streamed to `triage -` between good lines is skipped with
// its line number without ever being held, and the run ends on its own. Memory: the child's peak resident
// set (getrusage) against its resident set once loaded and warm (read from /proc, after the first
// answer): holding the line would cost 150 MB more (the pieces, the joined buffer, the string); skipping
// it costs the read buffers until the next collection (under 50 MB here). apps/cli/triageCommand.test.ts covers the other corruptions in-process (truncated lines, invalid
// UTF-8, NUL bytes, CRLF, a 3 MB line).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;

describe('the CLI process on a 50 MB line', () => {
  it('answers every good line, marks the long one, and stays within 256 MB resident', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/bench-cli-child.ts'), 'triage', '-', '--now', '2026-11-20T12:00:00Z'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let report = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdio[3]!.on('data', (d: Buffer) => (report += d.toString('utf8')));
    const exited = once(child, 'close');
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);

    const write = async (chunk: string | Buffer) => {
      if (!child.stdin!.write(chunk)) await once(child.stdin!, 'drain');
    };
    await write(`${JSON.stringify({ id: 'before', body: 'where is my order??' })}\n`);
    // Loaded and warm: the baseline.
    while (!out.includes('\n') && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    const status = `/proc/${child.pid}/status`;
    const baselineKb = existsSync(status) ? Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(status, 'utf8'))?.[1]) : undefined;
    // 50 MB of one JSON string, written in 1 MB pieces: the CLI never sees it whole either.
    await write('{"id":"huge","body":"');
    const piece = Buffer.alloc(MB, 'x');
    for (let i = 0; i < 50; i++) await write(piece);
    await write('"}\n');
    await write(`${JSON.stringify({ id: 'after', body: 'The kettle stopped working' })}\r\n`);
    // The last line is cut off mid-way, without a newline.
    await write('{"id":"cut","body":"trunc');
    child.stdin!.end();
    const [code] = (await exited) as [number | null];
    clearTimeout(timer);

    expect(code, err).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? `line ${l.line}`)).toEqual(['before', 'line 2', 'after', 'line 4']);
    expect(lines[1]).toEqual({ line: 2, error: 'line is over the 2 MB limit' });
    expect(lines[2]).toMatchObject({ id: 'after', category: 'quality_defect' });
    expect(lines[3].error).toMatch(/not valid JSON/);
    const { maxRssKb } = JSON.parse(report) as { maxRssKb: number };
    console.log(`CLI on a 50 MB line: resident ${baselineKb === undefined ? '?' : (baselineKb / 1024).toFixed(0)} MB when warm, peak ${(maxRssKb / 1024).toFixed(0)} MB`);
    if (baselineKb !== undefined) expect((maxRssKb - baselineKb) * 1024).toBeLessThan(100 * MB);
    else expect(maxRssKb * 1024).toBeLessThan(384 * MB);
  }, 30_000);
});
