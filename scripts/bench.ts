// npm run bench: prints figures and writes bench/results.json. Never fails the tests: budgets on
// time are read by people (design.md §4), budgets on size are checked by the test suite. A part that
// cannot run here (no Chromium, a build that fails) is reported as skipped and the others still run.
// BENCH_CLI_TICKETS sets the CLI run's ticket count (default 1,000,000; scripts/bench-cli.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { benchSla } from './bench-sla.ts';
import { benchTriage } from './bench-triage.ts';
import { orderQueryCosts } from '../adapters/shopify/queryCost.ts';
import { benchZendesk } from './bench-zendesk.ts';
import { benchCli, cliTicketCount } from './bench-cli.ts';
import { benchFreshdesk } from './bench-freshdesk.ts';
import { benchShopify } from './bench-shopify.ts';
import { benchStart } from './bench-start.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

const figures: Figure[] = [];
// Triage timings come from a fresh process running the core as one esbuild bundle (bench-triage.ts).
figures.push(...benchTriage());
for (const [by, cost] of Object.entries(orderQueryCosts())) {
  figures.push({ name: `Shopify order query by ${by}: requested cost`, value: cost, unit: 'points', budget: '≤ 50' });
}
figures.push(...benchSla());

const skipped: { part: string; reason: string }[] = [];
async function part(name: string, run: () => Promise<Figure[]>): Promise<void> {
  const started = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    figures.push(...(await run()));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    skipped.push({ part: name, reason });
    process.stderr.write(`bench: ${name} skipped: ${reason}\n`);
  }
  process.stderr.write(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
await part(`CLI on ${cliTicketCount().toLocaleString('en')} tickets`, () => benchCli());
await part('the core in Chromium', benchStart);
await part('Zendesk app', benchZendesk);
await part('Freshdesk app', benchFreshdesk);
await part('Shopify extensions', benchShopify);

const machine = { cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, node: process.version, platform: `${platform()} ${arch()}` };
console.log(`${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.platform}\n`);
const width = Math.max(...figures.map((f) => f.name.length));
for (const f of figures) {
  const value = f.value >= 100 ? Math.round(f.value).toLocaleString('en') : Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(1);
  console.log(`${f.name.padEnd(width)} ${value.padStart(12)} ${f.unit.padEnd(10)} ${f.budget ? `budget ${f.budget}` : ''}`);
}
for (const s of skipped) console.log(`skipped: ${s.part}: ${s.reason}`);
mkdirSync(new URL('../bench', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../bench/results.json', import.meta.url),
  `${JSON.stringify({ ...machine, date: new Date().toISOString(), figures, skipped }, null, 2)}\n`,
);
