// `npm run build`: every installable artefact into dist/. Exits 1 when a package could not be deployed
// as built (today: a Shopify extension above the 64 KB limit), after building everything else.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from './build/cli.ts';
import { buildFreshdesk } from './build/freshdesk.ts';
import { buildShopify, overLimit } from './build/shopify.ts';
import { buildZendesk, ROOT } from './build/zendesk.ts';

mkdirSync(join(ROOT, 'dist'), { recursive: true });
let failed = false;
const timed = async (name: string, run: () => Promise<string | void>) => {
  const started = Date.now();
  const note = await run();
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s${note ? `: ${note}` : ''}`);
};
await timed('zendesk (dist/zendesk, dist/complaint-desk-zendesk.zip)', async () => void (await buildZendesk({ quiet: true })));
// buildFreshdesk throws when the app fails our FDK validator, naming each finding.
await timed('freshdesk (dist/freshdesk, dist/complaint-desk-freshdesk.zip)', async () => void (await buildFreshdesk({ quiet: true })));
await timed('shopify (dist/shopify)', async () => {
  const { sizes } = await buildShopify({ quiet: true });
  const over = overLimit(sizes);
  if (over.length > 0) failed = true;
  return over.length > 0 ? `not deployable, above 64 KB brotli: ${over.map((s) => s.handle).join(', ')}` : undefined;
});
await timed('the CLI (dist/cli, what `npm pack` publishes)', async () => `${(buildCli() / 1024).toFixed(0)} KB`);
if (failed) process.exit(1);
