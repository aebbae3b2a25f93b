// The host's `shopify` global, typed per target, and the two things every view takes from it: the order
// on screen and an authenticated transport to the Admin GraphQL API. The global is read when a view
// renders, never at import time, so tests can install their mock first.
import type { Api as ActionApi } from '@shopify/ui-extensions/admin.order-details.action.render';
import type { Api as BlockApi } from '@shopify/ui-extensions/admin.order-details.block.render';
import { fetchTransport, type Transport } from '../../../adapters/shopify/transport.ts';
import type { Translate } from '../translate.ts';

export type { ActionApi, BlockApi };

export const blockApi = () => (globalThis as unknown as { shopify: BlockApi }).shopify;
export const actionApi = () => (globalThis as unknown as { shopify: ActionApi }).shopify;

/** The order the merchant is looking at: order targets always select exactly one. */
export const selectedOrderId = (api: BlockApi | ActionApi): string | undefined => api.data.selected[0]?.id;

/**
 * Shopify authenticates this URL itself (offline access, as shopify.app.toml asks): no token ever reaches
 * the extension. The API version is the extension's own (2026-07).
 */
export const adminTransport = (): Transport => fetchTransport('shopify:admin/api/graphql.json');

/** `i18n.translate` as text: our messages hold no elements, so the array form never applies. */
export const translatorOf =
  (api: BlockApi | ActionApi): Translate =>
  (key, values) =>
    String(api.i18n.translate(key, values));
