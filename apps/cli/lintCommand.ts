// `lint [FILE|-] --lang en|zh-Hans|zh-Hant [--role agent|supervisor] [--policy FILE]`: runs the tone
// guard over one plain-text draft and prints the findings as a JSON array. Finding something is
// the command working, so it exits 0 whatever it finds; 2 on bad arguments.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Role } from '../../core/authority.ts';
import { UiLanguage } from '../../core/model.ts';
import { lintReply } from '../../core/toneGuard.ts';
import { parseContext } from '../../core/triage.ts';
import type { Io } from './io.ts';
import { loadPolicyFile } from './policyFile.ts';
import { MAX_BODY_BYTES } from './ticketLine.ts';

export const LINT_USAGE = 'usage: lint [FILE|-] --lang en|zh-Hans|zh-Hant [--role agent|supervisor] [--policy FILE]';

export async function lintCommand(args: string[], io: Io): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, role: { type: 'string' }, policy: { type: 'string' } },
    });
  } catch (e) {
    return io.fail(`lint: ${(e as Error).message}\n${LINT_USAGE}`);
  }
  const { values, positionals } = options;
  if (positionals.length > 1) return io.fail(`lint: give one draft file, or - for standard input\n${LINT_USAGE}`);
  if (values.lang === undefined) return io.fail(`lint: --lang (the customer's language) is required\n${LINT_USAGE}`);
  const lang = UiLanguage.safeParse(values.lang);
  if (!lang.success) return io.fail(`--lang: "${values.lang}" is not one of en, zh-Hans, zh-Hant`);
  const role = Role.safeParse(values.role ?? 'agent');
  if (!role.success) return io.fail(`--role: "${values.role}" is not one of agent, supervisor`);

  const loaded = await loadPolicyFile(values.policy);
  if ('error' in loaded) return io.fail(loaded.error);
  const { policy } = loaded;

  const file = positionals[0] ?? '-';
  let draft: string;
  try {
    draft = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    return io.fail(`lint: cannot read ${file}: ${(e as Error).message}`);
  }
  if (Buffer.byteLength(draft) > MAX_BODY_BYTES) return io.fail(`lint: ${file} is over the 1 MB limit`);
  // A byte-order mark is not part of what the agent wrote; offsets count from the first character.
  if (draft.startsWith('\ufeff')) draft = draft.slice(1);

  // The draft is all we have: the customer's language comes from --lang.
  const context = parseContext({ ticket: { id: 'lint', body: '', locale: lang.data } });
  await io.writeLine(JSON.stringify(lintReply(draft, context, policy, role.data)));
  return 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
