// An Io over strings, so command tests run without a process.
import { PassThrough, Readable } from 'node:stream';
import { diagnostic, type Io } from './io.ts';

export function memoryIo(input: string) {
  const lines: string[] = [];
  let errors = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => lines.push(...String(d).split('\n').filter(Boolean)));
  stderr.on('data', (d) => (errors += String(d)));
  const io: Io = {
    stdin: Readable.from([Buffer.from(input)]),
    stdout,
    stderr,
    async writeLine(line) {
      lines.push(line);
    },
    async flush() {},
    fail(message) {
      errors += `${diagnostic(message)}\n`;
      return 2;
    },
  };
  return { io, lines, errors: () => errors };
}
