// How the lookup reaches Shopify. The transport is injected because the same query travels three ways:
//   - the Shopify admin extension: `fetch('shopify:admin/api/graphql.json')`, authenticated by the host;
//   - Zendesk: `client.request({url, type: 'POST', secure: true, httpCompleteResponse: true, headers:
//     {'X-Shopify-Access-Token': '{{setting.shopify_token}}'}, …})`, so the token stays in Zendesk's proxy;
//   - Freshdesk: `client.request.invokeTemplate('shopifyGraphql', {body: JSON.stringify(request)})`, the
//     token living in a secure iparam that only the request template can read.
// Each app adapts its host call to this one shape; nothing here ever sees a token.

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface TransportResponse {
  status: number;
  /** Header names in lower case (fetch's `Headers` already are). */
  headers?: Record<string, string>;
  /** The raw body: parsing it is ours, so a proxy that mangles JSON shows up as 'malformed'. */
  body: string;
}

/** A fetch-like call. `signal` aborts it when the lookup's timeout fires; transports may ignore it. */
export type Transport = (request: GraphQLRequest, init?: { signal?: AbortSignal }) => Promise<TransportResponse>;

/** The Admin GraphQL endpoint for a backend that holds the token itself. */
export function adminGraphqlUrl(shopDomain: string, apiVersion: string): string {
  return `https://${shopDomain}/admin/api/${apiVersion}/graphql.json`;
}

/**
 * A transport over a fetch function: the extension passes `'shopify:admin/api/graphql.json'` and the
 * worker's global fetch; a backend passes `adminGraphqlUrl(…)` and its token header.
 */
export function fetchTransport(
  url: string,
  options: { fetch?: typeof globalThis.fetch; headers?: Record<string, string> } = {},
): Transport {
  // Called through a closure: a bare reference to the global fetch can throw "Illegal invocation" in browsers.
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  return async (request, init) => {
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...options.headers },
      body: JSON.stringify(request),
      ...(init?.signal ? { signal: init.signal } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  };
}
