// `npm run build:shopify`: the Shopify app into dist/shopify/, each extension measured. Exits 1 when an
// extension is over Shopify's 64 KB limit, because such an app cannot be deployed.
import { buildShopify, overLimit } from './build/shopify.ts';

const { sizes } = await buildShopify();
const failing = overLimit(sizes);
if (failing.length > 0) {
  console.error(`\nNot deployable: ${failing.map((s) => s.handle).join(', ')} above 64 KB brotli.`);
  process.exit(1);
}
