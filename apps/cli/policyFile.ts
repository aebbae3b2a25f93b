// `--policy FILE`, shared by the commands: the shop's JSON policy merged over the default.
import { readFile } from 'node:fs/promises';
import { PolicyError, defaultPolicy, resolvePolicy, type Policy } from '../../core/policy.ts';

/** The policy, or the message naming what is wrong with the file (the caller exits 2 with it). */
export async function loadPolicyFile(path: string | undefined): Promise<{ policy: Policy } | { error: string }> {
  if (path === undefined) return { policy: defaultPolicy };
  try {
    return { policy: resolvePolicy(JSON.parse(await readFile(path, 'utf8'))) };
  } catch (e) {
    const detail = e instanceof PolicyError ? e.message : (e as Error).message;
    return { error: `--policy ${path}: invalid policy\n${detail}` };
  }
}
