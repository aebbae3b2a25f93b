import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/complaint-desk.js', import.meta.url));

describe('the installed bin', () => {
  it('triages standard input as a real process and sets the exit code', () => {
    const input = `${JSON.stringify({ id: 'a', body: '退款呢？' })}\n{"id":"b"}\n`;
    const run = spawnSync(process.execPath, [BIN, 'triage', '-', '--now', '2026-11-20T12:00:00Z'], { input, encoding: 'utf8' });
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: 'a', category: 'refund_return', language: 'zh-Hans' });
    expect(out[1]).toMatchObject({ line: 2, id: 'b' });
    expect(run.status).toBe(1);
  });

  it('answers each line while its input is still open (output is held back only while it reads on)', async () => {
    const child = spawn(process.execPath, [BIN, 'triage', '-', '--now', '2026-11-20T12:00:00Z'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stdin.write(`${JSON.stringify({ id: 'first', body: 'Where is my parcel?' })}\n`);
    while (!out.includes('\n')) await once(child.stdout, 'data');
    expect(JSON.parse(out)).toMatchObject({ id: 'first' });
    child.stdin.end(`${JSON.stringify({ id: 'second', body: '退款呢？' })}\n`);
    await once(child, 'close');
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['first', 'second']);
  }, 30_000);

  it('writes an answer longer than its output buffer whole', () => {
    const draft = 'Calm down, that is not our problem. '.repeat(800);
    const run = spawnSync(process.execPath, [BIN, 'lint', '-', '--lang', 'en'], { input: draft, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.stdout.length).toBeGreaterThan(200_000);
    const findings = JSON.parse(run.stdout) as { rule: string }[];
    expect(findings.filter((f) => f.rule === 'forbidden_phrase').length).toBeGreaterThanOrEqual(800);
    expect(run.status).toBe(0);
  });

  it('stops quietly when its reader goes away', async () => {
    const input = `${JSON.stringify({ id: 'a', body: 'Where is my parcel?' })}\n`.repeat(3000);
    const child = spawn(process.execPath, [BIN, 'triage', '-', '--now', '2026-11-20T12:00:00Z'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(input);
    await once(child.stdout, 'data');
    child.stdout.destroy(); // as `| head -1` does after its line
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
