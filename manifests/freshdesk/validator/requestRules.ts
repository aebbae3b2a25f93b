// config/requests.json against the manifest and the iparams (hosts/freshdesk.md §3): every template
// declared in `modules.common.requests` and every declared one defined; https; a bare host; a path that
// starts with "/"; no `body` in the schema; `maxAttempts` 1–5 and `retryDelay` a multiple of 100 up to
// 1500; secure iparams only in headers; at most 100 templates.
import { isObject, json, type AppFolder } from './appFolder.ts';
import { error, warning, type Finding } from './finding.ts';
import type { IparamFacts } from './iparamRules.ts';

const FILE = 'config/requests.json';
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const SCHEMA_KEYS = ['protocol', 'method', 'host', 'path', 'headers', 'query'];
const OPTION_KEYS = ['maxAttempts', 'retryDelay'];
const PLACEHOLDER = /<%=\s*([\s\S]*?)\s*%>/g;
const IPARAM_REF = /^(?:encode\(\s*)?iparam\.([A-Za-z0-9_]+)\s*\)?$/;

/** iparam names referenced in a template string. */
function iparamRefs(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].flatMap((m) => {
    const ref = IPARAM_REF.exec(m[1]!.trim());
    return ref ? [ref[1]!] : [];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (isObject(value)) return Object.values(value).flatMap(strings);
  return [];
}

/** A host is an FQDN: no protocol, path, port or IP. Placeholders stand for one label each. */
export function hostProblem(host: string): string | undefined {
  const bare = host.replace(PLACEHOLDER, 'x');
  if (bare.includes('://')) return 'Request template schema/host must not have a protocol';
  if (bare.includes('/')) return 'Request template schema/host must not have path';
  if (bare.includes(':')) return 'Request template schema/host must not have a port';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(bare)) return 'Request template schema/host must not be an IP address';
  if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(bare)) return 'Request template schema/host must be a domain name';
  return undefined;
}

const SCRIPT = /\.(m?js|cjs|html?)$/i;
const INVOKED = /invokeTemplate\(\s*["'`]([^"'`]+)["'`]/g;

/**
 * Declared and used: a template invoked by name in app code must be declared ("Requested function not
 * found or registered" at run time); a declared one no app script mentions is dead weight (a warning, and
 * only once app/ holds scripts: the source folder gets its bundle from the build).
 */
export function templateUseRules(folder: AppFolder, declared: string[]): Finding[] {
  const scripts = [...folder.files].filter(([path]) => path.startsWith('app/') && SCRIPT.test(path) && !/\.html?$/i.test(path));
  const sources = [...folder.files].filter(([path]) => path.startsWith('app/') && SCRIPT.test(path)).map(([path, data]) => [path, data.toString('utf8')] as const);
  const findings: Finding[] = [];
  for (const [path, source] of sources)
    for (const m of source.matchAll(INVOKED))
      if (!declared.includes(m[1]!)) findings.push(error('requests.used', `${path} invokes template ${m[1]} that the manifest does not declare`, path));
  if (scripts.length > 0)
    for (const name of declared)
      if (!sources.some(([, source]) => source.includes(name))) findings.push(warning('requests.used', `template ${name} is declared but no app script uses it`, 'manifest.json'));
  return findings;
}

export function requestRules(folder: AppFolder, declared: string[], iparams: IparamFacts): Finding[] {
  const findings: Finding[] = [];
  const parsed = json(folder, FILE);
  if (!parsed) {
    if (declared.length > 0) findings.push(error('requests.declared', `the manifest declares ${declared.join(', ')} but config/requests.json is missing`));
    return findings;
  }
  if ('error' in parsed) return [error('requests.schema', `not valid JSON: ${parsed.error}`, FILE)];
  if (!isObject(parsed.value)) return [error('requests.schema', 'must be a JSON object of templates', FILE)];
  const templates = parsed.value;
  const defined = Object.keys(templates);
  for (const name of defined) if (!declared.includes(name)) findings.push(error('requests.declared', `template ${name} is not declared in manifest modules.common.requests`, FILE));
  for (const name of declared) if (!defined.includes(name)) findings.push(error('requests.declared', `manifest declares ${name} but config/requests.json does not define it`, 'manifest.json'));
  if (defined.length > 100) findings.push(error('requests.count', `at most 100 templates (found ${defined.length})`, FILE));

  for (const [name, template] of Object.entries(templates)) {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) findings.push(error('requests.name', `template name ${JSON.stringify(name)} may only hold letters, digits, "_" and "-"`, FILE));
    if (!isObject(template) || !isObject(template.schema)) {
      findings.push(error('requests.schema', `${name}.schema is required`, FILE));
      continue;
    }
    const schema = template.schema;
    for (const key of Object.keys(schema)) if (!SCHEMA_KEYS.includes(key)) findings.push(error('requests.schema', `${name}: schema must NOT have additional properties '${key}'`, FILE));
    if (typeof schema.method !== 'string' || !METHODS.includes(schema.method)) findings.push(error('requests.schema', `${name}.schema.method must be one of ${METHODS.join(', ')}`, FILE));
    if (schema.protocol !== undefined && schema.protocol !== 'https')
      findings.push(error('requests.schema', `${name}.schema.protocol must be https (http is for local testing only)`, FILE));
    if (typeof schema.host !== 'string' || schema.host === '') findings.push(error('requests.schema', `${name}.schema.host is required`, FILE));
    else {
      const problem = hostProblem(schema.host);
      if (problem) findings.push(error('requests.schema', `${name}: ${problem}`, FILE));
    }
    if (schema.path !== undefined && (typeof schema.path !== 'string' || !schema.path.startsWith('/')))
      findings.push(error('requests.schema', `${name}: schema/path must start with '/'`, FILE));

    const options = template.options;
    if (options !== undefined) {
      if (!isObject(options)) findings.push(error('requests.options', `${name}.options must be an object`, FILE));
      else {
        const { maxAttempts, retryDelay } = options;
        if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && (maxAttempts as number) >= 1 && (maxAttempts as number) <= 5))
          findings.push(error('requests.options', `${name}.options.maxAttempts must be an integer from 1 to 5`, FILE));
        if (retryDelay !== undefined && !(Number.isInteger(retryDelay) && (retryDelay as number) >= 0 && (retryDelay as number) <= 1500 && (retryDelay as number) % 100 === 0))
          findings.push(error('requests.options', `${name}.options.retryDelay must be a multiple of 100 up to 1500`, FILE));
        for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) findings.push(warning('requests.options', `${name}.options.${key} is not a documented option`, FILE));
      }
    }

    // Secure iparams are substituted in headers only; anywhere else they would reach a URL and its logs.
    const places: [string, unknown][] = [
      ['host', schema.host],
      ['path', schema.path],
      ['query', schema.query],
      ['headers', schema.headers],
    ];
    for (const [place, value] of places)
      for (const ref of strings(value).flatMap(iparamRefs)) {
        if (!iparams.custom && !iparams.names.includes(ref)) findings.push(error('requests.iparams', `${name}.schema.${place} uses iparam.${ref}, which config/iparams.json does not declare`, FILE));
        if (place !== 'headers' && iparams.secure.includes(ref)) findings.push(error('requests.secure-iparams', `${name}: secure iparam ${ref} may only be used in headers, not in ${place}`, FILE));
      }
  }
  return findings;
}
