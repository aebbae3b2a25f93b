import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dueCommand } from './due.ts';

const files: Record<string, string> = {
  'ny.json': JSON.stringify({
    timeZone: 'America/New_York',
    week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']], sat: [], sun: [] },
  }),
  'shanghai.json': JSON.stringify({
    timeZone: 'Asia/Shanghai',
    week: { mon: [['09:00', '12:00'], ['13:30', '18:00']], tue: [['09:00', '18:00']], wed: [], thu: [['00:00', '24:00']], fri: [['09:00', '18:00']], sat: [], sun: [] },
    holidays: ['2026-10-01', '2026-10-02'],
    workdays: { '2026-10-10': [['09:00', '18:00']] },
  }),
  'overlap.json': JSON.stringify({ timeZone: 'UTC', week: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } }),
  'zone.json': JSON.stringify({ timeZone: 'Europe/Berln', week: { mon: [['09:00', '17:00']] } }),
  'closed.json': JSON.stringify({ timeZone: 'UTC', week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }),
  'broken.json': '{ "timeZone": "UTC", ',
};

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await dueCommand(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
  });
  return { code, stdout, stderr };
}

describe('due --add', () => {
  it('prints the due instant as ISO 8601 UTC', async () => {
    expect(await run('--calendar', 'ny.json', '--from', '2026-03-06T16:00:00-05:00', '--add', '120')).toEqual({
      code: 0,
      stdout: '2026-03-09T14:00:00Z\n',
      stderr: '',
    });
  });

  it('reads a time without an offset in the calendar\'s zone, and accepts --opt=value', async () => {
    expect((await run('--calendar=ny.json', '--from=2026-03-06T16:00', '--add=120')).stdout).toBe('2026-03-09T14:00:00Z\n');
    expect((await run('--calendar', 'shanghai.json', '--from', '2026-10-09 17:00', '--add', '120')).stdout).toBe('2026-10-10T02:00:00Z\n');
  });

  it('keeps seconds and gives the closing time for a deadline at closing', async () => {
    expect((await run('--calendar', 'ny.json', '--from', '2026-03-10T15:30:15Z', '--add', '30')).stdout).toBe('2026-03-10T16:00:15Z\n');
    expect((await run('--calendar', 'ny.json', '--from', '2026-03-10T20:00:00Z', '--add', '60')).stdout).toBe('2026-03-10T21:00:00Z\n');
  });
});

describe('due --to', () => {
  it('prints the business minutes between two instants', async () => {
    expect(await run('--calendar', 'ny.json', '--from', '2026-03-06T21:00:00Z', '--to', '2026-03-09T14:00:00Z')).toEqual({ code: 0, stdout: '120\n', stderr: '' });
    expect((await run('--calendar', 'shanghai.json', '--from', '2026-09-30T00:00', '--to', '2026-10-11T00:00')).stdout).toBe(`${9 * 60 + 24 * 60 + 9 * 60 + 9 * 60 + 7.5 * 60}\n`);
  });

  it('prints fractions of a minute to the second', async () => {
    expect((await run('--calendar', 'ny.json', '--from', '2026-03-10T15:00:00Z', '--to', '2026-03-10T15:01:30Z')).stdout).toBe('1.5\n');
  });
});

describe('due with bad arguments exits 2 with a clear message', () => {
  it.each([
    [['--from', '2026-03-06T16:00:00Z', '--add', '5'], /--calendar FILE is required/],
    [['--calendar', 'ny.json', '--add', '5'], /--from ISO is required/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z'], /either --add MINUTES or --to ISO/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z', '--add', '5', '--to', '2026-03-07T16:00:00Z'], /either --add MINUTES or --to ISO/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z', '--add', '1.5'], /--add: "1.5" is not a whole number of minutes/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z', '--add', '-5'], /--add: "-5" is not a whole number of minutes/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z', '--add', 'ten'], /--add: "ten"/],
    [['--calendar', 'ny.json', '--from', 'yesterday', '--add', '5'], /--from: "yesterday" is not an ISO 8601 date-time/],
    [['--calendar', 'ny.json', '--from', '2026-02-30T10:00:00Z', '--add', '5'], /--from: "2026-02-30T10:00:00Z"/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z', '--to', '2026-03-06T25:00:00Z'], /--to: "2026-03-06T25:00:00Z"/],
    [['--calendar', 'ny.json', '--from', '2026-03-06T16:00:00Z', '--add', '5', '--verbose'], /Unknown option '--verbose'/],
    [['--calendar', 'ny.json', 'extra', '--from', '2026-03-06T16:00:00Z', '--add', '5'], /positional argument/],
    [['--calendar', 'missing.json', '--from', '2026-03-06T16:00:00Z', '--add', '5'], /cannot read calendar missing\.json: ENOENT/],
    [['--calendar', 'broken.json', '--from', '2026-03-06T16:00:00Z', '--add', '5'], /broken\.json: not valid JSON/],
  ])('%j', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^due: /);
  });

  it('names the field of an invalid calendar', async () => {
    const overlap = await run('--calendar', 'overlap.json', '--from', '2026-03-06T16:00:00Z', '--add', '5');
    expect(overlap).toEqual({ code: 2, stdout: '', stderr: 'due: overlap.json: week.mon[1]: ranges overlap: 09:00–12:00 and 11:00–13:00\n' });
    expect((await run('--calendar', 'zone.json', '--from', '2026-03-06T16:00:00Z', '--add', '5')).stderr).toMatch(/zone\.json: timeZone: unknown time zone "Europe\/Berln"/);
    expect((await run('--calendar', 'closed.json', '--from', '2026-03-06T16:00:00Z', '--add', '5')).stderr).toMatch(/closed\.json: week: no opening hours/);
  });

  it('prints usage on --help and exits 0', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: due --calendar FILE --from ISO --add MINUTES/);
  });
});
