// The one entry point: context + policy + now → Triage. Pure and deterministic.
import { scoreCategories } from './categories.ts';
import { readEmotion } from './emotion.ts';
import { detectLanguage } from './language.ts';
import { ComplaintContext, type ComplaintContextInput, type Triage, type UiLanguage } from './model.ts';
import { orderFacts } from './orderFacts.ts';
import type { Policy } from './policy.ts';
import { explain } from './reasons.ts';
import { proposeRemedies } from './remedies.ts';
import { draftReplies } from './replies.ts';
import { detectRisks } from './risks.ts';
import { customerTexts, scan } from './scan.ts';
import { computeSla } from './slaClocks.ts';
import { ValidationError, parseOrThrow, type Issue } from './validation.ts';
import { decidePriority, decideTier, ownerFor } from './tiering.ts';

export class ContextError extends ValidationError {
  constructor(issues: Issue[]) {
    super(issues, 'context');
    this.name = 'ContextError';
  }
}

let contextSchema: typeof ComplaintContext = ComplaintContext;

/**
 * Replaces the schema parseContext runs with an equivalent one: compiledParsers.ts installs the parser
 * `z.compile` generates (8× faster), which Node entry points can afford and browser bundles cannot.
 */
export function useContextSchema(schema: typeof ComplaintContext): void {
  contextSchema = schema;
}

/** Validates a context from outside; throws ContextError naming each bad field. */
export function parseContext(input: unknown): ComplaintContext {
  return parseOrThrow(contextSchema, input, ContextError);
}

export interface TriageOptions {
  /** The language the agent reads reasons, titles and remedy labels in. */
  uiLanguage?: UiLanguage;
  /** Signs the reply drafts; without it they are signed by the team. */
  agentName?: string;
}

export function triage(input: ComplaintContextInput, policy: Policy, now: Date, options: TriageOptions = {}): Triage {
  const context = parseContext(input);
  const texts = customerTexts(context.ticket);
  const hits = scan(texts, policy.lexicons);
  const facts = orderFacts(context, now);
  const { primary, categories } = scoreCategories(hits, facts);
  const risks = detectRisks(hits, facts, categories, context, policy);
  const emotion = readEmotion(texts, hits, risks, categories.length > 0 || risks.length > 0);
  const { tier, causes } = decideTier(primary, risks, emotion.level, policy);
  const { priority, steps } = decidePriority(tier, risks, emotion.level, context, policy);
  const language = detectLanguage(texts.map((t) => t.text).join('\n'));
  const uiLanguage = options.uiLanguage ?? 'en';
  const reasons = explain(
    {
      category: categories.find((c) => c.id === primary),
      risks,
      emotion: emotion.level,
      emotionEvidence: emotion.evidence,
      tier,
      tierCauses: causes,
      priority,
      prioritySteps: steps,
    },
    uiLanguage,
  );
  const sla = computeSla(context, tier, policy.sla, now);
  const remedies = proposeRemedies(context, primary, tier, policy, uiLanguage);
  // Literals rather than spreads of one another: a spread cost microseconds here. The key order
  // is the order of the output.
  const result: Triage = {
    language,
    category: primary,
    categories: categories.length > 0 ? categories : [{ id: 'other', score: 0, evidence: [] }],
    risks,
    emotion: emotion.level,
    tier,
    priority,
    owner: ownerFor(tier),
    group: policy.routing[primary] ?? policy.routing.other ?? 'frontline',
    reasons,
    sla,
    replies: [],
    remedies,
  };
  result.replies = draftReplies(context, result, policy, now, { uiLanguage, name: options.agentName });
  return result;
}
