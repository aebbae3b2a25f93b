// Which characters Traditional and Simplified Chinese write differently: normalise.ts folds
// Traditional into Simplified for matching, and tells the two scripts apart for language detection.
//
// The tables (hanTableData.ts, 8 KB brotli) are data that the host provides once, not an import of
// normalise.ts: policy.ts provides the built-in ones, so whatever uses the default policy has them,
// while the Shopify action, which cannot carry them in its 64 KB bundle, provides them from its
// locale data. Using the core's text functions before either is a programming error, said loudly.

/** Traditional characters and, at the same index, their Simplified form; and the Simplified forms
 * that Traditional text writes the same way (they say nothing about the script). */
export interface HanTables {
  traditional: string;
  simplified: string;
  sharedForms: string;
}

let provided: HanTables | undefined;

/** Sets the tables every later call uses. Throws on tables that cannot be right. */
export function provideHanTables(tables: HanTables): void {
  if (tables.traditional.length !== tables.simplified.length || tables.traditional.length === 0)
    throw new Error(`Han tables: ${tables.traditional.length} Traditional characters for ${tables.simplified.length} Simplified ones`);
  provided = tables;
}

export function hanTables(): HanTables {
  if (!provided) throw new Error('Han tables were not provided: import core/policy.ts (the built-in tables) or call provideHanTables first');
  return provided;
}
