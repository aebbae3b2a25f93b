// config/iparams.json (or a custom iparams.html, never both): "iparams.json is mandatory" (hosts/freshdesk.md
// §1), and each parameter well formed. The type list is the FDK's installation-page field types; it is
// not in our research notes, so a type Freshworks adds later must be added here before it is used.
import { isObject, json, type AppFolder } from './appFolder.ts';
import { error, type Finding } from './finding.ts';

const FILE = 'config/iparams.json';
export const IPARAM_TYPES = ['text', 'paragraph', 'dropdown', 'number', 'email', 'phone_number', 'date', 'url', 'radio', 'checkbox', 'multiselect', 'api_key', 'domain'];
const WITH_OPTIONS = ['dropdown', 'radio', 'multiselect'];

export interface IparamFacts {
  names: string[];
  secure: string[];
  /** A custom installation page: its parameters are not declared in JSON, so references cannot be checked. */
  custom: boolean;
}

export function iparamRules(folder: AppFolder): { findings: Finding[]; facts: IparamFacts } {
  const findings: Finding[] = [];
  const facts: IparamFacts = { names: [], secure: [], custom: false };
  const hasJson = folder.files.has(FILE);
  const hasHtml = folder.files.has('config/iparams.html');
  if (!hasJson && !hasHtml) return { findings: [error('iparams.present', 'iparams.json is mandatory (or a custom config/iparams.html)')], facts };
  if (hasJson && hasHtml) findings.push(error('iparams.present', 'config/iparams.json and config/iparams.html cannot both exist', FILE));
  if (!hasJson) {
    facts.custom = true;
    return { findings, facts };
  }
  const parsed = json(folder, FILE)!;
  if ('error' in parsed) return { findings: [...findings, error('iparams.schema', `not valid JSON: ${parsed.error}`, FILE)], facts };
  if (!isObject(parsed.value)) return { findings: [...findings, error('iparams.schema', 'must be a JSON object of parameters', FILE)], facts };
  for (const [name, p] of Object.entries(parsed.value)) {
    facts.names.push(name);
    if (!isObject(p)) {
      findings.push(error('iparams.schema', `${name} must be an object`, FILE));
      continue;
    }
    if (p.secure === true) facts.secure.push(name);
    if (typeof p.display_name !== 'string' || p.display_name.trim() === '') findings.push(error('iparams.schema', `${name}.display_name is required`, FILE));
    if (typeof p.type !== 'string' || !IPARAM_TYPES.includes(p.type)) findings.push(error('iparams.schema', `${name}.type must be one of ${IPARAM_TYPES.join(', ')}`, FILE));
    for (const flag of ['required', 'secure']) if (flag in p && typeof p[flag] !== 'boolean') findings.push(error('iparams.schema', `${name}.${flag} must be true or false`, FILE));
    if (typeof p.type === 'string' && WITH_OPTIONS.includes(p.type)) {
      const options = p.options;
      if (!Array.isArray(options) || options.length === 0) findings.push(error('iparams.schema', `${name} (${p.type}) needs a non-empty "options" list`, FILE));
      else if ('default_value' in p && !options.includes(p.default_value)) findings.push(error('iparams.schema', `${name}.default_value is not one of its options`, FILE));
    }
  }
  return { findings, facts };
}
