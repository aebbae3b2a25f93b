// The published CLI (bin/complaint-desk.js running dist/cli/complaint-desk.mjs, as `npm pack` lays
// them out) must answer exactly as the checkout's CLI, which runs the sources.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT } from './cli.ts';

const NOW = '2026-11-20T12:00:00Z';
let pkg: string;

beforeAll(() => {
  pkg = mkdtempSync(join(tmpdir(), 'cd-cli-package-'));
  buildCli(join(pkg, 'dist/cli/complaint-desk.mjs'));
  mkdirSync(join(pkg, 'bin'));
  copyFileSync(join(ROOT, 'bin/complaint-desk.js'), join(pkg, 'bin/complaint-desk.js'));
  copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  // chart.js, the package's one dependency, as npm would install it.
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
}, 60_000);
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

const run = (bin: string, args: string[], input = '') =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: pkg, maxBuffer: 64 << 20 });

describe('the published CLI', () => {
  it('publishes the bin and the bundle, and no sources', () => {
    const { files } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(files).toEqual(['bin/', 'dist/cli/']);
  });

  it('triages as the sources do, byte for byte, bad lines included', () => {
    const good = readFileSync(join(ROOT, 'test/fixtures/complaints.jsonl'), 'utf8').split('\n').slice(0, 120);
    const input = [...good, '{"id":"bad"', '{"id":"x","body":"Where is my parcel?"}'].join('\n');
    const args = ['triage', '-', '--now', NOW, '--ui-lang', 'zh-Hant'];
    const published = run(join(pkg, 'bin/complaint-desk.js'), args, input);
    const checkout = run(join(ROOT, 'bin/complaint-desk.js'), args, input);
    expect(published.stderr).toBe(checkout.stderr);
    expect(published.status).toBe(1); // the bad line
    expect(published.stdout.split('\n').filter(Boolean)).toHaveLength(122);
    expect(published.stdout).toBe(checkout.stdout);
  });

  it('writes a report with the chart library inlined from the installed chart.js', () => {
    const out = join(pkg, 'report.html');
    const result = run(join(pkg, 'bin/complaint-desk.js'), ['report', join(ROOT, 'test/fixtures/holdout.jsonl'), '--out', out, '--now', NOW]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Chart.js v4');
    expect(html).toContain('<canvas');
  });
});
