// npm start (until the workbench lands) and npm run demo: triages the bundled sample complaints
// and prints a table a person can read. Colour only on a terminal (picocolors honours NO_COLOR).
import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { CATEGORY_NAMES, PRIORITY_NAMES, RISK_NAMES, TIER_NAMES } from '../../core/labels.ts';
import { UiLanguage, type Tier } from '../../core/model.ts';
import { defaultPolicy } from '../../core/policy.ts';
import { triage } from '../../core/triage.ts';
import * as z from '../../core/zod.ts';
import { TicketLine, toContext } from './ticketLine.ts';

// The samples were written on this day; triaging them "now" keeps late parcels late.
const NOW = new Date('2026-11-20T12:00:00Z');
const lang = z.catch(UiLanguage, 'en').parse(process.argv.find((a) => a.startsWith('--ui-lang='))?.slice(10));
const TIER_COLOUR: Record<Tier, (s: string) => string> = { crisis: pc.red, severe: pc.yellow, routine: pc.green };

const samples = readFileSync(new URL('../../test/fixtures/samples.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => TicketLine.parse(JSON.parse(l)));

const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

console.log(pc.bold(`Complaint Desk: ${samples.length} sample complaints, triaged as of ${NOW.toISOString()}\n`));
console.log(pc.dim(`${pad('ticket', 8)} ${pad('lang', 8)}${pad('tier', 10)}${pad('priority', 10)}${pad('category', 24)}risks`));
for (const sample of samples) {
  const t = triage(toContext(sample), defaultPolicy, NOW, { uiLanguage: lang });
  const risks = t.risks.map((r) => RISK_NAMES[r.id][lang]).join(', ') || pc.dim('–');
  console.log(
    `${pad(sample.id, 8)} ${pad(t.language, 8)}${TIER_COLOUR[t.tier](pad(TIER_NAMES[t.tier][lang], 10))}` +
      `${pad(PRIORITY_NAMES[t.priority][lang], 10)}${pad(CATEGORY_NAMES[t.category][lang], 24)}${risks}`,
  );
  const excerpt = sample.body.length > 90 ? `${sample.body.slice(0, 89)}…` : sample.body;
  console.log(pc.dim(`         “${excerpt.replace(/\s+/g, ' ')}”`));
  for (const reason of t.reasons) console.log(`         ${pc.cyan('·')} ${reason.text}`);
  console.log('');
}
console.log(pc.dim('Triage your own tickets: npm run --silent cli -- triage FILE.jsonl (see README.md).'));
