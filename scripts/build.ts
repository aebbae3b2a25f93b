// `npm run build`: every installable artefact that exists so far, into dist/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildZendesk, ROOT } from './build/zendesk.ts';

mkdirSync(join(ROOT, 'dist'), { recursive: true });
const steps: { name: string; when: string; run: () => Promise<unknown> }[] = [{ name: 'zendesk', when: 'apps/zendesk', run: () => buildZendesk() }];
for (const step of steps) {
  if (!existsSync(join(ROOT, step.when))) continue;
  const started = Date.now();
  await step.run();
  console.log(`built ${step.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
