// Builds the Shopify preview page (preview.html + preview.tsx, the real extensions and the locale files)
// into static files: `outDir/preview.html` and `outDir/assets/*`, every URL relative (base './'), so any
// static server can serve the folder under any sub-path; the workbench serves it under /shopify/.
import { join, resolve } from 'node:path';
import { build } from 'vite';

const HERE = resolve(import.meta.dirname);

export async function buildShopifyPreview(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: HERE,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    // Explicit: under vitest NODE_ENV is "test", which would otherwise select the dev JSX runtime.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Vite 8 transforms with Oxc (its `esbuild` option is deprecated): Preact's automatic runtime, as the
    // extension files' own `/** @jsxImportSource preact */` pragma says.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: {
      outDir: resolve(outDir),
      // The folder may be shared with the workbench's own files: ours are overwritten, nothing is wiped.
      emptyOutDir: false,
      assetsDir: 'assets',
      target: 'es2022',
      sourcemap: true,
      modulePreload: { polyfill: false },
      // The action carries the whole core (lexicons included): its chunk is large by design.
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: join(HERE, 'preview.html') },
    },
  });
}
