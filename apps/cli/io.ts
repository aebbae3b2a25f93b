// The streams a command talks to, injected so tests can run commands without a process.
import { once } from 'node:events';
import { redactCredentials } from '../../adapters/shopify/redact.ts';

export interface Io {
  stdin: NodeJS.ReadableStream;
  /**
   * Writes one line, waiting when the reader is slower than we are. Lines may be held back briefly
   * (see processIo); `flush` writes what is held.
   */
  writeLine(line: string): Promise<void>;
  flush(): Promise<void>;
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

/** Output is written in pieces of about this size (a pipe's buffer is 64 KB on Linux). */
const OUTPUT_CHUNK = 64 * 1024;

export function processIo(): Io {
  // Lines are gathered and written 64 KB at a time, and whenever the command waits for its input
  // (the immediate runs then), so a slow producer still sees each answer at once. One write per
  // 4 KB line cost ~14 µs a ticket in `triage`, a seventh of the run.
  let held = '';
  let scheduled = false;
  const write = async () => {
    const text = held;
    held = '';
    if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
  };
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    async writeLine(line) {
      held += `${line}\n`;
      if (held.length >= OUTPUT_CHUNK) return write();
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          void write();
        });
      }
    },
    flush: write,
    fail(message) {
      process.stderr.write(`${diagnostic(message)}\n`);
      return 2;
    },
  };
}
