// Chart.js (an exact-version dependency) is read from node_modules when a report is written and
// inlined, so the report opens offline and asks no server for anything. The UMD build is not in
// the package's `exports`, so it is found beside the entry point that is.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export async function chartLibrarySource(): Promise<string> {
  const entry = require.resolve('chart.js'); // …/chart.js/dist/chart.cjs
  return readFile(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
}
