// npm run eval [-- --misses] [-- --split dev|test]: scores the classifier on the labelled fixtures.
// Tuning lexicons against the misses of the `dev` half (even ids) and checking the `test` half
// (odd ids) shows whether a change generalises or only learnt the fixtures.
// Prints per-category precision/recall/F1, risk recall and precision, tier accuracy, crisis
// recall, how many routine complaints were raised to crisis, and a confusion table.
import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, RISK_IDS, type CategoryId, type RiskId } from '../core/model.ts';
import { triage } from '../core/triage.ts';
import { TicketLine, toContext } from '../apps/cli/ticketLine.ts';
import { defaultPolicy } from '../core/policy.ts';

const FILE = new URL('../test/fixtures/complaints.jsonl', import.meta.url);
const NOW = new Date('2026-11-20T12:00:00Z');
const showMisses = process.argv.includes('--misses');
const split = process.argv[process.argv.indexOf('--split') + 1];
const inSplit = (id: string) => {
  if (!process.argv.includes('--split')) return true;
  const even = Number(id.match(/(\d+)$/)?.[1] ?? 0) % 2 === 0;
  return split === 'dev' ? even : !even;
};

interface Expected {
  language: string;
  category: CategoryId;
  risks: RiskId[];
  tier: string;
}

const rows = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { expected: Expected; body: string; subject?: string; id: string })
  .filter((row) => inSplit(row.id));

const results = rows.map((row) => ({ row, got: triage(toContext(TicketLine.parse(row)), defaultPolicy, NOW) }));
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

console.log(`${rows.length} labelled complaints\n`);
console.log('category                 prec    rec     F1    n');
let correct = 0;
for (const id of CATEGORY_IDS) {
  const tp = results.filter((r) => r.got.category === id && r.row.expected.category === id).length;
  const predicted = results.filter((r) => r.got.category === id).length;
  const actual = results.filter((r) => r.row.expected.category === id).length;
  correct += tp;
  const p = ratio(tp, predicted);
  const rc = ratio(tp, actual);
  const f1 = (2 * p * rc) / (p + rc);
  console.log(`${id.padEnd(24)} ${pct(p).padStart(6)} ${pct(rc).padStart(6)} ${f1.toFixed(2).padStart(6)} ${String(actual).padStart(4)}`);
}
console.log(`\nprimary-category accuracy ${pct(correct / rows.length)}`);

console.log('\nrisk                  recall  precision  n');
for (const id of RISK_IDS) {
  const actual = results.filter((r) => r.row.expected.risks.includes(id));
  const predicted = results.filter((r) => r.got.risks.some((x) => x.id === id));
  const tp = actual.filter((r) => r.got.risks.some((x) => x.id === id)).length;
  console.log(`${id.padEnd(20)} ${pct(ratio(tp, actual.length)).padStart(7)} ${pct(ratio(tp, predicted.length)).padStart(9)} ${String(actual.length).padStart(4)}`);
}

const tierOk = results.filter((r) => r.got.tier === r.row.expected.tier).length;
const crisis = results.filter((r) => r.row.expected.tier === 'crisis');
const routine = results.filter((r) => r.row.expected.tier === 'routine');
const languageOk = results.filter((r) => r.got.language === r.row.expected.language).length;
console.log(`\ntier accuracy ${pct(tierOk / rows.length)}`);
console.log(`crisis recall ${pct(ratio(crisis.filter((r) => r.got.tier === 'crisis').length, crisis.length))}`);
console.log(`routine raised to crisis ${pct(ratio(routine.filter((r) => r.got.tier === 'crisis').length, routine.length))}`);
console.log(`language accuracy ${pct(languageOk / rows.length)}`);

console.log('\nconfusion (rows: expected, columns: predicted; only categories that occur)');
const short = (id: string) => id.slice(0, 6);
const used = CATEGORY_IDS.filter((id) => results.some((r) => r.row.expected.category === id || r.got.category === id));
console.log(`${''.padEnd(24)}${used.map((id) => short(id).padStart(7)).join('')}`);
for (const expected of used) {
  const cells = used.map((got) => {
    const n = results.filter((r) => r.row.expected.category === expected && r.got.category === got).length;
    return (n === 0 ? '.' : String(n)).padStart(7);
  });
  console.log(`${expected.padEnd(24)}${cells.join('')}`);
}

if (showMisses) {
  console.log('\nmisses');
  for (const { row, got } of results) {
    const riskMiss = row.expected.risks.filter((id) => !got.risks.some((x) => x.id === id));
    const riskExtra = got.risks.map((x) => x.id).filter((id) => !row.expected.risks.includes(id));
    if (got.category === row.expected.category && got.tier === row.expected.tier && !riskMiss.length && !riskExtra.length) continue;
    console.log(`\n${row.id}: expected ${row.expected.category}/${row.expected.tier}, got ${got.category}/${got.tier}` +
      `${riskMiss.length ? ` missing ${riskMiss}` : ''}${riskExtra.length ? ` extra ${riskExtra}` : ''} emotion ${got.emotion}`);
    console.log(`  ${(row.subject ? `[${row.subject}] ` : '') + row.body.slice(0, 220).replace(/\n/g, ' ')}`);
    console.log(`  ${got.categories.slice(0, 3).map((c) => `${c.id}:${c.score}[${c.evidence.map((e) => e.text).join('|')}]`).join('  ')}`);
  }
}
