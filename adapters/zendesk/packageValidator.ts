// Our own check of a Zendesk app package against the public ZAS rules (hosts/zendesk.md §2 and §9),
// because `zcli apps:validate` only runs against a live account. Errors block an upload; warnings are
// what Zendesk shows in yellow. Written from the documented rules, not from ZAS's code.
import { pngInfo } from '../../scripts/png.ts';

export interface PackageIssue {
  file: string;
  message: string;
}
export interface ValidationReport {
  errors: PackageIssue[];
  warnings: PackageIssue[];
}

/** Files by path inside the package ("manifest.json", "assets/logo.png"…). */
export type PackageFiles = Map<string, Uint8Array>;

const MANIFEST_KEYS = new Set([
  'name', 'author', 'defaultLocale', 'private', 'location', 'version', 'frameworkVersion', 'singleInstall', 'signedUrls',
  'parameters', 'domainWhitelist', 'oauth', 'termsConditionsURL', 'gaID', 'experiments', 'noTemplate', 'requirementsOnly', 'marketingOnly',
]);
const BOOLEAN_KEYS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'];
const PARAMETER_TYPES = new Set(['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth']);
const SCOPES = new Set(['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password']);
const PUBLIC_APP_KEYS = ['name', 'short_description', 'installation_instructions', 'long_description'];
const REQUIREMENT_TYPES = new Set([
  'automations', 'channel_integrations', 'custom_objects', 'macros', 'targets', 'views', 'ticket_fields', 'triggers',
  'user_fields', 'organization_fields', 'webhooks', 'custom_objects_v2',
]);
const NO_TITLE_NEEDED = new Set(['channel_integrations', 'custom_objects', 'webhooks', 'custom_objects_v2']);
const FORBIDDEN_EXTENSIONS = /\.(zip|gz|tgz|rar|7z|pdf|doc|docx|xls|xlsx|ppt|pptx|sh|bash|bat|cmd|exe|jar|war|dll|so|dmg|msi)$/i;
const SECRET_PATTERNS: [RegExp, string][] = [
  [/shpat_[0-9a-f]{32}/i, 'a Shopify access token'],
  [/shpss_[0-9a-f]{32}/i, 'a Shopify shared secret'],
  [/AKIA[0-9A-Z]{16}/, 'an AWS access key'],
  [/-----BEGIN (RSA |EC )?PRIVATE KEY-----/, 'a private key'],
  [/["']?(api[_-]?key|secret|password|access[_-]?token)["']?\s*[:=]\s*["'][A-Za-z0-9_\-]{20,}["']/i, 'a hard-coded secret'],
];
const SENSITIVE_NAME = /token|key|pwd|password/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (b: Uint8Array | undefined) => (b === undefined ? undefined : Buffer.from(b).toString('utf8'));

function parseJson(files: PackageFiles, path: string, report: ValidationReport): unknown {
  const raw = text(files.get(path));
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    report.errors.push({ file: path, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    return null;
  }
}

/** Every path a JSON value has, as "app.parameters.shop_domain.label". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (!isObject(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

export function validatePackage(files: PackageFiles, options: { symlinks?: string[] } = {}): ValidationReport {
  const report: ValidationReport = { errors: [], warnings: [] };
  const error = (file: string, message: string): void => void report.errors.push({ file, message });
  const warn = (file: string, message: string): void => void report.warnings.push({ file, message });

  for (const link of options.symlinks ?? []) error(link, 'is a symbolic link; packages may not contain symlinks');
  for (const path of files.keys()) if (FORBIDDEN_EXTENSIONS.test(path)) error(path, 'has a file type Zendesk refuses in an app package');

  const manifest = parseJson(files, 'manifest.json', report);
  if (manifest === undefined) {
    error('manifest.json', 'is missing');
    return report;
  }
  if (!isObject(manifest)) {
    if (manifest !== null) error('manifest.json', 'must be a JSON object');
    return report;
  }

  // ── Manifest ──
  for (const key of Object.keys(manifest)) if (!MANIFEST_KEYS.has(key)) warn('manifest.json', `unknown key "${key}"`);
  for (const key of ['author', 'defaultLocale']) if (manifest[key] === undefined) error('manifest.json', `is missing the required field "${key}"`);
  if (manifest.author !== undefined && (!isObject(manifest.author) || typeof manifest.author.name !== 'string' || typeof manifest.author.email !== 'string'))
    error('manifest.json', '"author" needs a "name" and an "email"');
  const requirementsOnly = manifest.requirementsOnly === true || manifest.marketingOnly === true;
  if (!requirementsOnly) {
    if (manifest.location === undefined) error('manifest.json', 'is missing the required field "location"');
    if (manifest.frameworkVersion === undefined) error('manifest.json', 'is missing the required field "frameworkVersion"');
    else if (manifest.frameworkVersion !== '2.0') error('manifest.json', `"frameworkVersion" must be "2.0" (got ${JSON.stringify(manifest.frameworkVersion)})`);
  }
  for (const key of BOOLEAN_KEYS) if (manifest[key] !== undefined && typeof manifest[key] !== 'boolean') error('manifest.json', `"${key}" must be true or false, not ${JSON.stringify(manifest[key])}`);
  const isPrivate = manifest.private !== false;
  if (manifest.domainWhitelist !== undefined && (!Array.isArray(manifest.domainWhitelist) || !manifest.domainWhitelist.every((d) => typeof d === 'string')))
    error('manifest.json', '"domainWhitelist" must be an array of strings');
  if (typeof manifest.name === 'string') {
    if (manifest.name.length > 40) error('manifest.json', `"name" is longer than 40 characters`);
    if (/zendesk/i.test(manifest.name)) error('manifest.json', '"name" may not use the Zendesk trademark');
  }

  if (isObject(manifest.location)) {
    for (const [product, locations] of Object.entries(manifest.location)) {
      if (!isObject(locations)) {
        error('manifest.json', `location "${product}" must be an object`);
        continue;
      }
      for (const [name, spec] of Object.entries(locations)) {
        const url = typeof spec === 'string' ? spec : isObject(spec) ? spec.url : undefined;
        const where = `location.${product}.${name}`;
        if (isObject(spec) && spec.flexible !== undefined && typeof spec.flexible !== 'boolean') error('manifest.json', `${where}.flexible must be true or false`);
        if (typeof url !== 'string') {
          if (!(isObject(spec) && spec.url === undefined && manifest.noTemplate !== undefined)) error('manifest.json', `${where} has no url`);
          continue;
        }
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
          const parsed = (() => {
            try {
              return new URL(url);
            } catch {
              return undefined;
            }
          })();
          const localhost = parsed && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1');
          if (!parsed || (parsed.protocol !== 'https:' && !localhost)) error('manifest.json', `${where}: "${url}" must be an https URL`);
        } else if (!url.startsWith('assets/')) error('manifest.json', `${where}: a relative url must start with "assets/" (got "${url}")`);
        else if (!files.has(url.replace(/[?#].*$/, ''))) error('manifest.json', `${where}: "${url}" is not in the package`);
      }
    }
  } else if (manifest.location !== undefined) error('manifest.json', '"location" must be an object');

  const parameters = manifest.parameters === undefined ? [] : manifest.parameters;
  const names = new Set<string>();
  const paramNames: string[] = [];
  if (!Array.isArray(parameters)) error('manifest.json', '"parameters" must be an array');
  else
    parameters.forEach((p, i) => {
      const where = `parameters[${i}]`;
      if (!isObject(p) || typeof p.name !== 'string' || p.name === '') return error('manifest.json', `${where} needs a "name"`);
      const name = p.name;
      paramNames.push(name);
      if (name === 'name') error('manifest.json', `${where}: a parameter may not be called "name"`);
      if (names.has(name)) error('manifest.json', `${where}: duplicate parameter name "${name}"`);
      names.add(name);
      const type = p.type ?? 'text';
      if (typeof type !== 'string' || !PARAMETER_TYPES.has(type)) error('manifest.json', `parameter "${name}": unknown type ${JSON.stringify(type)}`);
      for (const key of ['required', 'secure']) if (p[key] !== undefined && typeof p[key] !== 'boolean') error('manifest.json', `parameter "${name}": "${key}" must be true or false`);
      if (type === 'hidden' && p.required === true) error('manifest.json', `parameter "${name}": a hidden parameter cannot be required`);
      if (type === 'oauth' && p.secure === true) error('manifest.json', `parameter "${name}": an oauth parameter cannot be secure`);
      if (p.scopes !== undefined) {
        if (p.secure !== true) error('manifest.json', `parameter "${name}": "scopes" is only allowed on a secure parameter`);
        if (!Array.isArray(p.scopes) || p.scopes.length === 0) error('manifest.json', `parameter "${name}": "scopes" must be a non-empty array`);
        else for (const s of p.scopes) if (typeof s !== 'string' || !SCOPES.has(s)) error('manifest.json', `parameter "${name}": unknown scope ${JSON.stringify(s)}`);
      } else if (p.secure === true) warn('manifest.json', `parameter "${name}" is secure but has no "scopes" (say where the value may go: header, body, url…)`);
      if (type === 'text' && SENSITIVE_NAME.test(name) && p.secure !== true) warn('manifest.json', `parameter "${name}" looks like a secret but is not secure`);
      if (p.default !== undefined && (p.secure === true || type === 'hidden')) warn('manifest.json', `parameter "${name}": a secure or hidden parameter should not have a default`);
    });

  // ── Translations ──
  const locale = typeof manifest.defaultLocale === 'string' ? manifest.defaultLocale : 'en';
  const defaultPath = `translations/${locale}.json`;
  const translations = new Map<string, unknown>();
  for (const path of files.keys()) if (/^translations\/[^/]+\.json$/.test(path)) translations.set(path, parseJson(files, path, report));
  const main = translations.get(defaultPath);
  if (!files.has(defaultPath)) error(defaultPath, `is missing (the translation file of defaultLocale "${locale}")`);
  else if (isObject(main)) {
    const app = isObject(main.app) ? main.app : {};
    const required = isPrivate ? ['name'] : PUBLIC_APP_KEYS;
    for (const key of required) {
      const value = key === 'short_description' ? (app.short_description ?? app.description) : app[key];
      if (typeof value !== 'string' || value.trim() === '') error(defaultPath, `is missing the key "app.${key}"`);
    }
    const params = isObject(app.parameters) ? app.parameters : {};
    for (const name of paramNames) {
      const entry = params[name];
      if (!isObject(entry) || typeof entry.label !== 'string' || entry.label.trim() === '') error(defaultPath, `is missing the key "app.parameters.${name}.label"`);
    }
    // Ours, stricter than ZAS: every locale carries every key of the default one.
    const expected = keyPaths(main);
    for (const [path, other] of translations) {
      if (path === defaultPath || !isObject(other)) continue;
      const have = new Set(keyPaths(other));
      for (const key of expected) if (!have.has(key)) error(path, `is missing the key "${key}"`);
    }
  } else if (main !== null) error(defaultPath, 'must be a JSON object');

  // ── Images ──
  const size = (path: string, expected: [number, number][], required: boolean) => {
    const bytes = files.get(path);
    if (!bytes) return required ? error(path, 'is missing') : undefined;
    const info = pngInfo(bytes);
    if (!info) return error(path, 'is not a PNG image');
    if (!expected.some(([w, h]) => info.width === w && info.height === h))
      error(path, `is ${info.width}×${info.height}; it must be ${expected.map(([w, h]) => `${w}×${h}`).join(' or ')}`);
    return info;
  };
  size('assets/logo.png', [[320, 320]], !isPrivate);
  const small = size('assets/logo-small.png', [[128, 128]], !isPrivate);
  if (small && small.colorType !== 6 && small.colorType !== 4) warn('assets/logo-small.png', 'should be PNG-24 with transparency');
  size('assets/banner.png', [[830, 200], [1660, 400]], false);
  const shots = [...files.keys()].filter((p) => /^assets\/screenshot-\d+\.png$/.test(p));
  for (const shot of shots) size(shot, [[1024, 768]], false);
  const numbers = shots.map((p) => Number(/(\d+)\.png$/.exec(p)![1])).sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i) warn(`assets/screenshot-${n}.png`, 'screenshots are numbered from 0 without gaps; this one will be dropped');
    else if (n > 2) warn(`assets/screenshot-${n}.png`, 'only screenshot-0 to screenshot-2 are shown; this one will be dropped');
  });

  // ── Code: http URLs and secrets ──
  for (const [path, bytes] of files) {
    if (!/\.(js|mjs|html|htm|css|json)$/i.test(path)) continue;
    const body = text(bytes)!;
    if (/\.(js|mjs|html|htm)$/i.test(path)) {
      const http = /http:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|www\.w3\.org\/)[^\s"'`)<]+/.exec(body);
      if (http) warn(path, `contains an http:// URL (${http[0].slice(0, 80)}); use https`);
    }
    for (const [pattern, what] of SECRET_PATTERNS) if (pattern.test(body)) warn(path, `seems to contain ${what}`);
  }

  // ── requirements.json ──
  const requirements = parseJson(files, 'requirements.json', report);
  if (requirements !== undefined && requirements !== null) {
    if (!isObject(requirements)) error('requirements.json', 'must be a JSON object');
    else {
      let count = 0;
      let customObjects = 0;
      for (const [type, items] of Object.entries(requirements)) {
        if (!REQUIREMENT_TYPES.has(type)) {
          error('requirements.json', `unknown requirement type "${type}"`);
          continue;
        }
        if (!isObject(items)) {
          error('requirements.json', `"${type}" must be an object of named requirements`);
          continue;
        }
        for (const [id, item] of Object.entries(items)) {
          count++;
          if (type.startsWith('custom_objects')) customObjects++;
          const where = `${type}.${id}`;
          if (!isObject(item)) {
            error('requirements.json', `${where} must be an object`);
            continue;
          }
          if (!NO_TITLE_NEEDED.has(type) && (typeof item.title !== 'string' || item.title.trim() === '')) error('requirements.json', `${where} needs a "title"`);
          if ((type === 'user_fields' || type === 'organization_fields') && typeof item.key !== 'string') error('requirements.json', `${where} needs a "key"`);
          if (type === 'webhooks')
            for (const key of ['name', 'status', 'endpoint', 'http_method', 'request_format']) if (item[key] === undefined) error('requirements.json', `${where} needs "${key}"`);
          if (type === 'targets' && (item.type === 'http_target' || item.type === 'url_target_v2')) error('requirements.json', `${where}: targets of type "${String(item.type)}" are not allowed`);
        }
      }
      if (count > 5000) error('requirements.json', `has ${count} requirements; the limit is 5000`);
      if (customObjects > 50) error('requirements.json', `has ${customObjects} custom-object requirements; the limit is 50`);
    }
  }
  return report;
}
