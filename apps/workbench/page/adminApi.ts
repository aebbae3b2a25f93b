// The Shopify Admin API, answered in the browser by msw's service worker from the workbench's pretend
// store (mockShop.ts). The Zendesk and Freshdesk host pages and the Shopify preview all post to this one
// same-origin URL; msw's worker hands requests from those frames to this page, the top-level client.
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { answerAdminGraphql, emptyShop, type Mode } from '../mockShop.ts';

export const ADMIN_API_PATH = '/shopify/admin/api/2026-07/graphql.json';

export interface AdminApi {
  mode: Mode;
  /** Requests answered since the page opened, for the call counters. */
  requests: number;
}

export async function startAdminApi(): Promise<AdminApi> {
  const api: AdminApi = { mode: 'normal', requests: 0 };
  const shop = emptyShop();
  const worker = setupWorker(
    http.post(ADMIN_API_PATH, async ({ request }) => {
      api.requests++;
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return HttpResponse.json({ errors: 'The request body is not JSON.' }, { status: 400 });
      }
      const answer = answerAdminGraphql(typeof body === 'object' && body !== null ? body : {}, api.mode, shop, new Date());
      if (answer.delayMs) await delay(answer.delayMs);
      return HttpResponse.json(answer.body as object, { status: answer.status });
    }),
  );
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return api;
}
