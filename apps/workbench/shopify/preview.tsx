/** @jsxImportSource preact */
// The real Shopify admin extensions (apps/shopify/src/block.tsx, action.tsx) in an ordinary page, for
// the workbench. In the order: read the query, route `shopify:admin/api/graphql.json` to the same-origin
// endpoint, register the <s-*> components, install `globalThis.shopify`, then import the extension and
// call its default export, which renders into document.body as it does in Shopify's Remote DOM worker.
//
// To the window around it (same origin) the page posts:
//   { shopifyNavigate: "extension://complaint-action" }  the block's navigation.navigate(url)
//   { shopifyClose: true }                               the action's close() (its × and Escape too)
//   { shopifyResize: { height } }                         the block page's height in CSS pixels, on change
import { render } from 'preact';
import { definePolarisElements, onAdminActionClose } from './polaris/index.ts';
import { installShopify, postToHost, readParams, routeAdminFetch, type PreviewActionApi } from './shopifyApi.ts';

const EXTENSIONS = {
  block: () => import('../../shopify/src/block.tsx'),
  action: () => import('../../shopify/src/action.tsx'),
};

function showProblem(heading: string, detail: string) {
  render(
    <s-banner tone="critical" heading={heading}>
      {detail}
    </s-banner>,
    document.body,
  );
}

/** Lets the workbench size the block's frame to its content (the action fills its modal instead). */
function reportHeight() {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postToHost({ shopifyResize: { height } });
  });
  observer.observe(document.documentElement);
}

async function main() {
  const { params, problems } = readParams(location.search);
  const root = document.documentElement;
  root.lang = params.locale;
  root.classList.add(window.parent === window ? 'standalone' : 'embedded', `target-${params.target}`);
  if (problems.length > 0 && problems.some((p) => p.startsWith('target') || p.startsWith('order'))) {
    definePolarisElements();
    return showProblem('This preview URL is not valid', problems.join('; '));
  }
  for (const problem of problems) console.warn(`[shopify preview] ${problem}`);

  routeAdminFetch();
  definePolarisElements();
  const api = installShopify(params);
  if (params.target === 'action') onAdminActionClose(() => (api as PreviewActionApi).close());
  else reportHeight();

  const extension = await EXTENSIONS[params.target]();
  await extension.default();
}

main().catch((error: unknown) => {
  console.error(error);
  showProblem('The extension failed to start', error instanceof Error ? error.message : String(error));
});
