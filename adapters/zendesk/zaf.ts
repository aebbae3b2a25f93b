// The part of the ZAF v2 client (`ZAFClient.init()`) this app uses, typed from hosts/zendesk.md §1 and
// §5. The SDK itself is loaded by assets/iframe.html; nothing here imports it, so tests pass a fake.

/** `get`/`set`/`invoke` resolve to the whole `result` object, keyed by path, plus `errors`. */
export interface ZafResult {
  errors?: Record<string, unknown>;
  [path: string]: unknown;
}

/** Options of `client.request` (the ZAF docs; zaf-toolbox's IRequestOptions). */
export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  contentType?: string;
  data?: string;
  headers?: Record<string, string>;
  /** Route through Zendesk's proxy, which substitutes `{{setting.…}}` with secure values. */
  secure?: boolean;
  /** Must stay false: `cors: true` skips the proxy, so secure settings are never substituted. */
  cors?: boolean;
  /** We retry ourselves (Retry-After); ZAF's own 429 retry would double it. */
  autoRetry?: boolean;
  httpCompleteResponse?: boolean;
  timeout?: number;
  dataType?: string;
}

export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  settings?: Record<string, unknown>;
}

export interface ZafClient {
  get(paths: string | string[]): Promise<ZafResult>;
  set(path: string | Record<string, unknown>, value?: unknown): Promise<ZafResult>;
  invoke(name: string, ...args: unknown[]): Promise<ZafResult>;
  on(event: string, handler: (data: unknown) => void): void;
  off?(event: string, handler: (data: unknown) => void): void;
  request(options: ZafRequestOptions): Promise<unknown>;
  metadata(): Promise<ZafMetadata>;
  context?(): Promise<Record<string, unknown>>;
}
