// The streams a command talks to, injected so tests can run commands without a process.
import { once } from 'node:events';
import { redactCredentials } from '../../adapters/shopify/redact.ts';

export interface Io {
  stdin: NodeJS.ReadableStream;
  /** Writes one line, waiting when the reader is slower than we are. */
  writeLine(line: string): Promise<void>;
  /** Prints a usage or input error and returns the exit code for it. */
  fail(message: string): number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * What the CLI prints about its input (usage errors, a bad policy file, error records) can quote it: a
 * credential in a policy file or an argument is redacted there, so it never ends up in a CI log.
 */
export const diagnostic = (message: string): string => redactCredentials(message);

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    async writeLine(line) {
      if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
    },
    fail(message) {
      process.stderr.write(`${diagnostic(message)}\n`);
      return 2;
    },
  };
}
