// A language lexicon as plain text, for hosts that deliver it as data instead of code: the Shopify
// action cannot carry the lexicons in its 64 KB bundle, so the build writes them into the action's
// locale files and the action reads them back with `i18n.translate`. Text rather than JSON because a
// translation is a string: JSON inside JSON would be escaped twice, and braces are placeholder syntax
// to a translation system. One line a term; sections start with "@":
//
//   @categories logistics_delay
//   still waiting	2
//   @emotion
//   ridiculous	1
//   @negators
//   not
//
// The result is the lexicon's input shape; policySettings.ts's `policyWith` validates it with the
// rest of the policy, so a damaged file is refused naming the path, not half-used.
import type { LanguageLexicon } from './lexicon.ts';

type Section = 'categories' | 'risks' | 'emotion' | 'negators' | 'exclusions';

const check = (term: string) => {
  if (/[\t\n\r]|\{\{/.test(term) || term.startsWith('@')) throw new Error(`the term ${JSON.stringify(term)} cannot be written as lexicon text`);
  return term;
};

export function lexiconToText(lexicon: LanguageLexicon): string {
  const lines: string[] = [];
  const terms = (header: string, entries: Record<string, number> | undefined) => {
    lines.push(header);
    for (const [term, weight] of Object.entries(entries ?? {})) lines.push(`${check(term)}\t${weight}`);
  };
  for (const [id, entries] of Object.entries(lexicon.categories)) terms(`@categories ${id}`, entries);
  for (const [id, entries] of Object.entries(lexicon.risks)) terms(`@risks ${id}`, entries);
  terms('@emotion', lexicon.emotion);
  lines.push('@negators', ...lexicon.negators.map(check));
  lines.push('@exclusions', ...(lexicon.exclusions ?? []).map(check));
  return lines.join('\n');
}

export class LexiconTextError extends Error {}

/** Reads lexiconToText's output back; throws LexiconTextError naming the first line it cannot read. */
export function lexiconFromText(text: string): LanguageLexicon {
  const lexicon = { categories: {}, risks: {}, emotion: {}, negators: [], exclusions: [] } as {
    categories: Record<string, Record<string, number>>;
    risks: Record<string, Record<string, number>>;
    emotion: Record<string, number>;
    negators: string[];
    exclusions: string[];
  };
  let list: string[] | undefined;
  let terms: Record<string, number> | undefined;
  text.split('\n').forEach((line, i) => {
    const fail = (why: string): never => {
      throw new LexiconTextError(`line ${i + 1}: ${why}: ${JSON.stringify(line.slice(0, 60))}`);
    };
    if (line.startsWith('@')) {
      const [section, id, extra] = line.slice(1).split(' ') as [Section, string | undefined, string | undefined];
      if (extra !== undefined) fail('a section header names at most one id');
      list = terms = undefined;
      if ((section === 'categories' || section === 'risks') && id) terms = lexicon[section][id] = {};
      else if (section === 'emotion' && !id) terms = lexicon.emotion;
      else if ((section === 'negators' || section === 'exclusions') && !id) list = lexicon[section];
      else fail('unknown section');
      return;
    }
    if (list) return void list.push(line);
    if (!terms) return fail('a term before any section');
    const tab = line.lastIndexOf('\t');
    const weight = Number(line.slice(tab + 1));
    if (tab <= 0 || line.slice(tab + 1).trim() === '' || !Number.isFinite(weight)) fail('expected a term, a tab and a weight');
    terms[line.slice(0, tab)] = weight;
  });
  return lexicon;
}
