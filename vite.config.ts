import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.{ts,tsx}', 'adapters/**/*.test.{ts,tsx}', 'apps/**/*.test.{ts,tsx}', 'manifests/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // Property-based and CLI tests spawn work; keep the 2-core CI machine from thrashing.
    pool: 'forks',
    testTimeout: 30_000,
    // @shopify/ui-extensions-tester imports the extension module named in shopify.extension.toml (.tsx); run
    // through Vite rather than Node's loader, which would refuse the extension (hosts/shopify.md §7).
    server: { deps: { inline: ['@shopify/ui-extensions-tester'] } },
  },
});
