// The secrets check (issue 9): nothing we ship may hold a credential. Used by the package tests on the
// artefacts they already build (test/freshdesk/package.test.ts, scripts/build/shopify.test.ts) and by
// test/robustness/secrets.test.ts for the Zendesk package and the logging paths.
//
// Two kinds of finding: a value shaped like a credential (the shapes below, which real tokens have and
// placeholders such as `{{setting.shopify_token}}` or `<%= iparam.x %>` do not), and any of the values the
// test suite itself gives a secure setting (testSecretValues), which must never reach a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Credential shapes. The prefixes are written split (`shp` + `at_`) nowhere here because this file is
 * never bundled; the adapters' redaction (adapters/shopify/redact.ts) is, and avoids the literal prefixes.
 */
export const CREDENTIAL_SHAPES: { what: string; pattern: RegExp }[] = [
  { what: 'a Shopify access token or secret (shpat_/shpca_/shppa_/shpss_)', pattern: /\bshp(?:at|ca|pa|ss)_[A-Za-z0-9_]{8,}/ },
  { what: 'an Authorization: Bearer value', pattern: /\bBearer\s+(?!\$\{)[A-Za-z0-9\-._~+/]{16,}=*/ },
  { what: 'an Authorization: Basic value', pattern: /\bBasic\s+(?!\$\{)[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/ },
  { what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
  {
    what: 'a hard-coded API key, token, secret or password',
    pattern: /["']?\b(?:api[_-]?key|api[_-]?token|access[_-]?token|auth[_-]?token|client[_-]?secret|secret[_-]?key|password|passwd)["']?\s*[:=]\s*["'`][A-Za-z0-9_\-+/=.]{16,}["'`]/i,
  },
  // Zendesk API tokens go in basic auth as `agent@example.com/token:<40 characters>`.
  { what: 'a Zendesk API token (…/token:…)', pattern: /\/token:[A-Za-z0-9]{20,}/ },
  // Freshdesk API keys go in basic auth as `<key>:X`.
  { what: 'a Freshdesk API key (<key>:X)', pattern: /["'`][A-Za-z0-9]{18,24}:X["'`]/ },
  { what: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { what: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a Stripe live key', pattern: /\b[sr]k_live_[0-9A-Za-z]{16,}/ },
  { what: 'a GitHub token', pattern: /\b(?:gh[opsu]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/ },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { what: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
];

/** The secure settings of each host (manifests): their values live in the host's vault, never in a file. */
export function secureSettingNames(): string[] {
  const zendesk = JSON.parse(readFileSync(join(ROOT, 'manifests/zendesk/manifest.json'), 'utf8')) as { parameters: { name: string; secure?: boolean }[] };
  const freshdesk = JSON.parse(readFileSync(join(ROOT, 'manifests/freshdesk/config/iparams.json'), 'utf8')) as Record<string, { secure?: boolean }>;
  return [...zendesk.parameters.filter((p) => p.secure).map((p) => p.name), ...Object.entries(freshdesk).filter(([, v]) => v.secure).map(([k]) => k)];
}

/** Values this suite hands to secure settings; test/robustness/secrets.test.ts uses these. */
export const TEST_SECRETS = {
  shopifyToken: 'shpat_cdtest9f8e7d6c5b4a39281706f5e4d3c2b1a',
  zendeskApiToken: 'cdTestZendeskToken0123456789abcdefABCDEF',
  freshdeskApiKey: 'cdTestFreshdeskKey8642',
} as const;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(test\.tsx?|ts|json|jsonl)$/.test(name) && (/\.test\.tsx?$/.test(name) || /[/\\](fixtures|test)[/\\]/.test(path))) out.push(path);
  }
  return out;
}

/**
 * Every secret-looking value the tests and fixtures hold (credential shapes, and quoted values given to
 * a secure setting by name), plus TEST_SECRETS: any of them in a build means test data leaked into it.
 */
export function testSecretValues(): string[] {
  const values = new Set<string>(Object.values(TEST_SECRETS));
  const names = secureSettingNames();
  const assigned = new RegExp(`["']?(?:${names.join('|')})["']?\\s*[:=]\\s*["'\`]([^"'\`\\s]{8,})["'\`]`, 'g');
  for (const file of sourceFiles(ROOT)) {
    if (file === resolve(import.meta.filename)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(assigned)) if (!/^(\{\{|<%=)/.test(m[1]!)) values.add(m[1]!);
    for (const { pattern } of CREDENTIAL_SHAPES.slice(0, 1)) for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) values.add(m[0]);
  }
  return [...values];
}

export interface SecretFinding {
  file: string;
  what: string;
  excerpt: string;
}

const BINARY = /\.(png|jpe?g|gif|ico|webp|woff2?|ttf|zip)$/i;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Every text file under `dir` (a built app), checked for credential shapes and for the given values. */
export function scanForSecrets(dir: string, values: readonly string[] = testSecretValues()): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const path of walk(dir)) {
    if (BINARY.test(path)) continue;
    const file = relative(dir, path).split('\\').join('/');
    findings.push(...scanText(file, readFileSync(path, 'utf8'), values));
  }
  return findings;
}

export function scanText(file: string, text: string, values: readonly string[] = []): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const around = (index: number, length: number) => text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
  for (const { what, pattern } of CREDENTIAL_SHAPES) {
    const m = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`).exec(text);
    if (m) findings.push({ file, what, excerpt: around(m.index, m[0].length) });
  }
  for (const value of values) {
    const index = text.indexOf(value);
    if (index !== -1) findings.push({ file, what: `the test secret "${value.slice(0, 6)}…"`, excerpt: around(index, value.length) });
  }
  return findings;
}

/** One line per finding, for an assertion message. */
export const formatFindings = (findings: readonly SecretFinding[]) => findings.map((f) => `${f.file}: ${f.what}: …${f.excerpt}…`).join('\n');
