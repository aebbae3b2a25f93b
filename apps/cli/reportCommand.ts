// `report FILE --out report.html [--policy FILE] [--now ISO] [--ui-lang en|zh-Hans|zh-Hant] [--progress]`:
// triages every ticket of an export (our JSON Lines, or a Zendesk or Freshdesk export, told apart by
// shape) and writes one self-contained HTML report. Streaming: no triage is kept (design.md §4).
import { rename, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compileParsers } from '../../core/compiledParsers.ts';
import { UiLanguage } from '../../core/model.ts';
import { triage } from '../../core/triage.ts';
import { detectSource, readRecords } from './importers/detect.ts';
import type { Io } from './io.ts';
import { loadPolicyFile } from './policyFile.ts';
import { ReportAggregator } from './report/aggregate.ts';
import { progress } from './report/progress.ts';
import { renderReport } from './report/reportHtml.ts';

export interface ReportOptions {
  /** Records between two progress lines. */
  progressEvery?: number;
}

export async function reportCommand(args: string[], io: Io, options: ReportOptions = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        policy: { type: 'string' },
        now: { type: 'string' },
        'ui-lang': { type: 'string' },
        progress: { type: 'boolean' },
      },
    });
  } catch (e) {
    return io.fail(`report: ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === '-') return io.fail('report: give one input file (the format is told from its content)');
  if (!values.out) return io.fail('report: --out FILE is required (the HTML report to write)');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) return io.fail(`--now: "${values.now}" is not an ISO 8601 date-time`);
  const uiLanguage = UiLanguage.safeParse(values['ui-lang'] ?? 'en');
  if (!uiLanguage.success) return io.fail(`--ui-lang: "${values['ui-lang']}" is not one of en, zh-Hans, zh-Hant`);
  const loaded = await loadPolicyFile(values.policy);
  if ('error' in loaded) return io.fail(loaded.error);
  const { policy } = loaded;

  const file = positionals[0]!;
  let source;
  try {
    source = await detectSource(file);
  } catch (e) {
    return io.fail(`report: cannot read ${file}: ${(e as Error).message}`);
  }
  if (typeof source !== 'string') return io.fail(`report: ${file}: ${source.error}`);

  // Days are counted in the shop's zone when its calendar names one: "Monday's complaints" are the shop's Monday.
  const timeZone = policy.sla.calendar?.timeZone ?? 'UTC';
  const aggregator = new ReportAggregator(source, now, timeZone);
  // A batch can afford zod's parser generator (~10 ms once): every ticket's context validates ~8× faster.
  compileParsers();
  const shown = progress(io.stderr, values.progress === true || (io.stderr as { isTTY?: boolean }).isTTY === true, options.progressEvery ?? 10_000);
  let records = 0;
  try {
    for await (const record of readRecords(file, source)) {
      shown.tick(++records);
      if (!record.ok) {
        aggregator.addError(record);
        continue;
      }
      let result;
      try {
        result = triage(record.context, policy, now, { uiLanguage: uiLanguage.data });
      } catch (e) {
        // A context the core refuses (a bad date, a negative count) is that record's error, not the run's.
        aggregator.addError({ ok: false, where: record.where, id: record.id, error: (e as Error).message.replace(/\n/g, '; ') });
        continue;
      }
      aggregator.add(record, result);
    }
  } catch (e) {
    return io.fail(`report: cannot read ${file}: ${(e as Error).message}`);
  }
  shown.done(records);

  const data = aggregator.result();
  const html = await renderReport(data, uiLanguage.data, basename(file));
  // Written beside and renamed, so a reader never opens half a report.
  const temporary = `${values.out}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, html);
    await rename(temporary, values.out);
  } catch (e) {
    return io.fail(`report: cannot write ${values.out}: ${(e as Error).message}`);
  }
  io.stdout.write(`${values.out}: ${data.tickets} complaints, ${data.errorCount} unreadable records\n`);
  return data.errorCount > 0 ? 1 : 0;
}
