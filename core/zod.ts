// The zod every schema of ours is written with: `zod/mini` (a few KB, where classic zod costs ~76 KB
// brotli, more than the Shopify admin extension's whole budget), with classic zod's English
// messages. Mini ships no locale, so without one every issue would read "Invalid input"; classic
// installs English on first use unless the app configured a locale, and so do we. Import it as
// `import * as z from './zod.ts'` rather than from 'zod/mini', so the locale is set before any parse.
// (`config()` reads the global config; going through `z.core.globalConfig` instead would pull all
// of zod's core into the bundle.)
import { config } from 'zod/mini';
import { en } from 'zod/locales';

if (!config().localeError) config(en());

export * from 'zod/mini';
