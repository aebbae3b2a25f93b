// Progress for long runs, on stderr: only where a person is watching (a terminal) or when asked
// (--progress), so logs and pipes stay clean. A terminal gets one line rewritten in place.
export interface Progress {
  tick(records: number): void;
  done(records: number): void;
}

export function progress(stderr: NodeJS.WritableStream, enabled: boolean, every: number): Progress {
  if (!enabled) return { tick() {}, done() {} };
  const tty = (stderr as { isTTY?: boolean }).isTTY === true;
  const started = Date.now();
  const line = (n: number) => `report: ${n.toLocaleString('en-US')} records, ${((Date.now() - started) / 1000).toFixed(1)} s`;
  return {
    tick(records) {
      if (records % every === 0) stderr.write(tty ? `\r${line(records)}` : `${line(records)}\n`);
    },
    done(records) {
      stderr.write(tty ? `\r${line(records)}\n` : `${line(records)}\n`);
    },
  };
}
