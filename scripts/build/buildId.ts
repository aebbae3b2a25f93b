// The identity of a sidebar build, defined as COMPLAINT_DESK_BUILD for apps/shared/matcherCache.ts,
// which keys the lexicons it keeps in the browser by it: a hash of every source the bundles are
// built from and of the locked dependencies. Any change that could compile the lexicons otherwise
// changes it, so no build reads tables another build stored.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const SOURCES = ['core', 'adapters', 'apps/shared', 'apps/zendesk', 'apps/freshdesk', 'package-lock.json'];

export function buildId(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    const names = statSync(join(ROOT, source)).isDirectory() ? readdirSync(join(ROOT, source), { recursive: true, encoding: 'utf8' }).sort().map((name) => join(source, name)) : [source];
    for (const name of names) {
      if (statSync(join(ROOT, name)).isDirectory()) continue;
      hash.update(name).update('\0').update(readFileSync(join(ROOT, name))).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
