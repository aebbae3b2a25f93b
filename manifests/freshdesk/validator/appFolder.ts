// The files `fdk pack` would put in the package: the FDK app layout (hosts/freshdesk.md §1) and nothing
// else, so this folder's own TypeScript (the validator, the tests) never counts as app content.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Top-level entries of an FDK app; anything else in the folder is ours, not the package's. */
export const PACKAGE_ENTRIES = ['manifest.json', 'README.md', 'app', 'config', 'server'] as const;

export interface AppFolder {
  root: string;
  /** Package files by path relative to the root, with forward slashes. */
  files: Map<string, Buffer>;
}

function walk(dir: string, root: string, out: Map<string, Buffer>): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path, root, out);
    else if (stat.isFile()) out.set(relative(root, path).split(sep).join('/'), readFileSync(path));
  }
}

export function readAppFolder(root: string): AppFolder {
  const files = new Map<string, Buffer>();
  for (const entry of PACKAGE_ENTRIES) {
    const path = join(root, entry);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(path, root, files);
    else files.set(entry, readFileSync(path));
  }
  return { root, files };
}

export const text = (folder: AppFolder, path: string): string | undefined => folder.files.get(path)?.toString('utf8');

/** Parsed JSON, or the parse error's message. */
export function json(folder: AppFolder, path: string): { value: unknown } | { error: string } | undefined {
  const t = text(folder, path);
  if (t === undefined) return undefined;
  try {
    return { value: JSON.parse(t) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
