#!/usr/bin/env node
// The `complaint-desk` command. An installed package runs the CLI as one bundled module, which
// `npm pack` builds into dist/cli (scripts/build/cli.ts); a checkout, which has the sources, runs
// them through tsx, so an edit needs no build.
import { existsSync } from 'node:fs';

let program;
if (existsSync(new URL('../apps/cli/main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../apps/cli/main.ts');
  const { processIo } = await import('../apps/cli/io.ts');
  program = { main, processIo };
} else {
  program = await import('../dist/cli/complaint-desk.mjs');
}
process.exitCode = await program.main(process.argv.slice(2), program.processIo());
