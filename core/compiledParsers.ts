// Faster validation for Node entry points (the CLI, the bench, the eval): `z.compile` generates a
// parser for the context schema that is about 8× faster than zod/mini's (1 µs instead of 9 on a
// typical complaint) and falls back to the runtime parser, with its error messages, on invalid
// input. It costs ~9 KB brotli of code generator, so the sidebar apps and the Shopify extension,
// which triage one ticket at a time, keep the runtime parser.
import { ComplaintContext } from './model.ts';
import { useContextSchema } from './triage.ts';
import * as z from './zod.ts';

export function compileParsers(): void {
  // Never throws: a schema the generator cannot handle, or a runtime without `new Function`,
  // gets the schema back unchanged.
  useContextSchema(z.compile(ComplaintContext));
}
