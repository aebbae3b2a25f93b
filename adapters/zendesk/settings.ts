// The installation's settings (manifest parameters), read from `client.metadata().settings`.
// The Shopify token is a secure parameter: Zendesk never hands it to JavaScript, so it is not here.
import { defaultPolicy, resolvePolicy, PolicyError, type Policy } from '../../core/index.ts';
import { holdsCredential, redactCredentials } from '../shopify/redact.ts';

/** Parameter names: manifests/zendesk/manifest.json declares exactly these. */
export const PARAMS = {
  shopDomain: 'shop_domain',
  shopifyToken: 'shopify_token',
  orderField: 'order_number_field_id',
  tierField: 'tier_field_id',
  categoryField: 'category_field_id',
  policy: 'policy_json',
  internalNote: 'add_internal_note',
  emailLookup: 'lookup_orders_by_email',
} as const;

export interface SettingProblem {
  /** The parameter's name, as the admin sees it in the settings form. */
  setting: string;
  message: string;
}

export interface AppSettings {
  /** `shop.myshopify.com`, or undefined when not set or not a Shopify domain. */
  shopDomain?: string;
  orderFieldId?: string;
  tierFieldId?: string;
  categoryFieldId?: string;
  addInternalNote: boolean;
  emailLookup: boolean;
  policy: Policy;
  /** Settings that could not be used; the app goes on with defaults and shows a banner. */
  problems: SettingProblem[];
}

const text = (v: unknown): string | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
};
const flag = (v: unknown): boolean => v === true || v === 'true' || v === 1 || v === '1';

function fieldId(raw: unknown, setting: string, problems: SettingProblem[]): string | undefined {
  const value = text(raw);
  if (value === undefined) return undefined;
  const id = value.replace(/^custom_field_/, '');
  if (/^\d+$/.test(id)) return id;
  problems.push({ setting, message: `"${value.slice(0, 40)}" is not a ticket field id (digits only, e.g. 360001234567)` });
  return undefined;
}

export function shopDomainOf(raw: unknown): string | undefined {
  const value = text(raw)?.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (value === undefined) return undefined;
  const host = value.includes('.') ? value : `${value}.myshopify.com`;
  return /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/.test(host) ? host : undefined;
}

/**
 * The settings, and a problem for each one that cannot be used. Problems are shown in a banner to every
 * agent, so they never quote a credential: a token pasted into the wrong field is named, not shown.
 */
export function parseSettings(settings: Record<string, unknown> | undefined): AppSettings {
  const out = readSettings(settings);
  for (const problem of out.problems) problem.message = redactCredentials(problem.message);
  return out;
}

function readSettings(settings: Record<string, unknown> | undefined): AppSettings {
  const s = settings ?? {};
  const problems: SettingProblem[] = [];
  const out: AppSettings = {
    addInternalNote: flag(s[PARAMS.internalNote]),
    emailLookup: flag(s[PARAMS.emailLookup]),
    policy: defaultPolicy,
    problems,
  };
  const rawShop = text(s[PARAMS.shopDomain]);
  const shop = shopDomainOf(rawShop);
  if (shop) out.shopDomain = shop;
  else if (rawShop !== undefined)
    problems.push({
      setting: PARAMS.shopDomain,
      message: holdsCredential(rawShop)
        ? `this looks like an access token: it belongs in the ${PARAMS.shopifyToken} setting, which is kept secret`
        : `"${rawShop.slice(0, 60)}" is not a shop domain such as your-shop.myshopify.com`,
    });
  const order = fieldId(s[PARAMS.orderField], PARAMS.orderField, problems);
  if (order) out.orderFieldId = order;
  const tier = fieldId(s[PARAMS.tierField], PARAMS.tierField, problems);
  if (tier) out.tierFieldId = tier;
  const category = fieldId(s[PARAMS.categoryField], PARAMS.categoryField, problems);
  if (category) out.categoryFieldId = category;

  const rawPolicy = text(s[PARAMS.policy]);
  if (rawPolicy !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawPolicy);
    } catch (error) {
      problems.push({ setting: PARAMS.policy, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return out;
    }
    try {
      out.policy = resolvePolicy(parsed);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      for (const issue of error.issues.slice(0, 5))
        problems.push({ setting: PARAMS.policy, message: `${issue.path || '(policy)'}: ${issue.message}` });
    }
  }
  return out;
}
