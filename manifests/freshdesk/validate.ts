// Our stand-in for `fdk validate` (the Freshworks CLI cannot be installed here: hosts/freshdesk.md §0).
// It checks an FDK platform-3.0 app folder against the rules hosts/freshdesk.md §1 and §3 document, plus
// our own review rules (no external scripts, no credentials in files). Run it on the source folder or on
// the built one:  npx tsx manifests/freshdesk/validate.ts [dir]   (exit code 1 on any error)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appCodeRules } from './validator/appCodeRules.ts';
import { readAppFolder } from './validator/appFolder.ts';
import type { Finding } from './validator/finding.ts';
import { iparamRules } from './validator/iparamRules.ts';
import { locationIcons, locationPages, manifestRules } from './validator/manifestRules.ts';
import { packageRules } from './validator/packageRules.ts';
import { requestRules, templateUseRules } from './validator/requestRules.ts';

export type { Finding } from './validator/finding.ts';

export function validateApp(dir: string): Finding[] {
  const folder = readAppFolder(dir);
  const manifest = manifestRules(folder);
  const iparams = iparamRules(folder);
  return [
    ...packageRules(folder, locationIcons(manifest.facts.manifest)),
    ...manifest.findings,
    ...iparams.findings,
    ...requestRules(folder, manifest.facts.declaredRequests, iparams.facts),
    ...templateUseRules(folder, manifest.facts.declaredRequests),
    ...appCodeRules(folder, locationPages(manifest.facts.manifest)),
  ];
}

export const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.severity === 'error' ? 'ERROR' : 'WARN '} ${f.rule}${f.file ? ` (${f.file})` : ''}: ${f.message}`).join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url)));
  const findings = validateApp(dir);
  console.log(findings.length ? formatFindings(findings) : `${dir}: no findings`);
  process.exitCode = errorsOf(findings).length > 0 ? 1 : 0;
}
