// complaint-desk: the command line (design.md §3).
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { dueCommand } from './due.ts';
import { processIo, type Io } from './io.ts';
import { lintCommand } from './lintCommand.ts';
import { reportCommand } from './reportCommand.ts';
import { triageCommand } from './triageCommand.ts';

const USAGE = `usage: complaint-desk <command> [options]

  triage [FILE|-] [--policy FILE] [--now ISO] [--ui-lang en|zh-Hans|zh-Hant]
      JSON Lines in (one ticket a line), JSON Lines out (one triage a line, same order).
  report FILE --out HTML [--policy FILE] [--now ISO] [--ui-lang en|zh-Hans|zh-Hant] [--progress]
      One self-contained HTML report from JSON Lines or a Zendesk / Freshdesk export (told by its shape).
  lint [FILE|-] --lang en|zh-Hans|zh-Hant [--role agent|supervisor] [--policy FILE]
      Checks one reply draft (plain text) for the customer's language; prints the findings as a JSON array.
  due --calendar FILE --from ISO (--add MINUTES | --to ISO)
      Checks a business calendar: the due instant, or the business minutes between two instants.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const code = await run(argv, io);
  await io.flush();
  return code;
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'triage':
      return triageCommand(args, io);
    case 'report':
      return reportCommand(args, io);
    case 'lint':
      return lintCommand(args, io);
    case 'due':
      return dueCommand(args, { stdout: io.stdout, stderr: io.stderr, readFile: (path) => readFile(path, 'utf8') });
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      return io.fail(`unknown command "${command}"\n${USAGE}`);
  }
}

// Run when started as a script (npm run cli); bin/complaint-desk.js imports and calls main itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), processIo());
}
