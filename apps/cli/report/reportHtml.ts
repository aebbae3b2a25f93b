// The report as one HTML file: styles, Chart.js and the chart script inline, the numbers embedded as
// JSON, every table rendered here with ticket text escaped. A Content-Security-Policy forbids any
// request at all, so the file cannot reach out even if something in it tried.
import { readFile } from 'node:fs/promises';
import { CATEGORY_NAMES, PRIORITY_NAMES, RISK_NAMES, TIER_NAMES, listOf } from '../../../core/labels.ts';
import { RISK_IDS, type UiLanguage } from '../../../core/model.ts';
import { CLOCK_KINDS, TIERS, type ReportData } from './aggregate.ts';
import { chartLibrarySource } from './chartLibrary.ts';
import { escapeHtml as h, jsonForScript, scriptSafe } from './escape.ts';
import { CLOCK_NAMES, SOURCE_NAMES, text } from './reportStrings.ts';

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{margin:0 0 4px;font-size:26px}h2{font-size:18px;margin:0 0 8px}
.meta{color:#52606d;margin-bottom:16px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin-bottom:16px}
.card,section{background:#fff;border:1px solid #e4e7eb;border-radius:8px;padding:16px}
.card b{display:block;font-size:24px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:16px;margin-bottom:16px}
section{margin-bottom:16px}.chart{position:relative;height:300px}.chart.wide{height:340px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e4e7eb}
th{background:#f5f7fa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#52606d;font-size:13px}.phrases{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
.tier-crisis{color:#c81e1e;font-weight:600}.tier-severe{color:#b45309;font-weight:600}
ul.reasons{margin:0;padding-left:18px}.excerpt{color:#52606d}
`;

export async function renderReport(data: ReportData, lang: UiLanguage, file: string): Promise<string> {
  const [chartJs, chartScript] = await Promise.all([
    chartLibrarySource(),
    readFile(new URL('./charts.browser.js', import.meta.url), 'utf8'),
  ]);
  const t = (id: Parameters<typeof text>[0]) => h(text(id, lang));
  const num = (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : lang);
  const names = {
    tickets: text('tickets', lang),
    categories: Object.fromEntries(Object.entries(CATEGORY_NAMES).map(([id, n]) => [id, n[lang]])),
    tiers: Object.fromEntries(Object.entries(TIER_NAMES).map(([id, n]) => [id, n[lang]])),
    risks: Object.fromEntries(Object.entries(RISK_NAMES).map(([id, n]) => [id, n[lang]])),
    clocks: Object.fromEntries(CLOCK_KINDS.map((k) => [k, CLOCK_NAMES[k][lang]])),
  };
  const missedTickets = TIERS.reduce((sum, tier) => sum + data.sla[tier].missed, 0);
  const tierCell = (tier: keyof typeof TIER_NAMES) => `<span class="tier-${tier}">${h(TIER_NAMES[tier][lang])}</span>`;

  const slaRows = TIERS.map(
    (tier) =>
      `<tr><td>${tierCell(tier)}</td><td class="n">${num(data.sla[tier].tickets)}</td><td class="n">${num(data.sla[tier].missed)}</td>${CLOCK_KINDS.map((k) => {
        const c = data.sla[tier].clocks[k];
        return `<td class="n">${c.total === 0 ? '—' : `${num(c.missed)} / ${num(c.total)}`}</td>`;
      }).join('')}</tr>`,
  ).join('');

  const phraseTables =
    data.phrases.length === 0
      ? `<p>${t('none')}</p>`
      : `<div class="phrases">${data.phrases
          .map(
            (p) => `<div><h3>${h(CATEGORY_NAMES[p.category][lang])}</h3>${p.approximate ? `<p class="note">${t('approximate')}</p>` : ''}
<table><thead><tr><th>${t('phrase')}</th><th>${t('count')}</th></tr></thead><tbody>${p.top
              .map((row) => `<tr><td>${h(row.text)}</td><td class="n">${num(row.count)}</td></tr>`)
              .join('')}</tbody></table></div>`,
          )
          .join('')}</div>`;

  const urgentRows = data.urgent
    .map(
      (u) => `<tr><td>${h(u.id)}<br><span class="note">${h(u.where)}</span></td><td>${tierCell(u.tier)}<br>${h(PRIORITY_NAMES[u.priority][lang])}${
        u.hostPriority ? `<br><span class="note">${t('helpdesk')}: ${h(u.hostPriority)}</span>` : ''
      }</td><td><b>${h(CATEGORY_NAMES[u.category][lang])}</b>${u.risks.length ? `<br>${h(listOf(u.risks.map((r) => RISK_NAMES[r][lang]), lang))}` : ''}</td><td>${
        u.subject ? `<b>${h(u.subject)}</b><br>` : ''
      }<span class="excerpt">${h(u.excerpt)}</span></td><td><ul class="reasons">${u.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul></td><td>${
        u.nextDue ? h(u.nextDue.replace('T', ' ').replace(/:\d\d\.\d+Z$|:\d\dZ$/, ' UTC')) : '—'
      }${u.missed ? `<br><span class="tier-crisis">${t('overdue')}</span>` : ''}</td></tr>`,
    )
    .join('');

  const errorRows = data.errors.map((e) => `<tr><td>${h(e.where)}</td><td>${h(e.id ?? '')}</td><td>${h(e.error)}</td></tr>`).join('');
  const more = data.errorCount - data.errors.length;

  const riskRows = RISK_IDS.map((r) => `<tr><td>${h(RISK_NAMES[r][lang])}</td><td class="n">${num(data.risks[r])}</td></tr>`).join('');

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')} — ${h(file)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t('title')}</h1>
<div class="meta">${t('source')}: ${h(file)} (${h(SOURCE_NAMES[data.source])}) · ${t('generated')} ${h(data.now)}${
    data.source === 'freshdesk-csv' ? ` · ${t('naiveTimes')}` : ''
  }</div>
<noscript><p class="note">${t('noScript')}</p></noscript>
<div class="cards">
<div class="card">${t('tickets')}<b>${num(data.tickets)}</b></div>
${TIERS.map((tier) => `<div class="card">${h(TIER_NAMES[tier][lang])}<b>${num(data.tiers[tier])}</b></div>`).join('\n')}
<div class="card">${t('slaMissed')}<b>${num(missedTickets)}</b></div>
<div class="card">${t('unreadable')}<b>${num(data.errorCount)}</b></div>
</div>
<div class="grid">
<section><h2>${t('categoryMix')}</h2><div class="chart"><canvas id="chart-categories" role="img" aria-label="${t('categoryMix')}"></canvas></div></section>
<section><h2>${t('tierMix')}</h2><div class="chart"><canvas id="chart-tiers" role="img" aria-label="${t('tierMix')}"></canvas></div></section>
</div>
<div class="grid">
<section><h2>${t('risks')}</h2><div class="chart"><canvas id="chart-risks" role="img" aria-label="${t('risks')}"></canvas></div>
<table><tbody>${riskRows}</tbody></table></section>
<section><h2>${t('slaTitle')}</h2><div class="chart"><canvas id="chart-sla" role="img" aria-label="${t('slaTitle')}"></canvas></div></section>
</div>
<section><h2>${t('slaTitle')}</h2><p class="note">${t('slaNote')}</p>
<table><thead><tr><th>${t('tier')}</th><th>${t('tickets')}</th><th>${t('ticketsWithMiss')}</th>${CLOCK_KINDS.map((k) => `<th>${h(CLOCK_NAMES[k][lang])}</th>`).join('')}</tr></thead>
<tbody>${slaRows}</tbody></table></section>
<section><h2>${t('perDay')}</h2><p class="note">${t('daysIn')}: ${h(data.timeZone)}${
    data.undated > 0 ? ` · ${num(data.undated)} ${t('undated')}` : ''
  }</p><div class="chart wide"><canvas id="chart-days" role="img" aria-label="${t('perDay')}"></canvas></div></section>
<section><h2>${t('phrases')}</h2><p class="note">${t('phrasesNote')}</p>${phraseTables}</section>
<section><h2>${t('urgent')}</h2><p class="note">${t('urgentNote')}</p>
${
  data.urgent.length === 0
    ? `<p>${t('none')}</p>`
    : `<table><thead><tr><th>${t('ticket')}</th><th>${t('tier')} / ${t('priority')}</th><th>${t('categoryMix')}</th><th>${t('complaint')}</th><th>${t('reasons')}</th><th>${t('due')}</th></tr></thead><tbody>${urgentRows}</tbody></table>`
}</section>
<section><h2>${t('errors')} (${num(data.errorCount)})</h2>
${
  data.errorCount === 0
    ? `<p>${t('none')}</p>`
    : `<table><thead><tr><th>${t('where')}</th><th>ID</th><th>${t('error')}</th></tr></thead><tbody>${errorRows}</tbody></table>${
        more > 0 ? `<p class="note">+ ${num(more)} ${t('moreErrors')}</p>` : ''
      }`
}</section>
</main>
<script type="application/json" id="report-data">${jsonForScript({ data, names })}</script>
<script>${scriptSafe(chartJs)}</script>
<script>${scriptSafe(chartScript)}</script>
</body>
</html>
`;
}
