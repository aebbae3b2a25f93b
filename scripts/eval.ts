// npm run eval [-- --misses] [-- --split dev|test] [-- --set complaints|holdout]: scores the
// classifier on a labelled fixture set.
// Tuning lexicons against the misses of the `dev` half (even ids) and checking the `test` half
// (odd ids) shows whether a change generalises or only learnt the fixtures.
// Prints per-category precision/recall/F1, risk recall and precision, tier accuracy, crisis
// recall, how many routine complaints were raised to crisis, and a confusion table.
import { CATEGORY_IDS } from '../core/model.ts';
import { evaluate, loadLabelled } from '../test/evaluate.ts';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const split = arg('--split');
if (split !== undefined && split !== 'dev' && split !== 'test') throw new Error('--split must be dev or test');
const set = arg('--set') ?? 'complaints';
if (set !== 'complaints' && set !== 'holdout') throw new Error('--set must be complaints or holdout');
const rows = loadLabelled(split, set);
const m = evaluate(rows);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

console.log(`${rows.length} labelled complaints\n`);
console.log('category                 prec    rec     F1    n');
for (const c of m.categories) {
  console.log(`${c.id.padEnd(24)} ${pct(c.precision).padStart(6)} ${pct(c.recall).padStart(6)} ${c.f1.toFixed(2).padStart(6)} ${String(c.n).padStart(4)}`);
}
console.log(`\nprimary-category accuracy ${pct(m.categoryAccuracy)}`);
console.log('\nrisk                  recall  precision  n');
for (const r of m.risks) console.log(`${r.id.padEnd(20)} ${pct(r.recall).padStart(7)} ${pct(r.precision).padStart(9)} ${String(r.n).padStart(4)}`);
console.log(`\ntier accuracy ${pct(m.tierAccuracy)}`);
console.log(`crisis recall ${pct(m.crisisRecall)}`);
console.log(`routine raised to crisis ${pct(m.routineToCrisis)}`);
console.log(`language accuracy ${pct(m.languageAccuracy)}`);

console.log('\nconfusion (rows: expected, columns: predicted; only categories that occur)');
const used = CATEGORY_IDS.filter((id) => m.results.some((r) => r.row.expected.category === id || r.got.category === id));
console.log(`${''.padEnd(24)}${used.map((id) => id.slice(0, 6).padStart(7)).join('')}`);
for (const expected of used) {
  const cells = used.map((got) => {
    const n = m.results.filter((r) => r.row.expected.category === expected && r.got.category === got).length;
    return (n === 0 ? '.' : String(n)).padStart(7);
  });
  console.log(`${expected.padEnd(24)}${cells.join('')}`);
}

if (process.argv.includes('--misses')) {
  console.log('\nmisses');
  for (const { row, got } of m.results) {
    const riskMiss = row.expected.risks.filter((id) => !got.risks.some((x) => x.id === id));
    const riskExtra = got.risks.map((x) => x.id).filter((id) => !row.expected.risks.includes(id));
    if (got.category === row.expected.category && got.tier === row.expected.tier && !riskMiss.length && !riskExtra.length) continue;
    console.log(
      `\n${row.id}: expected ${row.expected.category}/${row.expected.tier}, got ${got.category}/${got.tier}` +
        `${riskMiss.length ? ` missing ${riskMiss}` : ''}${riskExtra.length ? ` extra ${riskExtra}` : ''} emotion ${got.emotion}`,
    );
    console.log(`  [${row.expected.language}] ${(row.subject ? `[${row.subject}] ` : '') + row.body.slice(0, 220).replace(/\n/g, ' ')}`);
    console.log(`  ${got.categories.slice(0, 3).map((c) => `${c.id}:${c.score}[${c.evidence.map((e) => e.text).join('|')}]`).join('  ')}`);
  }
}
