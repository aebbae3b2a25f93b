// Who may give how much: the frontline's own limit (domain §7: ¥500 without an approval chain),
// the supervisor's, and the exchange rates that let one limit judge an amount in any currency.
import * as z from './zod.ts';
import type { Approver, Money } from './model.ts';

export const Role = z.enum(['agent', 'supervisor']);
export type Role = z.infer<typeof Role>;

const currencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as "USD"'));
const currencyAmounts = z.record(currencyCode, z.number().check(z.positive()));

export const Authority = z.strictObject({
  /** The currency limits are judged in when an amount's own currency has no limit of its own. */
  currency: currencyCode,
  /** Per role, the most that role may give on its own, per currency. */
  limits: z.strictObject({ agent: currencyAmounts, supervisor: currencyAmounts }),
  /** How many units of `currency` one unit of each other currency is worth. */
  rates: currencyAmounts,
});
export type Authority = z.infer<typeof Authority>;

// Rates follow the ratios of the default high-value thresholds in policy.ts, so "high value" and
// "above the agent's limit" agree across currencies. A shop with live rates overrides them.
export const defaultAuthority: Authority = {
  currency: 'CNY',
  // The supervisor's default is the high-value threshold: a loss the frontline could not cover.
  limits: { agent: { CNY: 500 }, supervisor: { CNY: 3000 } },
  rates: { USD: 7.14, EUR: 7.69, GBP: 9.09, HKD: 0.91, TWD: 0.222, JPY: 0.047, AUD: 4.7, CAD: 5.2, SGD: 5.3 },
};

/** `money` in the authority's base currency; undefined when no rate converts it. */
function inBase(money: Money, authority: Authority): number | undefined {
  if (money.currency === authority.currency) return money.amount;
  const rate = authority.rates[money.currency];
  return rate === undefined ? undefined : money.amount * rate;
}

/** The most `role` may give, expressed in `currency`; undefined when no limit or rate reaches it. */
export function limitFor(role: Role, currency: string, authority: Authority): Money | undefined {
  const limits = authority.limits[role];
  const own = limits[currency];
  if (own !== undefined) return { amount: own, currency };
  const base = limits[authority.currency];
  if (base === undefined) return undefined;
  if (currency === authority.currency) return { amount: base, currency };
  const rate = authority.rates[currency];
  return rate === undefined ? undefined : { amount: base / rate, currency };
}

/** Whether `money` is within `role`'s limit; undefined when it cannot be judged. */
export function isWithin(money: Money, role: Role, authority: Authority): boolean | undefined {
  const limit = limitFor(role, money.currency, authority);
  if (limit !== undefined) return money.amount <= limit.amount + 1e-9;
  const base = inBase(money, authority);
  const baseLimit = authority.limits[role][authority.currency];
  return base === undefined || baseLimit === undefined ? undefined : base <= baseLimit + 1e-9;
}

/** Who must approve giving `money`; undefined when the frontline may give it. */
export function approverFor(money: Money, authority: Authority): Approver | undefined {
  const agent = isWithin(money, 'agent', authority);
  if (agent === true) return undefined;
  // An amount no limit can judge goes to the supervisor rather than being waved through.
  if (agent === undefined) return 'supervisor';
  return isWithin(money, 'supervisor', authority) === false ? 'crisis_team' : 'supervisor';
}
