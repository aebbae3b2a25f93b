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
  // Lines are encoded into one buffer and written 64 KB at a time, and whenever the command waits
  // for its input (the immediate runs then), so a slow producer still sees each answer at once.
  // One write per 4 KB line cost ~14 µs a ticket in `triage`; joining the lines into one string
  // first made an English line as costly to encode as a Chinese one (~8 µs a line against ~3).
  // A reader that stops reading (`| head`) ends the run quietly, as it would a Unix tool's.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  let held = Buffer.allocUnsafe(OUTPUT_CHUNK);
  let length = 0;
  let scheduled = false;
  const write = async (text?: string) => {
    // The stream keeps the buffer it is given until written: the next lines go to a new one.
    const bytes = held.subarray(0, length);
    held = Buffer.allocUnsafe(OUTPUT_CHUNK);
    length = 0;
    let ready = bytes.length === 0 || process.stdout.write(bytes);
    if (text !== undefined) ready = process.stdout.write(text) && ready;
    if (!ready) await once(process.stdout, 'drain');
  };
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    async writeLine(line) {
      // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
      if (length + 3 * line.length + 1 > OUTPUT_CHUNK) {
        if (3 * line.length + 1 > OUTPUT_CHUNK) return write(`${line}\n`); // a line longer than a piece goes alone
        await write();
      }
      length += held.write(line, length, 'utf8');
      held[length++] = 0x0a;
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          void write();
        });
      }
    },
    flush: () => write(),
    fail(message) {
      process.stderr.write(`${diagnostic(message)}\n`);
      return 2;
    },
  };
}
