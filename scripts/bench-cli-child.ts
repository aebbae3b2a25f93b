// The child process of scripts/bench-cli.ts: the real CLI entry (main + processIo, as
// bin/complaint-desk.js runs it), plus one report on file descriptor 3 when it is done: its own peak
// resident memory (getrusage's ru_maxrss, through process.resourceUsage) and CPU time.
// scripts/bench-cli.ts bundles it first; by hand, run `node --import tsx scripts/bench-cli-child.ts triage - …`
// with fd 3 a pipe.
import { writeSync } from 'node:fs';
import { processIo } from '../apps/cli/io.ts';
import { main } from '../apps/cli/main.ts';

const started = performance.now();
const exitCode = await main(process.argv.slice(2), processIo());
const usage = process.resourceUsage();
const report = {
  exitCode,
  /** Kilobytes, as getrusage reports them on Linux and macOS (Node normalises to KB). */
  maxRssKb: usage.maxRSS,
  userCpuMs: usage.userCPUTime / 1000,
  systemCpuMs: usage.systemCPUTime / 1000,
  mainMs: performance.now() - started,
};
try {
  writeSync(3, `${JSON.stringify(report)}\n`);
} catch {
  // Started without fd 3 (by hand): say it on stderr instead.
  process.stderr.write(`${JSON.stringify(report)}\n`);
}
process.exitCode = exitCode;
