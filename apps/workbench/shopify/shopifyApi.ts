// The host side of the preview: the `shopify` global an admin extension reads, typed against the real
// 2026-07 target Api, and the fetch routing that stands in for Shopify's authenticated
// `shopify:admin/api/graphql.json`. What would need Shopify itself (the ID token, pickers, intents) is
// absent or refuses; what the extensions use behaves as in the admin.
import type { ActionApi, BlockApi } from '../../shopify/src/adminApi.ts';
import { withLocaleData } from '../../shopify/localeData.ts';
import { translatorFor, type Messages } from '../../shopify/localeTranslator.ts';
import actionEn from '../../../manifests/shopify/extensions/complaint-action/locales/en.default.json';
import actionZhCN from '../../../manifests/shopify/extensions/complaint-action/locales/zh-CN.json';
import actionZhTW from '../../../manifests/shopify/extensions/complaint-action/locales/zh-TW.json';
import blockEn from '../../../manifests/shopify/extensions/complaint-block/locales/en.default.json';
import blockZhCN from '../../../manifests/shopify/extensions/complaint-block/locales/zh-CN.json';
import blockZhTW from '../../../manifests/shopify/extensions/complaint-block/locales/zh-TW.json';

export type PreviewTarget = 'block' | 'action';
export type PreviewLocale = 'en' | 'zh-CN' | 'zh-TW';
export const LOCALES: readonly PreviewLocale[] = ['en', 'zh-CN', 'zh-TW'];

/** The extension each `target=` runs, by its Shopify target and its handle in manifests/shopify. */
export const TARGETS = {
  block: { target: 'admin.order-details.block.render', handle: 'complaint-block' },
  action: { target: 'admin.order-details.action.render', handle: 'complaint-action' },
} as const;

/** The extensions' API version (their shopify.extension.toml). */
export const API_VERSION = '2026-07';
/** Same-origin, absolute: the workbench's service worker (msw) answers it, a test's server does too. */
export const adminGraphqlPath = (version: string = API_VERSION) => `/shopify/admin/api/${version}/graphql.json`;

const MESSAGES: Record<'complaint-block' | 'complaint-action', Record<PreviewLocale, Messages>> = {
  'complaint-block': { en: blockEn, 'zh-CN': blockZhCN, 'zh-TW': blockZhTW },
  // As the build writes them: the action's with the language data it reads from its locale files.
  'complaint-action': { en: withLocaleData(actionEn), 'zh-CN': withLocaleData(actionZhCN), 'zh-TW': withLocaleData(actionZhTW) },
};

export interface PreviewParams {
  target: PreviewTarget;
  /** `gid://shopify/Order/N`; absent when the URL names none (the extension then says so). */
  orderId?: string;
  locale: PreviewLocale;
}

/** `?target=block|action&order=gid://shopify/Order/N&locale=en|zh-CN|zh-TW`; what is wrong is listed, defaults apply. */
export function readParams(search: string): { params: PreviewParams; problems: string[] } {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const target = query.get('target') ?? 'block';
  const locale = query.get('locale') ?? 'en';
  const order = query.get('order') ?? undefined;
  if (target !== 'block' && target !== 'action') problems.push(`target must be block or action, not "${target}"`);
  if (!(LOCALES as readonly string[]).includes(locale)) problems.push(`locale must be one of ${LOCALES.join(', ')}, not "${locale}"; showing en`);
  if (order !== undefined && !/^gid:\/\/shopify\/Order\/\d+$/.test(order)) problems.push(`order must look like gid://shopify/Order/123, not "${order}"`);
  const params: PreviewParams = {
    target: target === 'action' ? 'action' : 'block',
    locale: (LOCALES as readonly string[]).includes(locale) ? (locale as PreviewLocale) : 'en',
  };
  if (order !== undefined) params.orderId = order;
  return { params, problems };
}

/** What the page tells the workbench around it (window.parent, same origin). */
export type HostMessage = { shopifyNavigate: string } | { shopifyClose: true } | { shopifyResize: { height: number } };

export function postToHost(message: HostMessage): void {
  // Same origin only: the workbench serves this page itself. Standalone, the page posts to itself.
  window.parent.postMessage(message, location.origin);
}

type I18n = BlockApi['i18n'];
type Translate = I18n['translate'];
type Storage = BlockApi['storage'];
/** Shopify's I18n plus the admin's locale, which the 2026-07 admin type leaves out. */
export type PreviewI18n = I18n & { locale: PreviewLocale };

/**
 * `i18n.translate` over the real locale file, through the same translator the extension tests use
 * (dotted keys, `{{name}}`, plural branches by `count`). A key missing in zh-* falls back to English,
 * as Shopify falls back to the default locale; missing everywhere, the key itself shows, with a warning.
 */
