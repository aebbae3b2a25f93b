// What the marketplace rejects in app/ (hosts/freshdesk.md §1, §4): the unpkg CDN, the FDK's error-level
// lint rules no-eval / no-alert / no-debugger (on files that are not minified, as the FDK decides it),
// pages without the app client. Ours on top: no script or stylesheet from any other host (Crayons is
// bundled from npm), and no credential in any package file (secrets live in secure iparams).
import type { AppFolder } from './appFolder.ts';
import { error, type Finding } from './finding.ts';

const SCRIPT = /\.(m?js|cjs)$/i;
const PAGE = /\.html?$/i;

/** Shapes of real credentials: Shopify tokens, Stripe live keys, AWS key ids, PEM private keys. */
const SECRETS: [RegExp, string][] = [
  [/\bshp(at|ca|pa|ss)_[0-9a-f]{32}\b/i, 'a Shopify access token'],
  [/\bsk_live_[0-9A-Za-z]{16,}/, 'a Stripe live key'],
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----/, 'a private key'],
  [/X-Shopify-Access-Token["']?\s*[:=]\s*["'](?!<%=)[^"'\s]{8,}/i, 'a literal Shopify token header'],
];

/** FDK 6.9: "minified" when fewer than 20% of lines are indented; lint rules skip such files. */
export function isMinified(source: string): boolean {
  const lines = source.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  return lines.filter((l) => /^\s/.test(l)).length / lines.length < 0.2;
}

/** Code with comments and string contents blanked, so "alert(" in a message is not a call. */
export function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|`(?:\\[\s\S]|[^\\`])*`|"(?:\\.|[^\\"\n])*"|'(?:\\.|[^\\'\n])*'/g, (m) =>
    m.startsWith('/') ? ' ' : m[0]! + ' '.repeat(Math.max(0, m.length - 2)) + m[m.length - 1]!,
  );
}

const LINT: [string, RegExp][] = [
  ['no-eval', /(?<![\w$.])eval\s*\(/],
  ['no-alert', /(?<![\w$.])alert\s*\(|\bwindow\.alert\s*\(/],
  ['no-debugger', /(?<![\w$.])debugger\b/],
];

/** External script/style references: <script src>, <link href>, ES imports, CSS @import. */
const EXTERNAL = [
  /<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i,
  /<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i,
  /\bimport\s*(?:[\w*{}\s,]+from\s*)?\(?\s*["'](?:https?:)?\/\//,
  /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i,
];

export function appCodeRules(folder: AppFolder, pages: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    const html = folder.files.get(page)?.toString('utf8');
    if (html !== undefined && !/<script\b[^>]*\bsrc\s*=\s*["']\{\{\{appclient\}\}\}["']/i.test(html))
      findings.push(error('app.appclient', `${page} must load the app client: <script src="{{{appclient}}}"></script>`, page));
  }
  for (const [path, data] of folder.files) {
    const source = data.toString('utf8');
    for (const [pattern, what] of SECRETS) if (pattern.test(source)) findings.push(error('app.secrets', `${path} contains ${what}; keep credentials in a secure iparam`, path));
    if (!path.startsWith('app/')) continue;
    if (/unpkg\.com/i.test(source)) findings.push(error('app.unpkg', 'Avoid using UNPKG CDN: support for it has been discontinued', path));
    if ((PAGE.test(path) || SCRIPT.test(path) || /\.css$/i.test(path)) && EXTERNAL.some((p) => p.test(source)))
      findings.push(error('app.external-script', `${path} loads code or styles from another host; bundle them into app/`, path));
    if (SCRIPT.test(path) && !isMinified(source)) {
      const code = codeOnly(source);
      for (const [rule, pattern] of LINT) if (pattern.test(code)) findings.push(error(`app.${rule}`, `${rule}: ${path}`, path));
    }
  }
  return findings;
}
