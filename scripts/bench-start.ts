// What the core costs a sidebar in Chromium before and at its first triage, for `npm run bench`: every
// ticket opens the app in a new frame, which evaluates the core with its default policy (the lexicons
// are built then) before it asks the host anything, outside the paint figure of bench-paint.ts; the
// first triage then compiles the lexicons, inside it. Each is timed in a fresh page of Chromium (code
// not yet optimised, as in a new frame), on the core bundled as the apps bundle it.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type * as Esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/zendesk/harness.ts';
import type { BenchFigure } from './bench-sla.ts';

const PAGES = 7;

// Run in the page: the times land in window.__start.
const ENTRY = `
const started = performance.now();
const { defaultPolicy } = await import('./core/policy.ts');
const { compileMatcherData } = await import('./core/matcher.ts');
const evaluated = performance.now();
compileMatcherData(defaultPolicy.lexicons);
window.__start = { evaluated: evaluated - started, compiled: performance.now() - evaluated };
`;

export async function benchStart(): Promise<BenchFigure[]> {
  if (!existsSync(CHROMIUM)) return [];
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  const root = new URL('..', import.meta.url).pathname;
  const bundle = esbuild.buildSync({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, logLevel: 'error' });
  const script = bundle.outputFiles[0]!.contents;
  const server = createServer((request, response) => {
    const isScript = request.url === '/start.js';
    response.setHeader('content-type', isScript ? 'text/javascript' : 'text/html');
    response.end(isScript ? script : '<script type="module" src="/start.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const evaluated: number[] = [];
    const compiled: number[] = [];
    for (let i = 0; i < PAGES; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction('window.__start !== undefined');
      const times = (await page.evaluate('window.__start')) as { evaluated: number; compiled: number };
      evaluated.push(times.evaluated);
      compiled.push(times.compiled);
      await page.close();
    }
    const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1]!;
    return [
      { name: `Chromium: the core and its default policy evaluated (every sidebar start), median of ${PAGES} pages`, value: median(evaluated), unit: 'ms' },
      { name: `Chromium: the lexicons compiled (a first triage without stored lexicons), median of ${PAGES} pages`, value: median(compiled), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
