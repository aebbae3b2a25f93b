// manifest.json as `fdk validate` checks it for platform 3.0 (hosts/freshdesk.md §1): platform version,
// `engines`, no `name`, at least one product module, locations only where they belong, no empty blocks,
// and every location's page and icon present in app/.
import { isObject, json, type AppFolder } from './appFolder.ts';
import { error, warning, type Finding } from './finding.ts';

const FILE = 'manifest.json';
/** Locations `common` may hold; every other location belongs to a product module. */
const COMMON_LOCATIONS = ['full_page_app', 'cti_global_sidebar'];
export const SUPPORT_TICKET_LOCATIONS = [
  'ticket_sidebar',
  'ticket_requester_info',
  'ticket_top_navigation',
  'ticket_background',
  'time_entry_background',
  'ticket_attachment',
  'ticket_conversation_editor',
  'new_ticket_requester_info',
  'new_ticket_background',
];
/** Background locations render nothing, so they need no icon. */
const BACKGROUND = /_background$/;
const TOP_LEVEL = ['platform-version', 'modules', 'engines', 'dependencies', 'metaConfig', 'scripts', 'app'];
const BLOCKS = ['functions', 'requests', 'events', 'location'];
const VERSION = /^\d+\.\d+\.\d+$/;

export interface ManifestFacts {
  manifest?: Record<string, unknown>;
  /** `modules.common.requests` names. */
  declaredRequests: string[];
}

export function manifestRules(folder: AppFolder): { findings: Finding[]; facts: ManifestFacts } {
  const findings: Finding[] = [];
  const facts: ManifestFacts = { declaredRequests: [] };
  const parsed = json(folder, FILE);
  if (!parsed) return { findings: [error('manifest.missing', 'manifest.json is missing')], facts };
  if ('error' in parsed) return { findings: [error('manifest.json', `manifest.json is not valid JSON: ${parsed.error}`, FILE)], facts };
  const m = parsed.value;
  if (!isObject(m)) return { findings: [error('manifest.json', 'manifest.json must be a JSON object', FILE)], facts };
  facts.manifest = m;

  if (m['platform-version'] !== '3.0') findings.push(error('manifest.platform-version', `platform-version must be "3.0" (found ${JSON.stringify(m['platform-version'])})`, FILE));
  if ('name' in m) findings.push(error('manifest.name', 'a "name" key is not allowed in a 3.0 manifest', FILE));
  for (const key of Object.keys(m)) if (!TOP_LEVEL.includes(key) && key !== 'name') findings.push(warning('manifest.unknown-key', `unknown top-level key "${key}"`, FILE));

  const engines = m.engines;
  if (!isObject(engines)) findings.push(error('manifest.engines', "must have required property 'engines'", FILE));
  else
    for (const key of ['node', 'fdk'])
      if (typeof engines[key] !== 'string' || !VERSION.test(engines[key] as string)) findings.push(error('manifest.engines', `engines.${key} must be a version such as "24.11.1"`, FILE));

  const modules = m.modules;
  if (!isObject(modules)) {
    findings.push(error('manifest.modules', 'modules must be an object', FILE));
    return { findings, facts };
  }
  const products = Object.keys(modules).filter((k) => k !== 'common');
  if (products.length === 0) findings.push(error('manifest.product-module', 'at least one product module is required (e.g. "support_ticket": {})', FILE));

  for (const [name, module] of Object.entries(modules)) {
    if (!isObject(module)) {
      findings.push(error('manifest.modules', `modules.${name} must be an object`, FILE));
      continue;
    }
    for (const block of BLOCKS)
      if (block in module && (!isObject(module[block]) || Object.keys(module[block] as object).length === 0))
        findings.push(error('manifest.empty-block', `modules.${name}.${block} must not be empty`, FILE));
    if (name === 'common' && isObject(module.requests)) facts.declaredRequests = Object.keys(module.requests);
    if (!isObject(module.location)) continue;
    for (const [location, config] of Object.entries(module.location)) {
      if (!locationAllowed(name, location)) {
        const where = SUPPORT_TICKET_LOCATIONS.includes(location) ? 'support_ticket' : COMMON_LOCATIONS.includes(location) ? 'common' : undefined;
        findings.push(error('manifest.location', `Invalid location(s) mentioned in modules: ${location} cannot sit under ${name}${where ? ` (it belongs under ${where})` : ''}`, FILE));
      }
      if (!isObject(config) || typeof config.url !== 'string') {
        findings.push(error('manifest.location', `modules.${name}.location.${location} needs a "url"`, FILE));
        continue;
      }
      if (!folder.files.has(`app/${config.url}`)) findings.push(error('manifest.location-files', `the location page app/${config.url} does not exist`, FILE));
      if (typeof config.icon === 'string') {
        if (!folder.files.has(`app/${config.icon}`)) findings.push(error('manifest.location-files', `the location icon app/${config.icon} does not exist`, FILE));
      } else if (!BACKGROUND.test(location)) findings.push(error('manifest.location-files', `modules.${name}.location.${location} needs an "icon"`, FILE));
    }
  }
  return { findings, facts };
}

function locationAllowed(module: string, location: string): boolean {
  if (module === 'common') return COMMON_LOCATIONS.includes(location);
  if (module === 'support_ticket') return SUPPORT_TICKET_LOCATIONS.includes(location);
  // Other products' lists are not in our sources; only the common ones are known not to belong there.
  return !COMMON_LOCATIONS.includes(location);
}

/** The icons the manifest names, for the size check. */
export function locationIcons(manifest: Record<string, unknown> | undefined): string[] {
  const icons = new Set<string>();
  if (!manifest || !isObject(manifest.modules)) return [];
  for (const module of Object.values(manifest.modules))
    if (isObject(module) && isObject(module.location))
      for (const config of Object.values(module.location)) if (isObject(config) && typeof config.icon === 'string') icons.add(`app/${config.icon}`);
  return [...icons];
}

/** The pages the manifest names, for the app-client check. */
export function locationPages(manifest: Record<string, unknown> | undefined): string[] {
  const pages = new Set<string>();
  if (!manifest || !isObject(manifest.modules)) return [];
  for (const module of Object.values(manifest.modules))
    if (isObject(module) && isObject(module.location))
      for (const config of Object.values(module.location)) if (isObject(config) && typeof config.url === 'string') pages.add(`app/${config.url}`);
  return [...pages];
}
