// Bundle sizes for `npm run bench`: raw, gzip -9 and brotli (quality 11) bytes of an app's JavaScript,
// the same codecs and levels as the size checks in `npm test` (scripts/build/shopifyBudget.ts,
// appJsGzipBytes, freshdeskJsGzipBytes), so the bench and the tests print the same numbers.
import { readFileSync } from 'node:fs';
import { measure } from './build/shopifyBudget.ts';

export interface SizeFigure {
  name: string;
  value: number;
  unit: string;
  budget?: string;
}

export interface JsSize {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Summed over the files: each file is served (and compressed) on its own. */
export function jsSize(paths: readonly string[]): JsSize {
  const total: JsSize = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const s = measure(path, readFileSync(path));
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

/** Three figures in KB; `budgets` names the codec the budget is judged by. */
export function sizeFigures(label: string, size: JsSize, budgets: Partial<Record<keyof JsSize, string>> = {}): SizeFigure[] {
  return (['raw', 'gzip', 'brotli'] as const).map((codec) => {
    const figure: SizeFigure = { name: `${label} (${codec === 'gzip' ? 'gzip -9' : codec === 'brotli' ? 'brotli 11' : codec})`, value: size[codec] / 1024, unit: 'KB' };
    const budget = budgets[codec];
    if (budget) figure.budget = budget;
    return figure;
  });
}
