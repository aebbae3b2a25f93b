// A scripted ZAF client for contract tests: answers `get` from a payload, records every call, and
// applies `set`/`invoke` to its own state the way Zendesk does, so a second read sees the first write.
import type { ZafClient, ZafRequestOptions, ZafResult } from './zaf.ts';

export interface Call {
  kind: 'get' | 'set' | 'invoke' | 'request';
  args: unknown[];
}

export function fakeClient(
  payload: Record<string, unknown>,
  options: { settings?: Record<string, unknown>; request?: (o: ZafRequestOptions, n: number) => Promise<unknown> } = {},
): ZafClient & { calls: Call[]; state: Record<string, unknown>; emit(event: string, data?: unknown): void } {
  const state: Record<string, unknown> = { ...payload };
  const calls: Call[] = [];
  const handlers = new Map<string, ((d: unknown) => void)[]>();
  let requests = 0;
  return {
    calls,
    state,
    emit(event, data) {
      for (const h of handlers.get(event) ?? []) h(data);
    },
    async get(paths) {
      calls.push({ kind: 'get', args: [paths] });
      const list = Array.isArray(paths) ? paths : [paths];
      const result: ZafResult = { errors: {} };
      for (const p of list) {
        if (p in state) result[p] = state[p];
        else (result.errors as Record<string, unknown>)[p] = { message: 'Could not find handler' };
      }
      return result;
    },
    async set(path, value) {
      calls.push({ kind: 'set', args: [path, value] });
      const entries = typeof path === 'string' ? { [path]: value } : path;
      Object.assign(state, entries);
      return { errors: {}, ...entries };
    },
    async invoke(name, ...args) {
      calls.push({ kind: 'invoke', args: [name, ...args] });
      if (name === 'ticket.tags.add') {
        const add = (Array.isArray(args[0]) ? args[0] : [args[0]]) as string[];
        state['ticket.tags'] = [...new Set([...((state['ticket.tags'] as string[]) ?? []), ...add])];
      }
      if (name === 'ticket.comment.appendText') state['ticket.comment.text'] = `${(state['ticket.comment.text'] as string) ?? ''}${String(args[0])}`;
      return { errors: {} };
    },
    on(event, handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    off(event, handler) {
      handlers.set(event, (handlers.get(event) ?? []).filter((h) => h !== handler));
    },
    async request(o) {
      calls.push({ kind: 'request', args: [o] });
      if (!options.request) throw { status: 0, responseText: '' };
      return options.request(o, requests++);
    },
    async metadata() {
      return { appId: 1, installationId: 2, name: 'Complaint Desk', version: '0.1.0', settings: options.settings ?? {} };
    },
  };
}
