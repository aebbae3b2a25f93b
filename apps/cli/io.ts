// The streams a command talks to, injected so tests can run commands without a process.
import { once } from 'node:events';

export interface Io {
  stdin: NodeJS.ReadableStream;
  /** Writes one line, waiting when the reader is slower than we are. */
  writeLine(line: string): Promise<void>;
  /** Prints a usage or input error and returns the exit code for it. */
  fail(message: string): number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    async writeLine(line) {
      if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
    },
    fail(message) {
      process.stderr.write(`${message}\n`);
      return 2;
    },
  };
}
