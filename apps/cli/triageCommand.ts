// `triage [FILE|-] [--policy FILE] [--now ISO] [--ui-lang en|zh-Hans|zh-Hant]`: JSON Lines in,
// JSON Lines out, one result per input line in the same order, streaming.
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { UiLanguage } from '../../core/model.ts';
import type { Policy } from '../../core/policy.ts';
import { formatPath } from '../../core/validation.ts';
import type { ComplaintContextInput, Triage } from '../../core/model.ts';
import { triage, triageAll } from '../../core/triage.ts';
import { compileParsers } from '../../core/compiledParsers.ts';
import { readLines, type Line } from './jsonLines.ts';
import { MAX_BODY_BYTES, safeParseTicketLine, toContext } from './ticketLine.ts';
import { diagnostic, type Io } from './io.ts';
import { loadPolicyFile } from './policyFile.ts';

/** A line holds a body of up to 1 MB plus the order and conversation around it. */
const MAX_LINE_BYTES = 2 * MAX_BODY_BYTES;
/**
 * Lines already read are triaged together, this many at most (see triageAll). Few: a batch keeps its
 * complaints' data alive across its phases, and more of it then outlives a young-generation
 * collection and fills the old one.
 */
export const TRIAGE_BATCH = 8;

export async function triageCommand(args: string[], io: Io): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args,
      allowPositionals: true,
      options: { policy: { type: 'string' }, now: { type: 'string' }, 'ui-lang': { type: 'string' } },
    });
  } catch (e) {
    return io.fail(`triage: ${(e as Error).message}`);
  }
  const { values, positionals } = options;
  if (positionals.length > 1) return io.fail('triage: give one input file, or - for standard input');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) return io.fail(`--now: "${values.now}" is not an ISO 8601 date-time`);
  const uiLanguage = UiLanguage.safeParse(values['ui-lang'] ?? 'en');
  if (!uiLanguage.success) return io.fail(`--ui-lang: "${values['ui-lang']}" is not one of en, zh-Hans, zh-Hant`);

  const loaded = await loadPolicyFile(values.policy);
  if ('error' in loaded) return io.fail(loaded.error);
  const { policy } = loaded;

  const file = positionals[0] ?? '-';
  let input: NodeJS.ReadableStream = io.stdin;
  if (file !== '-') {
    const stream = createReadStream(file);
    const opened = await new Promise<Error | undefined>((resolve) => stream.once('error', resolve).once('ready', () => resolve(undefined)));
    if (opened) return io.fail(`triage: cannot read ${file}: ${opened.message}`);
    input = stream;
  }

  // A batch can afford zod's parser generator (~10 ms once): every ticket's context validates ~8× faster.
  compileParsers();
  let failed = 0;
  let batch: Line[] = [];
  for await (const line of readLines(input as AsyncIterable<Buffer>, MAX_LINE_BYTES)) {
    batch.push(line);
    // A line is answered before the next is waited for: a batch only holds lines already read.
    if (line.more && batch.length < TRIAGE_BATCH) continue;
    for (const result of triageLines(batch, policy, now, uiLanguage.data)) {
      if ('error' in result) {
        failed++;
        result.error = diagnostic(String(result.error));
      }
      await io.writeLine(JSON.stringify(result));
    }
    batch = [];
  }
  return failed > 0 ? 1 : 0;
}

/** A triage with its ticket's id first, or an error record. */
type Output = Record<string, unknown>;

/** An output for each line but the blank ones, in their order. */
function triageLines(lines: Line[], policy: Policy, now: Date, uiLanguage: UiLanguage): Output[] {
  const outputs: Output[] = [];
  const valid: { at: number; line: number; id: string; context: ComplaintContextInput }[] = [];
  for (const line of lines) {
    if (!('text' in line)) outputs.push({ line: line.number, error: line.error });
    else if (line.text.trim() !== '') {
      const read = readLine(line.text, line.number);
      if ('context' in read) valid.push({ at: outputs.length, line: line.number, ...read });
      outputs.push(read); // a valid line's place, which its triage takes below
    }
  }
  const triaged = triageBatch(valid.map((v) => v.context), policy, now, uiLanguage);
  valid.forEach((v, k) => {
    const t = triaged[k]!;
    outputs[v.at] = t instanceof Error ? { line: v.line, id: v.id, error: t.message } : { id: v.id, ...t };
  });
  return outputs;
}

function triageBatch(contexts: ComplaintContextInput[], policy: Policy, now: Date, uiLanguage: UiLanguage): (Triage | Error)[] {
  try {
    return triageAll(contexts, policy, now, { uiLanguage });
  } catch {
    // triage never throws on a valid context; if it ever does, the others of the batch are triaged
    // one by one, and that line still gets its record.
    return contexts.map((context) => {
      try {
        return triage(context, policy, now, { uiLanguage });
      } catch (e) {
        return e as Error;
      }
    });
  }
}

/** A line's context, or its error record. */
function readLine(raw: string, line: number): { id: string; context: ComplaintContextInput } | { line: number; id?: string; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { line, error: `not valid JSON: ${(e as Error).message}` };
  }
  const parsed = safeParseTicketLine(json);
  if (!parsed.success) {
    const id = typeof json === 'object' && json !== null && 'id' in json ? { id: String(json.id) } : {};
    return { line, ...id, error: parsed.error.issues.map((i) => `${formatPath(i.path) || '(line)'}: ${i.message}`).join('; ') };
  }
  return { id: parsed.data.id, context: toContext(parsed.data) };
}
