#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx complaint-desk triage …` works after an install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../apps/cli/main.ts');
const { processIo } = await import('../apps/cli/io.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
