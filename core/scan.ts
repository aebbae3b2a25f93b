// Runs the lexicons over every text the customer wrote and turns matches into weighted evidence.
import type { Lexicons } from './lexicon.ts';
import { compileMatcher, matcherFrom, type Matcher, type MatcherData, type Target, type Term } from './matcher.ts';
import type { Evidence, EvidenceSource, Ticket } from './model.ts';

export interface CustomerText {
  source: EvidenceSource;
  text: string;
  /** How much a match here counts: the subject states the grievance, follow-ups repeat it. */
  weight: number;
}

export interface ScanHit {
  target: Target;
  /** The lexicon term as written, for reports of which phrases the classifier used. */
  term: string;
  weight: number;
  evidence: Evidence;
}

const FIELD_WEIGHT = { subject: 1.5, body: 1, followUp: 0.6 };

export function customerTexts(ticket: Ticket): CustomerText[] {
  const texts: CustomerText[] = [
    { source: 'subject', text: ticket.subject, weight: FIELD_WEIGHT.subject },
    { source: 'body', text: ticket.body, weight: FIELD_WEIGHT.body },
  ];
  ticket.messages.forEach((m, i) => {
    if (m.author === 'customer') texts.push({ source: `messages.${i}`, text: m.body, weight: FIELD_WEIGHT.followUp });
  });
  return texts.filter((t) => t.text.trim() !== '');
}

const matchers = new WeakMap<Lexicons, Matcher>();
const SEEN_LIST_LIMIT = 32;

/** Compiling the lexicons costs ~150 ms in a fresh process; a policy's lexicons compile once. */
export function matcherFor(lexicons: Lexicons): Matcher {
  let matcher = matchers.get(lexicons);
  if (!matcher) matchers.set(lexicons, (matcher = compileMatcher(lexicons)));
  return matcher;
}

/**
 * Has scans of `lexicons` use `data`, which `matcherFor(lexicons).data` gave before (a sidebar
 * keeps it between opens), instead of compiling them. Data of other lexicons would find other terms.
 */
export function provideMatcher(lexicons: Lexicons, data: MatcherData): void {
  matchers.set(lexicons, matcherFrom(data));
}

export function scan(texts: CustomerText[], lexicons: Lexicons): ScanHit[] {
  const matcher = matcherFor(lexicons);
  const hits: ScanHit[] = [];
  for (const field of texts) {
    // A phrase repeated in one message is emphasis, not new evidence: count it once per field.
    // A field has few distinct terms, and a list finds one faster than a Set does; past
    // SEEN_LIST_LIMIT of them a Set takes over, so a long text is not searched quadratically.
    const seen: Term[] = [];
    let seenSet: Set<Term> | undefined;
    for (const hit of matcher.find(field.text)) {
      const term = hit.term;
      const repeat = seenSet ? seenSet.has(term) : seen.includes(term);
      if (!repeat) {
        if (seenSet) seenSet.add(term);
        else if (seen.push(term) > SEEN_LIST_LIMIT) seenSet = new Set(seen);
      }
      const evidence = { source: field.source, text: field.text.slice(hit.start, hit.end), start: hit.start, end: hit.end };
      hits.push({ target: term.target, term: term.source, weight: repeat ? 0 : term.weight * field.weight, evidence });
    }
  }
  return hits;
}
