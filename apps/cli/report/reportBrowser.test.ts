// The report in a real browser: it must draw its charts offline, log no error and ask no server
// for anything (the CSP would block a request, and the block itself would be logged).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../memoryIo.ts';
import { generatedFile } from './generatedTickets.ts';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-report-browser-'));
  let context: BrowserContext;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 20_000);
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'zh-Hant'] as const) {
    it(`draws every chart with no console error and no request (${lang})`, async () => {
      const input = join(dir, `tickets-${lang}.jsonl`);
      writeFileSync(input, generatedFile(1_200));
      const out = join(dir, `report-${lang}.html`);
      expect(await main(['report', input, '--out', out, '--now', '2026-11-20T12:00:00Z', '--ui-lang', lang], memoryIo('').io)).toBe(1);

      const url = pathToFileURL(out).href;
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        if (r.url() !== url) requests.push(r.url());
      });
      await page.goto(url, { waitUntil: 'load' });

      const painted = (await page.evaluate(`Array.from(document.querySelectorAll('canvas')).map((c) => {
        const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) n++;
        return { id: c.id, width: c.width, height: c.height, painted: n };
      })`)) as { id: string; width: number; height: number; painted: number }[];
      const charts = await page.evaluate('Object.keys(Chart.instances).length');
      await page.close();

      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      expect(charts).toBe(5);
      expect(painted.map((c) => c.id)).toEqual(['chart-categories', 'chart-tiers', 'chart-risks', 'chart-sla', 'chart-days']);
      for (const c of painted) {
        expect(c.width * c.height, c.id).toBeGreaterThan(0);
        expect(c.painted, c.id).toBeGreaterThan(1000);
      }
    }, 20_000);
  }
});
