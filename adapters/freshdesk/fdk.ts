// The part of the Freshworks app client (`await app.initialized()`, platform 3.0) this app uses, typed
// from hosts/freshdesk.md §2–§3. The real client comes from `{{{appclient}}}` in app/index.html; nothing
// here imports it, so tests and the browser test host pass a scripted one (fakeClient.ts).

/** `client.data.get(name)` resolves to the object wrapped in its own name: `{ticket: {...}}`. */
export type DataName = 'ticket' | 'contact' | 'requester' | 'loggedInUser' | 'currentHost' | 'status_options' | 'priority_options';

/** What `client.request.invokeTemplate` resolves to, and (with a non-2xx status) rejects with. */
export interface TemplateResponse {
  status: number;
  headers?: Record<string, string>;
  /** Always a string: parsing it is the caller's job (§2 "Request method"). */
  response: string;
  /** On failures: whether the app's target ("APP") or the platform ("PLATFORM") failed. */
  errorSource?: string;
  attempts?: number;
}

export interface InvokeOptions {
  context?: Record<string, unknown>;
  body?: string;
  cache?: boolean;
  ttl?: number;
}

/** The event object handed to `client.events.on` callbacks. */
export interface FdkEvent {
  type?: string;
  helper: {
    getData(): unknown;
    /** Intercepted events only: let the host action proceed. */
    done?(): void;
    /** Intercepted events only: stop the host action, showing `message`. */
    fail?(message: string): void;
  };
}

export type EventCallback = (event: FdkEvent) => void | Promise<void>;

export interface FreshdeskClient {
  data: { get(name: DataName | string): Promise<Record<string, unknown>> };
  events: {
    on(name: string, callback: EventCallback, options?: { intercept?: boolean }): void;
  };
  interface: { trigger(action: string, options: Record<string, unknown>): Promise<unknown> };
  request: { invokeTemplate(name: string, options: InvokeOptions): Promise<TemplateResponse> };
  /** Non-secure installation parameters only: the Shopify token never comes back here (§2). */
  iparams: { get(name?: string): Promise<Record<string, unknown>> };
  instance?: { resize(options: { height: string | number }): unknown };
}