function translateFor(handle: keyof typeof MESSAGES, locale: PreviewLocale): Translate {
  const primary = translatorFor(MESSAGES[handle][locale], locale);
  const fallback = translatorFor(MESSAGES[handle].en, 'en');
  const translate = (key: string, options: Record<string, unknown> = {}): string => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(options)) values[name] = typeof value === 'number' ? value : String(value);
    try {
      return primary(key, values);
    } catch (error) {
      console.warn(`[shopify preview] ${handle} ${locale}: ${error instanceof Error ? error.message : String(error)}`);
      try {
        return fallback(key, values);
      } catch {
        return key;
      }
    }
  };
  return translate as Translate;
}

function i18nFor(handle: keyof typeof MESSAGES, locale: PreviewLocale): PreviewI18n {
  const strip = <T extends { inExtensionLocale?: boolean }>(options: T | undefined) => {
    const { inExtensionLocale: _, ...rest } = options ?? ({} as T);
    return rest;
  };
  return {
    locale,
    translate: translateFor(handle, locale),
    formatNumber: (n, options) => new Intl.NumberFormat(locale, strip(options)).format(n),
    formatCurrency: (n, options) => new Intl.NumberFormat(locale, { currency: 'USD', ...strip(options), style: 'currency' }).format(n),
    formatDate: (date, options) => new Intl.DateTimeFormat(locale, strip(options)).format(date),
  };
}

/** `shopify.storage`, for this page's life (the admin's is per extension and persistent). */
function memoryStorage(): Storage {
  const map = new Map<unknown, unknown>();
  const storage = {
    set: async (key: unknown, value: unknown) => void map.set(key, value),
    setMany: async (entries: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(entries)) map.set(k, v);
    },
    get: async (key: unknown) => map.get(key),
    getMany: async (keys: unknown[]) => keys.map((k) => map.get(k)),
    clear: async () => map.clear(),
    delete: async (key: unknown) => map.delete(key),
    deleteMany: async (keys: unknown[]) => Object.fromEntries(keys.map((k) => [String(k), map.delete(k)])),
    entries: async () => map.entries(),
  };
  // The generic signatures (typed keys per call) cannot be written without casts; the behaviour is a Map.
  return storage as unknown as Storage;
}

const unavailable = (what: string) => async (): Promise<never> => {
  throw new Error(`${what} is not available in the workbench preview`);
};

/** `shopify.query`: the direct Admin API, through the same same-origin endpoint as fetch. */
const query: BlockApi['query'] = async <Data,>(text: string, options?: { variables?: unknown; version?: unknown }) => {
  const version = options?.version === undefined ? API_VERSION : String(options.version);
  const response = await fetch(adminGraphqlPath(version), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: text, variables: options?.variables ?? {} }),
  });
  return (await response.json()) as { data?: Data; errors?: Awaited<ReturnType<BlockApi['query']>>['errors'] };
};

function common(handle: keyof typeof MESSAGES, params: PreviewParams) {
  return {
    data: { selected: params.orderId ? [{ id: params.orderId }] : [] },
    i18n: i18nFor(handle, params.locale),
    auth: { idToken: async () => null },
    intents: {},
    storage: memoryStorage(),
    query,
    resourcePicker: unavailable('shopify.resourcePicker'),
    picker: unavailable('shopify.picker'),
  };
}

export type PreviewBlockApi = BlockApi & { i18n: PreviewI18n };
export type PreviewActionApi = ActionApi & { i18n: PreviewI18n };

export function blockApiFor(params: PreviewParams): PreviewBlockApi {
  return {
    ...common(TARGETS.block.handle, params),
    extension: { target: TARGETS.block.target },
    // The block's one way out: open the action (`extension://complaint-action`) or an admin URL.
    navigation: { navigate: (url) => postToHost({ shopifyNavigate: String(url) }) },
  };
}

export function actionApiFor(params: PreviewParams): PreviewActionApi {
  return {
    ...common(TARGETS.action.handle, params),
    extension: { target: TARGETS.action.target },
    close: () => postToHost({ shopifyClose: true }),
  };
}

/** Installs `globalThis.shopify` for the target; the extension reads it when it renders. */
export function installShopify(params: PreviewParams): PreviewBlockApi | PreviewActionApi {
  const api = params.target === 'block' ? blockApiFor(params) : actionApiFor(params);
  (globalThis as unknown as { shopify: typeof api }).shopify = api;
  return api;
}

const SHOPIFY_ADMIN_GRAPHQL = /^shopify:\/{0,2}admin\/api\/(?:([\w-]+)\/)?graphql\.json$/;

/** The same-origin path for a `shopify:admin/api[/version]/graphql.json` URL, or undefined for any other URL. */
export function routedUrl(url: string): string | undefined {
  const match = SHOPIFY_ADMIN_GRAPHQL.exec(url);
  return match ? adminGraphqlPath(match[1] ?? API_VERSION) : undefined;
}

/** Sends the extension's `fetch('shopify:admin/api/graphql.json', …)` to the same-origin endpoint; other fetches pass. */
export function routeAdminFetch(): void {
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const routed = routedUrl(url);
    if (routed === undefined) return original(input, init);
    const target = new URL(routed, location.origin);
    return original(input instanceof Request ? new Request(target, input) : target, init);
  };
}
