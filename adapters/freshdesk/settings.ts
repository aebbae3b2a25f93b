// The installation's settings: the non-secure iparams `client.iparams.get()` returns. The Shopify token is
// a secure iparam that only the request template reads (config/requests.json), so it is never here.
import { defaultPolicy, resolvePolicy, PolicyError, type Policy } from '../../core/index.ts';
import { holdsCredential, redactCredentials } from '../shopify/redact.ts';

/** Iparam names: manifests/freshdesk/config/iparams.json declares exactly these (checked by its test). */
export const IPARAMS = {
  shopDomain: 'shop_domain',
  shopifyToken: 'shopify_access_token',
  orderField: 'order_number_field',
  tierField: 'tier_field',
  categoryField: 'category_field',
  policy: 'policy_json',
  privateNote: 'add_private_note',
  emailLookup: 'lookup_orders_by_email',
} as const;

export interface SettingProblem {
  /** The iparam's name, as the admin sees it on the installation page. */
  setting: string;
  message: string;
}

export interface FreshdeskSettings {
  /** `shop.myshopify.com`, or undefined when not set or not a Shopify domain. */
  shopDomain?: string;
  /** Custom field names as the ticket carries them (`cf_order_number`). */
  orderField?: string;
  tierField?: string;
  categoryField?: string;
  addPrivateNote: boolean;
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

/** A dropdown answers "Yes"/"No"; older installs or a checkbox may give booleans or `["Yes"]`. */
export function flag(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(flag);
  if (v === true || v === 1) return true;
  return typeof v === 'string' && ['yes', 'true', '1', 'on', '是'].includes(v.trim().toLowerCase());
}

/** A custom field's name: `cf_order_number`; the admin may type it without the prefix. */
function fieldName(raw: unknown, setting: string, problems: SettingProblem[]): string | undefined {
  const value = text(raw);
  if (value === undefined) return undefined;
  const name = value.startsWith('cf_') ? value : `cf_${value}`;
  if (/^cf_[a-z0-9_]{1,120}$/i.test(name)) return name;
  problems.push({ setting, message: `"${value.slice(0, 40)}" is not a custom field name such as cf_order_number` });
  return undefined;
}

/** The request template's host: a bare FQDN (`acme.myshopify.com`), never a URL. */
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
export function parseSettings(iparams: Record<string, unknown> | undefined): FreshdeskSettings {
  const out = readSettings(iparams);
  for (const problem of out.problems) problem.message = redactCredentials(problem.message);
  return out;
}

function readSettings(iparams: Record<string, unknown> | undefined): FreshdeskSettings {
  const s = iparams ?? {};
  const problems: SettingProblem[] = [];
  const out: FreshdeskSettings = {
    addPrivateNote: flag(s[IPARAMS.privateNote]),
    emailLookup: flag(s[IPARAMS.emailLookup]),
    policy: defaultPolicy,
    problems,
  };
  const rawShop = text(s[IPARAMS.shopDomain]);
  const shop = shopDomainOf(rawShop);
  // The template substitutes the iparam as typed, so a domain we would have to rewrite is a problem to
  // show, not something to fix silently: the request would go to the unrewritten host.
  if (shop && shop === rawShop) out.shopDomain = shop;
  else if (rawShop !== undefined)
    problems.push({
      setting: IPARAMS.shopDomain,
      message: holdsCredential(rawShop)
        ? `this looks like an access token: it belongs in the ${IPARAMS.shopifyToken} setting, which is kept secret`
        : `"${rawShop.slice(0, 60)}" is not a shop domain such as your-shop.myshopify.com`,
    });
  const order = fieldName(s[IPARAMS.orderField], IPARAMS.orderField, problems);
  if (order) out.orderField = order;
  const tier = fieldName(s[IPARAMS.tierField], IPARAMS.tierField, problems);
  if (tier) out.tierField = tier;
  const category = fieldName(s[IPARAMS.categoryField], IPARAMS.categoryField, problems);
  if (category) out.categoryField = category;

  const rawPolicy = text(s[IPARAMS.policy]);
  if (rawPolicy !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawPolicy);
    } catch (error) {
      problems.push({ setting: IPARAMS.policy, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return out;
    }
    try {
      out.policy = resolvePolicy(parsed);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      for (const issue of error.issues.slice(0, 5)) problems.push({ setting: IPARAMS.policy, message: `${issue.path || '(policy)'}: ${issue.message}` });
    }
  }
  return out;
}
